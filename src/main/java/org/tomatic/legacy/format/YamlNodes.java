package org.tomatic.legacy.format;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML as nodes so that every problem can name its line, and scalars keep their raw text (an
 * unquoted {@code 201} extension stays "201", an unquoted {@code 09:00} is not a sexagesimal number).
 */
final class YamlNodes {

    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private final String file;
    private final Problems problems;

    YamlNodes(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    static Yaml yaml() {
        var options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setCodePointLimit((int) TextFile.MAX_BYTES);
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(20);
        return new Yaml(options);
    }

    /** The single document of the file; empty on a syntax error (reported) or an empty file. */
    Optional<Node> compose(TextFile text) {
        try {
            return Optional.ofNullable(yaml().compose(new StringReader(text.text())));
        }
        catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() != null ? e.getContext() + ": " : "";
            problems.error(file, mark == null ? 0 : mark.getLine() + 1, "YAML syntax error: " + context + problem);
        }
        catch (YAMLException e) {
            problems.error(file, 0, "YAML error: " + e.getMessage());
        }
        return Optional.empty();
    }

    static int line(Node node) {
        return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    String file() {
        return file;
    }

    void error(Node node, String message) {
        problems.error(file, line(node), message);
    }

    void warning(Node node, String message) {
        problems.warning(file, line(node), message);
    }

    int errorCount() {
        return problems.errorCount();
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }

    /** The raw text of a scalar, null for a YAML null; empty when the node is not a scalar. */
    static Optional<String> scalar(Node node) {
        if (!(node instanceof ScalarNode scalar)) {
            return Optional.empty();
        }
        return Optional.of(isNull(node) ? "" : scalar.getValue());
    }

    /** A mapping with scalar keys, in file order; null (and an error) when the node is not one. */
    Map<String, NodeTuple> mapping(Node node, String shapeError) {
        if (!(node instanceof MappingNode map)) {
            error(node, shapeError);
            return null;
        }
        var entries = new LinkedHashMap<String, NodeTuple>();
        for (NodeTuple tuple : map.getValue()) {
            Optional<String> key = scalar(tuple.getKeyNode());
            if (key.isEmpty() || isNull(tuple.getKeyNode())) {
                error(tuple.getKeyNode(), shapeError);
                continue;
            }
            if (entries.putIfAbsent(key.get(), tuple) != null) {
                error(tuple.getKeyNode(), "duplicate key '" + key.get() + "'");
            }
        }
        return entries;
    }

    /** The items of a sequence; null (and an error) when the node is not one. */
    List<Node> sequence(Node node, String shapeError) {
        if (!(node instanceof SequenceNode seq)) {
            error(node, shapeError);
            return null;
        }
        return seq.getValue();
    }

    /** A list of texts; null (and an error) when the shape is wrong. */
    List<String> texts(Node node, String shapeError) {
        List<Node> items = sequence(node, shapeError);
        if (items == null) {
            return null;
        }
        var texts = new ArrayList<String>();
        for (Node item : items) {
            Optional<String> text = scalar(item);
            if (text.isEmpty() || isNull(item)) {
                error(item, shapeError);
                return null;
            }
            texts.add(text.get());
        }
        return texts;
    }

    /**
     * A map keyed by person id. Entries with a null value are skipped (they say nothing); bad ids and
     * values are reported one by one, the rest is kept.
     */
    <V> Map<String, V> personMap(Node node, String key, String kind, Function<String, V> parse) {
        String shapeError = "`" + key + "` must be a map of person -> " + kind;
        Map<String, NodeTuple> entries = mapping(node, shapeError);
        var result = new LinkedHashMap<String, V>();
        if (entries == null) {
            return result;
        }
        entries.forEach((id, tuple) -> {
            Node value = tuple.getValueNode();
            if (!PersonIds.isValid(id)) {
                error(tuple.getKeyNode(), "`" + key + "`: bad person id '" + id + "'");
            }
            else if (PersonIds.tooLong(id) != null) {
                error(tuple.getKeyNode(), "`" + key + "`: " + PersonIds.tooLong(id));
            }
            else if (isNull(value)) {
                return;
            }
            else if (!(value instanceof ScalarNode scalar)) {
                error(value, shapeError);
            }
            else {
                V parsed = parse.apply(scalar.getValue());
                if (parsed == null) {
                    error(value, "`" + key + "`: " + id + ": '" + scalar.getValue() + "' is not a " + kind);
                }
                else {
                    result.put(id, parsed);
                }
            }
        });
        return result;
    }

    /** Parses a whole number, null when it is not one. */
    static Integer integer(String text) {
        if (!INTEGER.matcher(text).matches()) {
            return null;
        }
        try {
            return Integer.valueOf(text.startsWith("+") ? text.substring(1) : text);
        }
        catch (NumberFormatException e) {
            return null;
        }
    }

    /** Parses a finite int or float, null otherwise (YAML's .inf and .nan included). */
    static Double number(String text) {
        if (!DECIMAL.matcher(text).matches()) {
            return null;
        }
        double value = Double.parseDouble(text);
        return Double.isFinite(value) ? value : null; // 1e400 overflows to infinity
    }

    /** An integer node; null (and an error) otherwise. */
    Integer integer(Node node, String key, int min) {
        Integer value = scalar(node).filter(t -> !isNull(node)).map(YamlNodes::integer).orElse(null);
        if (value == null || value < min) {
            error(node, "`" + key + "` must be a whole number" + (min > Integer.MIN_VALUE ? " >= " + min : ""));
            return null;
        }
        return value;
    }

    /** A number node; null (and an error) otherwise. */
    Double number(Node node, String key) {
        Double value = scalar(node).filter(t -> !isNull(node)).map(YamlNodes::number).orElse(null);
        if (value == null) {
            error(node, "`" + key + "` must be a number");
        }
        return value;
    }
}
