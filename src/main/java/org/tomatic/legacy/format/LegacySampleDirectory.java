package org.tomatic.legacy.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.DoubleSupplier;
import java.util.stream.Collectors;

import org.tomatic.system.Weekdays;

/** A realistic legacy data directory, the same for the same arguments. */
public final class LegacySampleDirectory {

    /** The week the sample's vacations belong to (pass it to the reader); the history ends the week before. */
    public static final LocalDate CURRENT_WEEK = LocalDate.of(2026, 11, 30);

    private static final List<String> FIRST_NAMES = List.of("Anna", "Jordi", "Pau", "Marta", "Núria", "Joan",
            "Montse", "Laia", "Oriol", "Mireia", "Arnau", "Gemma", "Xavier", "Roser", "Quim", "Meritxell", "Ferran",
            "Carla", "Sergi", "Aina", "Eloi", "Judit", "Pere", "Clara", "Marc", "Berta", "Guillem", "Neus", "Albert",
            "Mercè", "Àlex", "Dolors", "Jaume", "Íngrid", "Bernat", "Queralt", "Ramon", "Elisenda", "Pol", "Txell");
    private static final List<String> SURNAMES = List.of("Puig", "Vila", "Serra", "Soler", "Ferrer", "Roca", "Font",
            "Pujol", "Casals", "Bosch", "Riera", "Mas", "Vidal", "Camps", "Sala", "Coll", "Prat", "Comas", "Torrent",
            "Vives", "Garriga", "Martí", "Canals", "Oliveras", "Batlle", "Sunyer", "Miró", "Bofill");
    private static final List<String> TURN_PATTERNS = List.of("1000", "0100", "0010", "0001", "1100", "0011",
            "0110", "1110", "0111", "1111");
    private static final List<String> WEEKLY_REASONS = List.of("porta els nens a l'escola", "curs d'anglès",
            "reunió d'equip", "reunió de coordinació", "jornada reduïda", "formació interna", "metge",
            "recull la canalla", "tasques de facturació", "guàrdia de sistemes", "dinar", "treball de camp");
    private static final List<String> ONE_SHOT_REASONS = List.of("formació", "visita mèdica", "assemblea",
            "reunió amb proveïdors", "jornada tècnica", "gestions personals", "trasllat");
    private static final List<String> HOURS = List.of("09:00", "10:15", "11:30", "12:45", "14:00");
    private static final int LINES = 8;
    private static final List<DayOfWeek> WORKING_DAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private final Random random;
    private final LocalDate currentWeek;

    private LegacySampleDirectory(long seed, LocalDate currentWeek) {
        this.random = new Random(seed);
        this.currentWeek = currentWeek;
    }

    /** Writes a realistic legacy directory (seeded, reproducible) for tests and the import benchmark. */
    public static void write(Path dir, int people, int weeksOfHistory, long seed) throws IOException {
        write(dir, people, weeksOfHistory, seed, CURRENT_WEEK);
    }

    /** The same, for another current week (a Monday): the demo data uses the week of its first start. */
    public static void write(Path dir, int people, int weeksOfHistory, long seed, LocalDate currentWeek)
            throws IOException {
        LegacyData data = new LegacySampleDirectory(seed, currentWeek).data(people, weeksOfHistory);
        LegacyWriter.write(data, dir, currentWeek);
        // settings of the old solver, which the reader must report and ignore
        Files.writeString(dir.resolve(ConfigFile.PATH), "aleatori: true\nmaximCompeticioPerTorn: 6\n"
                + "iteracions: 100000\ndiesCerca: [dl, dm, dx, dj, dv]\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
    }

    private LegacyData data(int count, int weeksOfHistory) {
        List<LegacyPerson> people = people(count);
        List<String> ids = people.stream().map(LegacyPerson::id).toList();
        List<String> leaves = pick(ids, Math.min(2, count / 4));
        List<String> takers = people.stream()
                .filter(p -> p.idealLoad() != null && p.idealLoad() > 0 && !leaves.contains(p.id()))
                .map(LegacyPerson::id).toList();
        var settings = new LegacySettings(HOURS, LINES, 2, 2.0, 2, WORKING_DAYS, List.of());
        var holidays = new ArrayList<>(List.of(day("2026-01-01", "Cap d'Any"), day("2026-01-06", "Reis"),
                day("2026-04-03", "Divendres Sant"), day("2026-04-06", "Dilluns de Pasqua"),
                day("2026-05-01", "Festa del Treball"), day("2026-06-24", "Sant Joan"),
                day("2026-09-11", "Diada Nacional de Catalunya"), day("2026-10-12", "Festa Nacional d'Espanya"),
                day("2026-12-08", "la Immaculada"), day("2026-12-25", "Nadal"), day("2026-12-26", "Sant Esteve")));
        var noService = List.of(day("2026-12-24", "Nit de Nadal: tarda sense servei"),
                day("2026-12-31", "Cap d'any: tarda sense servei"));
        LocalDate first = currentWeek.minusWeeks(weeksOfHistory);
        if (weeksOfHistory > 0 && holidays.stream().noneMatch(h -> !h.date().isBefore(first)
                && h.date().isBefore(currentWeek) && Weekdays.isWorkingDay(h.date().getDayOfWeek()))) {
            // at least one holiday in the history, so that some timetable has a festiu day
            LocalDate local = first.plusWeeks(random.nextInt(weeksOfHistory)).plusDays(random.nextInt(5));
            holidays.add(new LegacyDay(local, "Festa local", null));
        }
        Set<LocalDate> holidayDates = holidays.stream().map(LegacyDay::date).collect(Collectors.toSet());
        var timetables = new ArrayList<LegacyTimetable>();
        for (int w = 0; w < weeksOfHistory; w++) {
            timetables.add(timetable(first.plusWeeks(w), people, takers, holidayDates));
        }
        holidays.sort((a, b) -> a.date().compareTo(b.date()));
        List<LegacyCredit> credits = weeksOfHistory == 0 ? List.of() : List.of(new LegacyCredit(first,
                numbers(takers, () -> (random.nextInt(13) - 6) / 2.0), null));
        return new LegacyData(people, settings, weeklyBusy(ids), oneShotBusy(ids), vacations(ids), leaves, holidays,
                noService, forcedTurns(takers), timetables, credits, Set.of());
    }

    private List<LegacyPerson> people(int count) {
        var ids = new HashSet<String>();
        var extensions = new HashSet<Integer>();
        var people = new ArrayList<LegacyPerson>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        List<Integer> desks = sharedDesks(count / 3);
        List<Integer> admins = order.subList(count / 3, Math.min(count, count / 3 + 2));
        List<Integer> maxPerDayOverrides = order.subList(Math.min(count, count / 3 + 2), Math.min(count, count / 3 + 4));
        for (int i = 0; i < count; i++) {
            String firstName = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
            String surname = SURNAMES.get(random.nextInt(SURNAMES.size()));
            String id = uniqueId(ascii(firstName), ascii(surname), ids);
            int extension;
            do {
                extension = 1000 + random.nextInt(9000);
            }
            while (!extensions.add(extension));
            var groups = new ArrayList<String>();
            if (random.nextInt(5) == 0) {
                groups.add("it");
            }
            if (random.nextInt(3) == 0) {
                groups.add("factura");
            }
            if (admins.contains(i)) {
                groups.add("admin");
            }
            int index = order.indexOf(i);
            Integer desk = index < desks.size() ? desks.get(index) : null;
            Integer idealLoad = random.nextInt(7) == 0 ? null : random.nextInt(7);
            Integer maxPerDay = maxPerDayOverrides.contains(i) ? 1 + 2 * random.nextInt(2) : null;
            people.add(new LegacyPerson(id, firstName + " " + surname, String.valueOf(extension),
                    id + "@example.coop", random.nextInt(10) < 7 ? firstName + surname.charAt(0) : null,
                    String.format("%06x", random.nextInt(0x1000000)), desk, groups, idealLoad, maxPerDay));
        }
        people.sort((a, b) -> a.id().compareTo(b.id()));
        return people;
    }

    /** Desk numbers for that many people, each desk shared by 2 or 3. */
    private List<Integer> sharedDesks(int people) {
        var desks = new ArrayList<Integer>();
        int left = people;
        for (int desk = 1; left > 0; desk++) {
            int size = Math.min(left, 2 + random.nextInt(2));
            if (left - size == 1) {
                size = size == 2 ? 3 : 2; // nobody sits alone
            }
            for (int i = 0; i < size; i++) {
                desks.add(desk);
            }
            left -= size;
        }
        return desks;
    }

    private String uniqueId(String first, String surname, Set<String> taken) {
        String base = first.length() > 7 ? first.substring(0, 7) : first;
        for (int extra = 0; extra <= Math.min(3, surname.length()); extra++) {
            String id = base + surname.substring(0, extra);
            if (id.length() >= 3 && taken.add(id)) {
                return id;
            }
        }
        String id;
        do {
            id = base + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(26));
        }
        while (!taken.add(id));
        return id;
    }

    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    private List<LegacyBusy> weeklyBusy(List<String> ids) {
        var busy = new ArrayList<LegacyBusy>();
        for (String id : ids) {
            int lines = 4 + random.nextInt(3);
            for (int i = 0; i < lines; i++) {
                DayOfWeek weekday = random.nextInt(10) < 3 ? null : WORKING_DAYS.get(random.nextInt(5));
                busy.add(new LegacyBusy(id, random.nextBoolean(), weekday, null,
                        TURN_PATTERNS.get(random.nextInt(TURN_PATTERNS.size())),
                        WEEKLY_REASONS.get(random.nextInt(WEEKLY_REASONS.size())), null));
            }
        }
        return busy;
    }

    private List<LegacyBusy> oneShotBusy(List<String> ids) {
        var busy = new ArrayList<LegacyBusy>();
        for (String id : ids) {
            for (int i = random.nextInt(3); i > 0; i--) {
                LocalDate date = currentWeek.plusWeeks(random.nextInt(4)).plusDays(random.nextInt(5));
                busy.add(new LegacyBusy(id, random.nextInt(4) > 0, null, date,
                        TURN_PATTERNS.get(random.nextInt(TURN_PATTERNS.size())),
                        ONE_SHOT_REASONS.get(random.nextInt(ONE_SHOT_REASONS.size())), null));
            }
        }
        return busy;
    }

    private List<LegacyBusy> vacations(List<String> ids) {
        var busy = new ArrayList<LegacyBusy>();
        for (String id : ids) {
            if (random.nextInt(7) != 0) {
                continue;
            }
            int from = random.nextInt(5);
            int days = 1 + random.nextInt(5 - from);
            for (int d = from; d < from + days; d++) {
                busy.add(new LegacyBusy(id, true, null, currentWeek.plusDays(d), "1111", "vacances", null));
            }
        }
        return busy;
    }

    private LegacyGrid forcedTurns(List<String> takers) {
        var cells = new LinkedHashMap<DayOfWeek, List<List<String>>>();
        for (DayOfWeek day : WORKING_DAYS) {
            var turns = new ArrayList<List<String>>();
            for (int t = 0; t < HOURS.size() - 1; t++) {
                var row = new ArrayList<String>();
                for (int line = 0; line < LINES; line++) {
                    int dice = random.nextInt(40);
                    row.add(dice == 0 ? LegacyGrid.NOBODY
                            : dice == 1 && !takers.isEmpty() ? takers.get(random.nextInt(takers.size())) : null);
                }
                turns.add(row);
            }
            cells.put(day, turns);
        }
        return new LegacyGrid(WORKING_DAYS, HOURS, labels(), cells);
    }

    private LegacyTimetable timetable(LocalDate week, List<LegacyPerson> people, List<String> takers,
            Set<LocalDate> holidays) {
        var cells = new LinkedHashMap<DayOfWeek, List<List<String>>>();
        for (DayOfWeek day : WORKING_DAYS) {
            boolean holiday = holidays.contains(week.plusDays(day.getValue() - 1L));
            var turns = new ArrayList<List<String>>();
            for (int t = 0; t < HOURS.size() - 1; t++) {
                var shuffled = new ArrayList<>(takers);
                Collections.shuffle(shuffled, random);
                var row = new ArrayList<String>();
                for (int line = 0; line < LINES; line++) {
                    row.add(holiday ? LegacyGrid.HOLIDAY
                            : line < shuffled.size() && random.nextInt(20) > 0 ? shuffled.get(line) : LegacyGrid.NOBODY);
                }
                turns.add(row);
            }
            cells.put(day, turns);
        }
        var names = new TreeMap<String, String>();
        var colours = new TreeMap<String, String>();
        var extensions = new TreeMap<String, String>();
        for (LegacyPerson p : people) {
            names.put(p.id(), p.name());
            colours.put(p.id(), p.colour());
            extensions.put(p.id(), p.extension());
        }
        var penalties = new ArrayList<LegacyPenalty>();
        for (int i = random.nextInt(4); i > 0; i--) {
            String day = Weekdays.code(WORKING_DAYS.get(random.nextInt(5)));
            String hour = HOURS.get(random.nextInt(HOURS.size() - 1));
            penalties.add(random.nextBoolean() || takers.isEmpty()
                    ? new LegacyPenalty(100, (1 + random.nextInt(3)) + " forats a " + day + " " + hour)
                    : new LegacyPenalty(20, takers.get(random.nextInt(takers.size())) + " " + day
                            + " té 2 hores el mateix dia"));
        }
        double cost = penalties.stream().mapToDouble(LegacyPenalty::cost).sum();
        var log = new ArrayList<String>();
        for (int i = random.nextInt(4); i > 0 && !takers.isEmpty(); i--) {
            int t = random.nextInt(HOURS.size() - 1);
            DayOfWeek day = WORKING_DAYS.get(random.nextInt(5));
            log.add(String.format("%s 08:%02d:%02d: %s ha canviat %s %s-%s L%d de %s a %s", week.plusDays(day.getValue() - 1L),
                    random.nextInt(60), random.nextInt(60), takers.get(random.nextInt(takers.size())),
                    Weekdays.code(day), HOURS.get(t), HOURS.get(t + 1), 1 + random.nextInt(LINES),
                    takers.get(random.nextInt(takers.size())), LegacyGrid.NOBODY));
        }
        return new LegacyTimetable(week, new LegacyGrid(WORKING_DAYS, HOURS, labels(), cells), names, colours,
                extensions, numbers(takers, () -> Math.round((random.nextDouble() * 2 - 1) * 10) / 10.0), penalties,
                cost, log, null);
    }

    private static Map<String, Double> numbers(List<String> ids, DoubleSupplier values) {
        var map = new LinkedHashMap<String, Double>();
        ids.forEach(id -> map.put(id, values.getAsDouble()));
        return map;
    }

    private static List<String> labels() {
        var labels = new ArrayList<String>();
        for (int line = 1; line <= LINES; line++) {
            labels.add("L" + line);
        }
        return labels;
    }

    private List<String> pick(List<String> ids, int count) {
        var shuffled = new ArrayList<>(ids);
        Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, count));
    }

    private static LegacyDay day(String date, String name) {
        return new LegacyDay(LocalDate.parse(date), name, null);
    }
}
