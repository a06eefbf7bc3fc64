package org.tomatic.legacy.format;

import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * The fixed turns: a grid where null = not fixed. {@code config.yaml}'s {@code forcedTimeTable} names the file
 * (older installations keep {@code forced-turns.yaml} at the root); {@link #PATH} when it says nothing.
 */
final class ForcedTurnsFile {

    static final String PATH = "data/forced-turns.yaml";
    /** Where older installations keep it (their config.yaml names it). */
    static final String ROOT_PATH = "forced-turns.yaml";

    private ForcedTurnsFile() {
    }

    /**
     * The grid, null when the file is empty or has errors.
     *
     * @param hours {@code config.yaml}'s hours (null = the default ones), for a file that holds only {@code timetable}
     * @param cellLines filled with the line of each fixed cell
     */
    static LegacyGrid parse(TextFile text, List<String> hours, Map<GridCell, Integer> cellLines, Problems problems) {
        var yaml = new YamlNodes(text.path(), problems);
        Node root = yaml.compose(text).orElse(null);
        if (root == null || YamlNodes.isNull(root)) {
            return null;
        }
        Map<String, NodeTuple> entries = yaml.mapping(root, "forced turns must be a map (days, hours, turns, timetable)");
        if (entries == null) {
            return null;
        }
        entries.forEach((key, tuple) -> {
            if (!GridYaml.KEYS.contains(key)) {
                yaml.warning(tuple.getKeyNode(), "key `" + key + "` is not used by Tomatic, ignored");
            }
        });
        return GridYaml.parseForced(yaml, root, entries, hours, cellLines);
    }
}
