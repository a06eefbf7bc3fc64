package org.tomatic.legacy.format;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tomatic.timetable.Timetable;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** {@code graelles/graella-YYYY-MM-DD.yaml}: one week's timetable and its history. */
final class TimetableFile {

    static final String DIR = "graelles";
    static final Pattern NAME = Pattern.compile("graella-(.+)\\.yaml");

    private static final Set<String> KNOWN = Set.of("week", "days", "hours", "turns", "timetable", "names",
            "colors", "extensions", "overload", "penalties", "cost", "log");

    private TimetableFile() {
    }

    static String path(LocalDate week) {
        return DIR + "/graella-" + week + ".yaml";
    }

    /** The Monday a dated file name ({@code prefix-YYYY-MM-DD.yaml}) names; empty (and an error) when it is not one. */
    static Optional<LocalDate> weekOfName(String path, Matcher name, Problems problems) {
        try {
            LocalDate week = LocalDate.parse(name.group(1));
            if (week.getDayOfWeek() != DayOfWeek.MONDAY) {
                problems.error(path, 0, "the date in the file name must be a Monday, " + week + " is a "
                        + week.getDayOfWeek().toString().toLowerCase());
                return Optional.empty();
            }
            return Optional.of(week);
        }
        catch (DateTimeException e) {
            problems.error(path, 0, "the file name must carry an existing YYYY-MM-DD date");
            return Optional.empty();
        }
    }

    static Optional<LegacyTimetable> parse(TextFile text, LocalDate week, Problems problems) {
        var yaml = new YamlNodes(text.path(), problems);
        int errorsBefore = yaml.errorCount();
        Node root = yaml.compose(text).orElse(null);
        if (root == null || YamlNodes.isNull(root)) {
            if (yaml.errorCount() == errorsBefore) {
                problems.error(text.path(), 0, "empty timetable");
            }
            return Optional.empty();
        }
        Map<String, NodeTuple> entries = yaml.mapping(root, "a timetable must be a map (week, days, hours, turns, timetable...)");
        if (entries == null) {
            return Optional.empty();
        }
        entries.forEach((key, tuple) -> {
            if (!KNOWN.contains(key)) {
                yaml.warning(tuple.getKeyNode(), "key `" + key + "` is not used by Tomatic, ignored");
            }
        });
        checkWeek(yaml, entries.get("week"), week);
        LegacyGrid grid = GridYaml.parse(yaml, root, entries);
        if (grid != null) {
            checkJoined(yaml, entries.get("hours"), "hours", grid.hours(), Timetable.MAX_BOUNDARIES);
            checkJoined(yaml, entries.get("turns"), "turns", grid.lineLabels(), Timetable.MAX_LINE_LABELS);
        }
        Function<String, Map<String, String>> texts = key -> entries.containsKey(key)
                ? yaml.personMap(entries.get(key).getValueNode(), key, "text", Function.identity())
                : Map.of();
        Map<String, String> names = texts.apply("names");
        Map<String, String> colours = texts.apply("colors");
        Map<String, String> extensions = texts.apply("extensions");
        Map<String, Double> overload = entries.containsKey("overload")
                ? yaml.personMap(entries.get("overload").getValueNode(), "overload", "number", YamlNodes::number)
                : Map.of();
        List<LegacyPenalty> penalties = entries.containsKey("penalties")
                ? penalties(yaml, entries.get("penalties").getValueNode()) : List.of();
        Double cost = optional(entries, "cost", node -> yaml.number(node, "cost"));
        List<String> log = entries.containsKey("log") ? log(yaml, entries.get("log").getValueNode()) : List.of();
        if (yaml.errorCount() != errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new LegacyTimetable(week, grid, names, colours, extensions, overload, penalties, cost,
                log, new Source(text.path(), 0)));
    }

    /** Tomatic keeps the list as one text, its items joined with commas. */
    private static void checkJoined(YamlNodes yaml, NodeTuple tuple, String key, List<String> items, int max) {
        int length = String.join(",", items).length();
        if (length > max) {
            yaml.error(tuple.getValueNode(), "`" + key + "` is longer than " + max
                    + " characters (the items and a comma between each: " + length + ")");
        }
    }

    private static void checkWeek(YamlNodes yaml, NodeTuple tuple, LocalDate week) {
        if (tuple == null || YamlNodes.isNull(tuple.getValueNode())) {
            return;
        }
        String text = YamlNodes.scalar(tuple.getValueNode()).orElse("");
        try {
            if (!LocalDate.parse(text).equals(week)) {
                yaml.error(tuple.getValueNode(), "`week` " + text + " does not match the file name (" + week + ")");
            }
        }
        catch (DateTimeException e) {
            yaml.error(tuple.getValueNode(), "`week` must be a YYYY-MM-DD date, not '" + text + "'");
        }
    }

    private static <T> T optional(Map<String, NodeTuple> entries, String key, Function<Node, T> parser) {
        NodeTuple tuple = entries.get(key);
        return tuple == null || YamlNodes.isNull(tuple.getValueNode()) ? null : parser.apply(tuple.getValueNode());
    }

    private static List<LegacyPenalty> penalties(YamlNodes yaml, Node node) {
        String shapeError = "`penalties` must be a list of [cost, reason] pairs";
        var penalties = new ArrayList<LegacyPenalty>();
        if (YamlNodes.isNull(node)) {
            return penalties;
        }
        List<Node> items = yaml.sequence(node, shapeError);
        for (Node item : items == null ? List.<Node>of() : items) {
            List<Node> pair = yaml.sequence(item, shapeError);
            if (pair == null) {
                continue;
            }
            if (pair.size() != 2 || YamlNodes.scalar(pair.get(1)).isEmpty()) {
                yaml.error(item, shapeError);
                continue;
            }
            Double cost = yaml.number(pair.get(0), "penalties");
            String reason = YamlNodes.scalar(pair.get(1)).get();
            if (reason.length() > Timetable.MAX_PENALTY_REASON) {
                yaml.error(pair.get(1), "`penalties`: the reason is longer than " + Timetable.MAX_PENALTY_REASON
                        + " characters");
            }
            else if (cost != null) {
                penalties.add(new LegacyPenalty(cost, reason));
            }
        }
        return penalties;
    }

    private static List<String> log(YamlNodes yaml, Node node) {
        if (YamlNodes.isNull(node)) {
            return List.of();
        }
        List<String> lines = yaml.texts(node, "`log` must be a list of texts");
        if (lines == null) {
            return List.of();
        }
        List<Node> items = yaml.sequence(node, "`log` must be a list of texts"); // it is one: texts() said so
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).length() > Timetable.MAX_LOG_MESSAGE) {
                yaml.error(items.get(i), "`log`: the message is longer than " + Timetable.MAX_LOG_MESSAGE
                        + " characters");
            }
        }
        return lines;
    }

    static Map<String, Object> document(LegacyTimetable timetable) {
        var doc = new LinkedHashMap<String, Object>();
        doc.put("week", timetable.week().toString());
        GridYaml.put(doc, timetable.grid());
        putIfAny(doc, "names", timetable.names());
        putIfAny(doc, "colors", timetable.colours());
        putIfAny(doc, "extensions", timetable.extensions());
        putIfAny(doc, "overload", YamlWriter.numbers(timetable.overload()));
        if (!timetable.penalties().isEmpty()) {
            doc.put("penalties", timetable.penalties().stream()
                    .map(p -> List.of(YamlWriter.number(p.cost()), p.reason())).toList());
        }
        if (timetable.cost() != null) {
            doc.put("cost", YamlWriter.number(timetable.cost()));
        }
        if (!timetable.log().isEmpty()) {
            doc.put("log", timetable.log());
        }
        return doc;
    }

    private static void putIfAny(Map<String, Object> doc, String key, Map<String, ?> map) {
        if (!map.isEmpty()) {
            doc.put(key, map);
        }
    }
}
