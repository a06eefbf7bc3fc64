package org.tomatic.legacy.format;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.tomatic.system.Weekdays;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** The grid keys shared by timetables and forced turns: {@code days}, {@code hours}, {@code turns}, {@code timetable}. */
final class GridYaml {

    static final List<String> KEYS = List.of("days", "hours", "turns", "timetable");

    private GridYaml() {
    }

    /** A timetable's grid, or null when it has errors (all reported); every key is required. */
    static LegacyGrid parse(YamlNodes yaml, Node root, Map<String, NodeTuple> entries) {
        return parse(yaml, root, entries, false, null, new LinkedHashMap<>());
    }

    /**
     * The forced turns' grid, or null when it has errors (all reported). Only {@code timetable} is required: the
     * old tool read nothing else, and older installations keep only it. Then its keys are the days, its rows the
     * turns (as many as {@code defaultHours} has, missing rows are not fixed) and its widest row the lines.
     *
     * @param defaultHours {@code config.yaml}'s hours, or null for the default ones
     * @param cellLines filled with the line of each cell that is not null
     */
    static LegacyGrid parseForced(YamlNodes yaml, Node root, Map<String, NodeTuple> entries, List<String> defaultHours,
            Map<GridCell, Integer> cellLines) {
        return parse(yaml, root, entries, true, defaultHours == null ? Hours.DEFAULT : defaultHours, cellLines);
    }

    /**
     * @param forced forced turns: null cells mean "not fixed" and a missing day is all null; in timetables a
     *     null cell is read as {@code ningu} with a warning and a missing day is an error
     */
    private static LegacyGrid parse(YamlNodes yaml, Node root, Map<String, NodeTuple> entries, boolean forced,
            List<String> defaultHours, Map<GridCell, Integer> cellLines) {
        int errorsBefore = yaml.errorCount();
        for (String key : forced ? List.of("timetable") : KEYS) {
            if (!entries.containsKey(key)) {
                yaml.error(root, "missing `" + key + "`");
            }
        }
        List<DayOfWeek> days = parsed(entries, "days", node -> Days.parse(yaml, node, "days"));
        List<String> hours = parsed(entries, "hours", node -> Hours.parse(yaml, node, "hours"));
        List<String> lines = parsed(entries, "turns", node -> lineLabels(yaml, node));
        var layout = new Cells(yaml, days, hours, lines, forced, cellLines);
        if (forced) {
            layout.deriveMissing(!entries.containsKey("days"), entries.containsKey("hours") ? null : defaultHours,
                    !entries.containsKey("turns"));
        }
        Map<DayOfWeek, List<List<String>>> cells = parsed(entries, "timetable", layout::parse);
        if (yaml.errorCount() != errorsBefore) {
            return null;
        }
        return new LegacyGrid(layout.days, layout.hours, layout.lines, cells);
    }

    private static <T> T parsed(Map<String, NodeTuple> entries, String key, Function<Node, T> parser) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? null : parser.apply(tuple.getValueNode());
    }

    private static List<String> lineLabels(YamlNodes yaml, Node node) {
        List<String> labels = yaml.texts(node, "`turns` must be a list of line labels (L1, L2...)");
        if (labels != null && labels.isEmpty()) {
            yaml.error(node, "`turns` needs at least one line");
            return null;
        }
        return labels;
    }

    /** Adds the grid keys to a document being written. */
    static void put(Map<String, Object> doc, LegacyGrid grid) {
        doc.put("days", grid.days().stream().map(Weekdays::code).toList());
        doc.put("hours", grid.hours());
        doc.put("turns", grid.lineLabels());
        var timetable = new LinkedHashMap<String, Object>();
        for (DayOfWeek day : grid.days()) {
            List<List<String>> turns = grid.cells().get(day);
            if (turns != null) {
                timetable.put(Weekdays.code(day), turns);
            }
        }
        doc.put("timetable", timetable);
    }

    /** {@code timetable[day][turn][line]}, checked against the other keys when they are valid. */
    private static final class Cells {

        private final YamlNodes yaml;
        private final boolean forced;
        private final Map<GridCell, Integer> cellLines;
        private List<DayOfWeek> days;
        private List<String> hours;
        private List<String> lines;
        private boolean daysFromKeys;
        private boolean rowsFromHours;
        private boolean linesFromRows;

        Cells(YamlNodes yaml, List<DayOfWeek> days, List<String> hours, List<String> lines, boolean forced,
                Map<GridCell, Integer> cellLines) {
            this.yaml = yaml;
            this.days = days;
            this.hours = hours;
            this.lines = lines;
            this.forced = forced;
            this.cellLines = cellLines;
        }

        /** The older layout (forced turns only): the keys that are absent come from the timetable itself. */
        void deriveMissing(boolean days, List<String> hours, boolean lines) {
            daysFromKeys = days;
            if (hours != null) {
                this.hours = hours;
                rowsFromHours = true;
            }
            linesFromRows = lines;
        }

        Map<DayOfWeek, List<List<String>>> parse(Node node) {
            Map<String, NodeTuple> entries = yaml.mapping(node, "`timetable` must be a map of weekday -> turns");
            if (entries == null) {
                return null;
            }
            if (daysFromKeys) {
                days = new ArrayList<>();
            }
            var cells = new LinkedHashMap<DayOfWeek, List<List<String>>>();
            entries.forEach((code, tuple) -> {
                Optional<DayOfWeek> day = Weekdays.parse(code);
                if (day.isEmpty()) {
                    yaml.error(tuple.getKeyNode(), "`timetable`: unknown day '" + code + "'");
                }
                else if (daysFromKeys) {
                    days.add(day.get());
                    cells.put(day.get(), day(day.get(), code, tuple.getValueNode()));
                }
                else if (days != null && !days.contains(day.get())) {
                    yaml.error(tuple.getKeyNode(), "`timetable`: day '" + code + "' is not in `days`");
                }
                else {
                    cells.put(day.get(), day(day.get(), code, tuple.getValueNode()));
                }
            });
            if (linesFromRows) {
                int widest = cells.values().stream().filter(Objects::nonNull).flatMap(List::stream)
                        .mapToInt(List::size).max().orElse(0);
                lines = new ArrayList<>();
                for (int i = 1; i <= Math.max(1, widest); i++) {
                    lines.add("L" + i);
                }
                cells.replaceAll((day, rows) -> rows == null ? null : rows.stream().map(this::padded).toList());
            }
            if (days != null) {
                for (DayOfWeek day : days) {
                    if (cells.containsKey(day)) {
                        continue;
                    }
                    if (!forced) {
                        yaml.error(node, "`timetable` has no day '" + Weekdays.code(day) + "'");
                    }
                    else if (hours != null && lines != null) {
                        List<String> empty = Collections.nCopies(lines.size(), null);
                        cells.put(day, Collections.nCopies(hours.size() - 1, empty));
                    }
                }
            }
            return cells;
        }

        private List<String> padded(List<String> row) {
            var cells = new ArrayList<>(row);
            while (cells.size() < lines.size()) {
                cells.add(null);
            }
            return cells;
        }

        private List<List<String>> day(DayOfWeek day, String code, Node node) {
            String shapeError = "`timetable`: " + code + " must be a list of turns, each a list of lines";
            List<Node> turns = yaml.sequence(node, shapeError);
            if (turns == null) {
                return null;
            }
            if (hours != null && turns.size() != hours.size() - 1 && !rowsFromHours) {
                yaml.error(node, "`timetable`: " + code + " has " + turns.size() + " turns, expected "
                        + (hours.size() - 1) + " (one per interval of `hours`)");
            }
            var rows = new ArrayList<List<String>>();
            for (int t = 0; t < turns.size(); t++) {
                List<Node> row = yaml.sequence(turns.get(t), shapeError);
                if (row == null) {
                    continue;
                }
                if (lines != null && row.size() != lines.size() && !linesFromRows) {
                    yaml.error(turns.get(t), "`timetable`: " + code + " turn " + (t + 1) + " has " + row.size()
                            + " lines, expected " + lines.size() + " (one per entry of `turns`)");
                }
                var cells = new ArrayList<String>();
                for (int l = 0; l < row.size(); l++) {
                    String value = cell(code, row.get(l));
                    cells.add(value);
                    if (value != null) {
                        cellLines.put(new GridCell(day, t, l), YamlNodes.line(row.get(l)));
                    }
                }
                if (rowsFromHours && t >= hours.size() - 1) {
                    if (cells.stream().anyMatch(Objects::nonNull)) {
                        yaml.warning(turns.get(t), "`timetable`: " + code + " turn " + (t + 1) + " is beyond the "
                                + (hours.size() - 1) + " turns of the day (config.yaml `hours`); its fixed turns "
                                + "are not imported");
                    }
                    continue;
                }
                rows.add(cells);
            }
            if (rowsFromHours) {
                while (rows.size() < hours.size() - 1) {
                    rows.add(new ArrayList<>()); // not fixed; widened to every line below
                }
                if (!linesFromRows && lines != null) {
                    return rows.stream().map(this::padded).toList();
                }
            }
            return rows;
        }

        private String cell(String code, Node node) {
            if (YamlNodes.isNull(node)) {
                if (!forced) {
                    yaml.warning(node, "`timetable`: " + code + ": empty cell read as " + LegacyGrid.NOBODY);
                    return LegacyGrid.NOBODY;
                }
                return null;
            }
            String value = YamlNodes.scalar(node).orElse(null);
            if (value == null) {
                yaml.error(node, "`timetable`: " + code + ": a cell must be a person id or " + LegacyGrid.NOBODY);
            }
            else if (LegacyGrid.HOLIDAY.equals(value) && forced) {
                yaml.error(node, "`timetable`: " + code + ": " + LegacyGrid.HOLIDAY + " is only for timetables");
            }
            else if (!PersonIds.isValid(value)) {
                yaml.error(node, "`timetable`: " + code + ": bad person id '" + value + "'");
            }
            else if (PersonIds.tooLong(value) != null) {
                yaml.error(node, "`timetable`: " + code + ": " + PersonIds.tooLong(value));
            }
            return value;
        }
    }
}
