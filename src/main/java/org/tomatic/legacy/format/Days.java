package org.tomatic.legacy.format;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.tomatic.system.Weekdays;
import org.yaml.snakeyaml.nodes.Node;

/** A YAML list of weekday codes. */
final class Days {

    private Days() {
    }

    /** The days in file order; null (and errors) on an unknown or repeated code. */
    static List<DayOfWeek> parse(YamlNodes yaml, Node node, String key) {
        List<Node> items = yaml.sequence(node, "`" + key + "` must be a list of weekday codes (dl, dm, dx, dj, dv)");
        if (items == null) {
            return null;
        }
        var days = new ArrayList<DayOfWeek>();
        boolean ok = true;
        for (Node item : items) {
            String code = YamlNodes.scalar(item).orElse("");
            Optional<DayOfWeek> day = Weekdays.parse(code);
            if (day.isEmpty()) {
                yaml.error(item, "`" + key + "`: unknown weekday '" + code + "' (expected dl, dm, dx, dj, dv)");
                ok = false;
            }
            else if (days.contains(day.get())) {
                yaml.error(item, "`" + key + "`: weekday '" + code + "' is repeated");
                ok = false;
            }
            else {
                days.add(day.get());
            }
        }
        return ok ? days : null;
    }
}
