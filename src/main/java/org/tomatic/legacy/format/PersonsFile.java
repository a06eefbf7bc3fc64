package org.tomatic.legacy.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** {@code persons.yaml} (maps keyed by person id) and the older {@code idealshifts.yaml}. */
final class PersonsFile {

    static final String PATH = "persons.yaml";
    static final String IDEAL_SHIFTS = "idealshifts.yaml";
    static final int NO_DESK = -1;
    /**
     * Tomatic's own key, which the old tool ignores: the people who are deactivated (the others are active). Written
     * by the export so that a deactivated person comes back deactivated; absent in the old tool's files.
     */
    static final String INACTIVE = "inactive";

    /**
     * The maps as read; {@code desks} keeps -1 (and {@code emails} an empty email) so that a person only in that map
     * still exists. Desks start at 0.
     */
    record Persons(Map<String, String> names, Map<String, String> extensions, Map<String, String> emails,
            Map<String, String> erpUsers, Map<String, String> colours, Map<String, Integer> desks,
            Map<String, List<String>> groups, Map<String, Integer> idealLoads, Map<String, Integer> inactive) {

        static final Persons EMPTY = new Persons(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                Map.of(), Map.of(), null);
    }

    private PersonsFile() {
    }

    static Persons parse(TextFile text, Problems problems) {
        var yaml = new YamlNodes(PATH, problems);
        Node root = yaml.compose(text).orElse(null);
        if (root == null || YamlNodes.isNull(root)) {
            return Persons.EMPTY;
        }
        Map<String, NodeTuple> entries = yaml.mapping(root, "persons.yaml must be a map of map name -> map");
        if (entries == null) {
            return Persons.EMPTY;
        }
        Function<String, Map<String, String>> texts = key -> entries.containsKey(key)
                ? yaml.personMap(entries.get(key).getValueNode(), key, "text", Function.identity())
                : Map.of();
        var persons = new Persons(texts.apply("names"), texts.apply("extensions"), texts.apply("emails"),
                texts.apply("erpusers"), texts.apply("colors"),
                entries.containsKey("tables")
                        ? yaml.personMap(entries.get("tables").getValueNode(), "tables", "desk number (-1 = none)",
                                YamlNodes::integer)
                        : Map.of(),
                entries.containsKey("groups") ? groups(yaml, entries.get("groups").getValueNode()) : Map.of(),
                entries.containsKey("idealloads") ? idealLoads(yaml, entries.get("idealloads").getValueNode(), "idealloads")
                        : Map.of(),
                entries.containsKey(INACTIVE) ? inactive(yaml, entries.get(INACTIVE).getValueNode()) : null);
        Set<String> known = Set.of("names", "extensions", "emails", "erpusers", "colors", "tables", "groups", "idealloads",
                INACTIVE);
        entries.forEach((key, tuple) -> {
            if (!known.contains(key)) {
                yaml.warning(tuple.getKeyNode(), "key `" + key + "` is not used by Tomatic, ignored");
            }
        });
        return persons;
    }

    /** {@code idealshifts.yaml}: person -> ideal load. */
    static Map<String, Integer> parseIdealShifts(TextFile text, Problems problems) {
        var yaml = new YamlNodes(IDEAL_SHIFTS, problems);
        Node root = yaml.compose(text).orElse(null);
        return root == null || YamlNodes.isNull(root) ? Map.of() : idealLoads(yaml, root, "idealshifts.yaml");
    }

    /** {@code inactive}: a list of person ids, id -> its line. */
    private static Map<String, Integer> inactive(YamlNodes yaml, Node node) {
        var ids = new LinkedHashMap<String, Integer>();
        if (YamlNodes.isNull(node)) {
            return ids;
        }
        List<Node> items = yaml.sequence(node, "`inactive` must be a list of persons");
        for (Node item : items == null ? List.<Node>of() : items) {
            String id = YamlNodes.isNull(item) ? null : YamlNodes.scalar(item).orElse(null);
            if (id == null || !PersonIds.isValid(id)) {
                yaml.error(item, "`inactive`: bad person id '" + (id == null ? "" : id) + "'");
            }
            else {
                ids.putIfAbsent(id, YamlNodes.line(item));
            }
        }
        return ids;
    }

    private static Map<String, Integer> idealLoads(YamlNodes yaml, Node node, String key) {
        return yaml.personMap(node, key, "whole number >= 0", t -> atLeast(YamlNodes.integer(t), 0));
    }

    private static Integer atLeast(Integer value, int min) {
        return value == null || value < min ? null : value;
    }

    private static Map<String, List<String>> groups(YamlNodes yaml, Node node) {
        String shapeError = "`groups` must be a map of group -> list of persons";
        Map<String, NodeTuple> entries = yaml.mapping(node, shapeError);
        var groups = new LinkedHashMap<String, List<String>>();
        if (entries == null) {
            return groups;
        }
        entries.forEach((group, tuple) -> {
            Node members = tuple.getValueNode();
            if (YamlNodes.isNull(members)) {
                return;
            }
            List<Node> items = yaml.sequence(members, shapeError);
            if (items == null) {
                return;
            }
            var ids = new ArrayList<String>();
            for (Node item : items) {
                String id = YamlNodes.scalar(item).orElse(null);
                if (id == null) {
                    yaml.error(item, shapeError);
                }
                else if (!PersonIds.isValid(id)) {
                    yaml.error(item, "`groups`: " + group + ": bad person id '" + id + "'");
                }
                else if (PersonIds.tooLong(id) != null) {
                    yaml.error(item, "`groups`: " + group + ": " + PersonIds.tooLong(id));
                }
                else {
                    ids.add(id);
                }
            }
            groups.put(group, ids);
        });
        return groups;
    }

    /**
     * One person per id that any map mentions, sorted by id.
     *
     * @param idealShifts replaces {@code idealloads} when not null
     */
    static List<LegacyPerson> people(Persons persons, Map<String, Integer> idealShifts,
            Map<String, Integer> maxPerDay) {
        Map<String, Integer> idealLoads = idealShifts != null ? idealShifts : persons.idealLoads();
        var groupsOf = new TreeMap<String, List<String>>();
        persons.groups().forEach((group, members) -> members
                .forEach(id -> groupsOf.computeIfAbsent(id, k -> new ArrayList<>()).add(group)));
        var ids = new TreeSet<String>();
        List.of(persons.names(), persons.extensions(), persons.emails(), persons.erpUsers(), persons.colours(),
                persons.desks(), persons.idealLoads(), idealLoads).forEach(map -> ids.addAll(map.keySet()));
        ids.addAll(groupsOf.keySet());
        return ids.stream().map(id -> new LegacyPerson(id, persons.names().get(id), persons.extensions().get(id),
                email(persons.emails().get(id)), persons.erpUsers().get(id), persons.colours().get(id),
                desk(persons.desks().get(id)), groupsOf.getOrDefault(id, List.of()), idealLoads.get(id),
                maxPerDay.get(id), persons.inactive() == null ? null : !persons.inactive().containsKey(id))).toList();
    }

    /** Shared and reserve accounts carry an empty email ({@code ''}), several of them the same: no email. */
    private static String email(String email) {
        return email == null || email.isBlank() ? null : email;
    }

    private static Integer desk(Integer desk) {
        return desk == null || desk == NO_DESK ? null : desk;
    }
}
