package org.tomatic.legacy.format;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.tomatic.system.Weekdays;

/** Writes legacy data back in the formats the old tool reads; {@link LegacyReader} reads it back equal. */
public final class LegacyWriter {

    private LegacyWriter() {
    }

    /**
     * @param week the Monday whose vacations go to {@code indisponibilitats-vacances.conf}; null = no such file
     */
    public static void write(LegacyData data, Path dir, LocalDate week) throws IOException {
        if (!data.people().isEmpty()) {
            YamlWriter.write(dir.resolve(PersonsFile.PATH), persons(data.people()));
        }
        if (data.settings() != null) {
            YamlWriter.write(dir.resolve(ConfigFile.PATH), config(data.settings(), data.people(),
                    data.forcedTurns() != null));
        }
        lines(dir, BusyFile.WEEKLY, data.weeklyBusy(), BusyFile::format);
        lines(dir, BusyFile.ONE_SHOT, data.oneShotBusy(), BusyFile::format);
        if (week != null) {
            LocalDate monday = week.with(DayOfWeek.MONDAY);
            lines(dir, BusyFile.VACATIONS, data.vacations().stream()
                    .filter(v -> v.date() != null && !v.date().isBefore(monday) && v.date().isBefore(monday.plusDays(7)))
                    .toList(), BusyFile::formatVacation);
        }
        lines(dir, LeavesFile.PATH, data.longLeaves(), Function.identity());
        lines(dir, HolidaysFile.HOLIDAYS, data.holidays(), HolidaysFile::format);
        lines(dir, HolidaysFile.NO_SERVICE, data.noService(), HolidaysFile::format);
        if (data.forcedTurns() != null) {
            var doc = new LinkedHashMap<String, Object>();
            GridYaml.put(doc, data.forcedTurns());
            YamlWriter.write(dir.resolve(ForcedTurnsFile.PATH), doc);
        }
        for (LegacyTimetable timetable : data.timetables()) {
            YamlWriter.write(dir.resolve(TimetableFile.path(timetable.week())), TimetableFile.document(timetable));
        }
        for (LegacyCredit credit : data.credits()) {
            YamlWriter.write(dir.resolve(CreditFile.path(credit.week())), YamlWriter.numbers(credit.credit()));
        }
    }

    private static <T> void lines(Path dir, String path, List<T> items, Function<T, String> format) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        var text = new StringBuilder();
        items.forEach(item -> text.append(format.apply(item)).append('\n'));
        YamlWriter.writeText(dir.resolve(path), text.toString());
    }

    private static Map<String, Object> persons(List<LegacyPerson> people) {
        var doc = new LinkedHashMap<String, Object>();
        putIfAny(doc, "names", people, LegacyPerson::name);
        putIfAny(doc, "extensions", people, LegacyPerson::extension);
        putIfAny(doc, "emails", people, LegacyPerson::email);
        putIfAny(doc, "erpusers", people, LegacyPerson::erpUser);
        putIfAny(doc, "colors", people, LegacyPerson::colour);
        // -1 only for someone no other map mentions, or they would vanish
        putIfAny(doc, "tables", people, p -> p.desk() != null ? p.desk() : mentionedNowhere(p) ? PersonsFile.NO_DESK : null);
        var groups = new TreeMap<String, List<String>>();
        people.forEach(p -> p.groups().forEach(g -> groups.computeIfAbsent(g, k -> new ArrayList<>()).add(p.id())));
        if (!groups.isEmpty()) {
            doc.put("groups", groups);
        }
        putIfAny(doc, "idealloads", people, LegacyPerson::idealLoad);
        if (people.stream().anyMatch(p -> p.active() != null)) {
            // Tomatic's own key (the old tool ignores it), even when empty: it says everyone else is active
            doc.put(PersonsFile.INACTIVE, people.stream().filter(p -> Boolean.FALSE.equals(p.active()))
                    .map(LegacyPerson::id).sorted().toList());
        }
        return doc;
    }

    private static boolean mentionedNowhere(LegacyPerson p) {
        return p.name() == null && p.extension() == null && p.email() == null && p.erpUser() == null
                && p.colour() == null && p.groups().isEmpty() && p.idealLoad() == null;
    }

    private static void putIfAny(Map<String, Object> doc, String key, List<LegacyPerson> people,
            Function<LegacyPerson, Object> value) {
        var map = new LinkedHashMap<String, Object>();
        people.forEach(p -> {
            Object v = value.apply(p);
            if (v != null) {
                map.put(p.id(), v);
            }
        });
        if (!map.isEmpty()) {
            doc.put(key, map);
        }
    }

    /** @param forcedTurns whether to name the fixed turns' file (the old planner reads it only when named) */
    private static Map<String, Object> config(LegacySettings settings, List<LegacyPerson> people, boolean forcedTurns) {
        var doc = new LinkedHashMap<String, Object>();
        putIfSet(doc, "hours", settings.hours());
        putIfSet(doc, "nTelefons", settings.lines());
        putIfSet(doc, "maximHoresDiariesGeneral", settings.maxPerDay());
        putIfAny(doc, "maximHoresDiaries", people, LegacyPerson::maxPerDay);
        putIfSet(doc, "maxOverload", settings.maxOverload() == null ? null : YamlWriter.number(settings.maxOverload()));
        putIfSet(doc, "maxNingusPerTurnInEdition", settings.maxHolesPerTurn());
        putIfSet(doc, "diesVisualitzacio",
                settings.days() == null ? null : settings.days().stream().map(Weekdays::code).toList());
        if (forcedTurns) {
            doc.put("forcedTimeTable", ForcedTurnsFile.PATH);
        }
        return doc;
    }

    private static void putIfSet(Map<String, Object> doc, String key, Object value) {
        if (value != null) {
            doc.put(key, value);
        }
    }
}
