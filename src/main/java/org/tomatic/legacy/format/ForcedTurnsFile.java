package org.tomatic.legacy.format;

import java.util.Map;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** {@code data/forced-turns.yaml}: a grid of fixed turns, null = not fixed. */
final class ForcedTurnsFile {

    static final String PATH = "data/forced-turns.yaml";

    private ForcedTurnsFile() {
    }

    /** The grid, null when the file is empty or has errors. */
    static LegacyGrid parse(TextFile text, Problems problems) {
        var yaml = new YamlNodes(PATH, problems);
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
        return GridYaml.parse(yaml, entries, true);
    }
}
