package org.tomatic.legacy.format;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Dumps plain maps, lists, strings and numbers. Strings that would read back as something else
 * ('201', '10:15', '2026-03-09') are quoted by SnakeYAML; short lists of scalars are written inline
 * ({@code [anna, pau]}) as the old tool did.
 */
final class YamlWriter {

    private static final int INLINE_WIDTH = 100;

    private YamlWriter() {
    }

    static String dump(Object document) {
        var options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(160);
        options.setAllowUnicode(true);
        options.setDereferenceAliases(true); // the same list twice must not become an anchor
        var yaml = new Yaml(options);
        Node node = yaml.represent(document);
        inlineShortLists(node);
        var out = new StringWriter();
        yaml.serialize(node, out);
        return out.toString();
    }

    static void write(Path file, Object document) throws IOException {
        writeText(file, dump(document));
    }

    static void writeText(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** A number as the old tool wrote it: whole values without a decimal part. */
    static Object number(double value) {
        if (Double.compare(value, -0.0) == 0) {
            return value; // as a long it would read back as 0.0, a different double
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Object) (long) value : (Object) value;
    }

    static Map<String, Object> numbers(Map<String, Double> values) {
        var out = new LinkedHashMap<String, Object>();
        values.forEach((key, value) -> out.put(key, number(value)));
        return out;
    }

    private static void inlineShortLists(Node node) {
        if (node instanceof SequenceNode seq) {
            List<Node> items = seq.getValue();
            if (items.stream().allMatch(ScalarNode.class::isInstance)
                    && items.stream().mapToInt(n -> ((ScalarNode) n).getValue().length() + 2).sum() < INLINE_WIDTH) {
                seq.setFlowStyle(DumperOptions.FlowStyle.FLOW);
            }
            items.forEach(YamlWriter::inlineShortLists);
        }
        else if (node instanceof MappingNode map) {
            map.getValue().forEach(tuple -> inlineShortLists(tuple.getValueNode()));
        }
    }
}
