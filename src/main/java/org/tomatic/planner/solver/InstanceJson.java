package org.tomatic.planner.solver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a benchmark instance and writes a solver's timetable, as in docs/instance-format.md. */
public final class InstanceJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private InstanceJson() {
    }

    public static Problem read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UnsolvableException(file + ": no such file");
        }
        JsonNode root;
        try {
            root = JSON.readTree(file);
        } catch (JacksonException e) {
            throw new UnsolvableException(file + ": not valid JSON: " + e.getOriginalMessage());
        }
        return problem(root, file.toString());
    }

    /** The instance in {@code json}; {@code origin} names it in error messages. */
    public static Problem parse(String json, String origin) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new UnsolvableException(origin + ": not valid JSON: " + e.getOriginalMessage());
        }
        return problem(root, origin);
    }

    private static Problem problem(JsonNode root, String origin) {
        try {
            return problem(root);
        } catch (RuntimeException e) {
            if (e instanceof UnsolvableException) {
                throw e;
            }
            throw new UnsolvableException(origin + ": not a timetable instance: " + e.getMessage());
        }
    }

    private static Problem problem(JsonNode root) {
        List<String> days = strings(required(root, "days"));
        int turns = required(root, "nHours").asInt();
        List<String> hours = root.has("hours") ? strings(root.get("hours")) : new ArrayList<>();
        if (hours.size() != turns + 1) {
            hours = new ArrayList<>();
            for (int h = 0; h <= turns; h++) {
                hours.add("h" + h);
            }
        }
        int maxPerDay = required(root, "maxPerDay").asInt();
        List<Problem.Person> persons = new ArrayList<>();
        for (JsonNode p : required(root, "persons")) {
            persons.add(new Problem.Person(required(p, "name").asString(), required(p, "maxLoad").asInt(),
                p.has("maxPerDay") ? p.get("maxPerDay").asInt() : maxPerDay));
        }
        Set<String> holidays = new LinkedHashSet<>(root.has("holidays") ? strings(root.get("holidays")) : List.of());
        int lines = required(root, "nLines").asInt();
        return new Problem(root.path("name").asString("instance"), days, holidays, hours,
            lines, maxPerDay, persons, cells(root.path("busy")),
            cells(root.path("undesired")), forced(root.path("forced")), weights(root.path("penalties")), Rules.NONE,
            slotLines(root.path("slotLines"), days, turns, lines));
    }

    /** Optional {"dl": [8, 9, 7, 5], …}: one count per turn for the days given, each 0 to nLines. */
    private static Map<String, List<Integer>> slotLines(JsonNode node, List<String> days, int turns, int lines) {
        if (node.isMissingNode() || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw new UnsolvableException("slotLines must be an object of day: [lines per turn]");
        }
        Map<String, List<Integer>> perDay = new LinkedHashMap<>();
        for (var entry : node.properties()) {
            String day = entry.getKey();
            JsonNode counts = entry.getValue();
            if (!days.contains(day)) {
                throw new UnsolvableException("slotLines: '" + day + "' is not one of the days " + days);
            }
            if (!counts.isArray() || counts.size() != turns) {
                throw new UnsolvableException("slotLines: '" + day + "' needs " + turns
                    + " counts (one per turn), not " + (counts.isArray() ? counts.size() : counts.toString()));
            }
            List<Integer> list = new ArrayList<>();
            for (int t = 0; t < turns; t++) {
                JsonNode n = counts.get(t);
                if (!n.isIntegralNumber() || n.asInt() < 0 || n.asInt() > lines) {
                    throw new UnsolvableException("slotLines: '" + day + "' turn " + (t + 1) + " has " + n
                        + " lines; each turn takes 0 to nLines (" + lines + ")");
                }
                list.add(n.asInt());
            }
            perDay.put(day, List.copyOf(list));
        }
        return perDay;
    }

    private static Map<Slot, Map<String, String>> cells(JsonNode entries) {
        Map<Slot, Map<String, String>> cells = new HashMap<>();
        for (JsonNode e : entries) {
            String person = required(e, "person").asString();
            if (!Problem.NOBODY.equals(person)) {
                cells.computeIfAbsent(slot(e), s -> new LinkedHashMap<>())
                    .putIfAbsent(person, e.path("reason").asString(""));
            }
        }
        return cells;
    }

    private static Map<Slot, Set<String>> forced(JsonNode entries) {
        Map<Slot, Set<String>> forced = new HashMap<>();
        for (JsonNode e : entries) {
            forced.computeIfAbsent(slot(e), s -> new LinkedHashSet<>()).add(required(e, "person").asString());
        }
        return forced;
    }

    private static Weights weights(JsonNode p) {
        Weights d = Weights.DEFAULT;
        return new Weights(p.path("penaltyEmpty").asInt(d.empty()), p.path("penaltyIncompletion").asInt(d.incompletion()),
            p.path("penaltyUnforced").asInt(d.unforced()), p.path("penaltyMultipleHours").asInt(d.multipleTurns()),
            p.path("penaltyMarathon").asInt(d.marathon()), p.path("penaltyDiscontinuousHours").asInt(d.discontinuous()),
            p.path("penaltyFarDiscontinuousHours").asInt(d.farDiscontinuous()),
            p.path("penaltyNoBrunch").asInt(d.noBrunch()), p.path("penaltyUndesiredHours").asInt(d.undesired()));
    }

    private static Slot slot(JsonNode e) {
        return new Slot(required(e, "day").asString(), required(e, "hour").asInt());
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new UnsolvableException("missing field '" + field + "'");
        }
        return value;
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asString()));
        return list;
    }

    /** The timetable JSON with cost, optimal, bound, elapsedSeconds, breakdown and penalties. */
    public static void write(Problem problem, Solution solution, Path file) {
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), document(problem, solution));
    }

    public static String toJson(Problem problem, Solution solution) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document(problem, solution));
    }

    private static Map<String, Object> document(Problem problem, Solution solution) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("instance", problem.name());
        doc.put("cost", solution.cost().total());
        doc.put("optimal", solution.optimal());
        doc.put("bound", solution.bound());
        doc.put("elapsedSeconds", solution.elapsedSeconds());
        doc.put("firstSolutionSeconds", solution.firstSolutionSeconds());
        doc.put("breakdown", solution.cost().breakdown());
        doc.put("timetable", solution.timetable());
        doc.put("penalties", solution.cost().penalties().stream().map(Penalty::reason).toList());
        return doc;
    }
}
