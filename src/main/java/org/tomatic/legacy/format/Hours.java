package org.tomatic.legacy.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.Node;

/** Turn boundaries: "HH:MM" texts, strictly increasing, at least two (one turn). */
final class Hours {

    static final List<String> DEFAULT = List.of("09:00", "10:15", "11:30", "12:45", "14:00");

    private static final Pattern HOUR = Pattern.compile("(\\d{1,2}):(\\d{2})");

    private Hours() {
    }

    /** The hours normalised to HH:MM; null (and errors) when invalid. */
    static List<String> parse(YamlNodes yaml, Node node, String key) {
        String shapeError = "`" + key + "` must be a list of times like '09:00'";
        List<Node> items = yaml.sequence(node, shapeError);
        if (items == null) {
            return null;
        }
        var hours = new ArrayList<String>();
        int previous = -1;
        for (Node item : items) {
            String text = YamlNodes.scalar(item).orElse("");
            Matcher m = HOUR.matcher(text);
            int minutes = m.matches() ? Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2)) : -1;
            if (minutes < 0 || Integer.parseInt(m.group(1)) > 23 || Integer.parseInt(m.group(2)) > 59) {
                yaml.error(item, "`" + key + "`: '" + text + "' is not a time like '09:00'");
                return null;
            }
            if (minutes <= previous) {
                yaml.error(item, "`" + key + "` must be strictly increasing ('" + text + "' is not after '"
                        + hours.get(hours.size() - 1) + "')");
                return null;
            }
            previous = minutes;
            hours.add(String.format("%02d:%02d", minutes / 60, minutes % 60));
        }
        if (hours.size() < 2) {
            yaml.error(node, "`" + key + "` needs at least two times (the start and end of a turn)");
            return null;
        }
        return hours;
    }
}
