package org.tomatic.legacy.format;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tomatic.system.TurnGrid;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** {@code config.yaml}: keeps the settings Tomatic uses, reports the old solver's ones as ignored. */
final class ConfigFile {

    static final String PATH = "config.yaml";

    /**
     * @param maxPerDay {@code maximHoresDiaries}, person -> turns a day
     * @param maxPerDayLines where each of those entries is, to report unknown people
     * @param forcedTurns {@code forcedTimeTable}: the fixed turns' file as written, null when not set
     * @param forcedTurnsLine its line
     */
    record Config(LegacySettings settings, Map<String, Integer> maxPerDay, Map<String, Integer> maxPerDayLines,
            String forcedTurns, int forcedTurnsLine) {

        /** Turns per day by the configured hours; 4 when there are none. */
        int turnCount() {
            return settings.hours() == null ? Hours.DEFAULT.size() - 1 : settings.hours().size() - 1;
        }
    }

    static final Config EMPTY = new Config(new LegacySettings(null, null, null, null, null, null, List.of()),
            Map.of(), Map.of(), null, 0);

    private ConfigFile() {
    }

    static Config parse(TextFile text, Problems problems) {
        var yaml = new YamlNodes(PATH, problems);
        Node root = yaml.compose(text).orElse(null);
        if (root == null || YamlNodes.isNull(root)) {
            return EMPTY;
        }
        Map<String, NodeTuple> entries = yaml.mapping(root, "config.yaml must be a map of setting -> value");
        if (entries == null) {
            return EMPTY;
        }
        List<String> hours = null;
        Integer lines = null;
        Integer maxPerDay = null;
        Double maxOverload = null;
        Integer maxHoles = null;
        List<DayOfWeek> days = null;
        var ignored = new ArrayList<String>();
        var perPerson = new LinkedHashMap<String, Integer>();
        var perPersonLines = new LinkedHashMap<String, Integer>();
        String forcedTurns = null;
        int forcedTurnsLine = 0;
        for (var entry : entries.entrySet()) {
            String key = entry.getKey();
            Node value = entry.getValue().getValueNode();
            switch (key) {
                case "hours" -> {
                    hours = Hours.parse(yaml, value, key);
                    if (hours != null && hours.size() - 1 > TurnGrid.MAX_TURNS) {
                        yaml.error(value, "`hours` gives " + (hours.size() - 1) + " turns; Tomatic takes at most "
                                + TurnGrid.MAX_TURNS + " a day");
                    }
                }
                case "nTelefons" -> {
                    lines = yaml.integer(value, key, 1);
                    if (lines != null && lines > TurnGrid.MAX_LINES) {
                        yaml.error(value, "`nTelefons` is " + lines + "; Tomatic takes at most " + TurnGrid.MAX_LINES
                            + " lines, as on the turn grid page");
                        lines = null;
                    }
                }
                case "maximHoresDiariesGeneral" -> maxPerDay = yaml.integer(value, key, 1);
                case "maxOverload" -> maxOverload = yaml.number(value, key);
                case "maxNingusPerTurnInEdition" -> maxHoles = yaml.integer(value, key, 0);
                case "diesVisualitzacio" -> days = Days.parse(yaml, value, key);
                case "maximHoresDiaries" -> {
                    perPerson.putAll(yaml.personMap(value, key, "whole number", YamlNodes::integer));
                    if (value instanceof MappingNode map) {
                        map.getValue().forEach(t -> YamlNodes.scalar(t.getKeyNode())
                                .ifPresent(id -> perPersonLines.put(id, YamlNodes.line(t.getKeyNode()))));
                    }
                }
                case "forcedTimeTable" -> {
                    forcedTurns = YamlNodes.isNull(value) ? null : YamlNodes.scalar(value).map(String::strip)
                            .filter(t -> !t.isEmpty()).orElse(null);
                    forcedTurnsLine = YamlNodes.line(value);
                    if (!YamlNodes.isNull(value) && YamlNodes.scalar(value).isEmpty()) {
                        yaml.error(value, "`forcedTimeTable` must be the name of the fixed turns' file");
                    }
                }
                default -> {
                    ignored.add(key);
                    yaml.warning(entry.getValue().getKeyNode(), "setting " + key + " is not used by Tomatic, ignored");
                }
            }
        }
        var settings = new LegacySettings(hours, lines, maxPerDay, maxOverload, maxHoles, days, ignored);
        return new Config(settings, perPerson, perPersonLines, forcedTurns, forcedTurnsLine);
    }
}
