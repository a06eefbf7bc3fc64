package org.tomatic.planner.solver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

/**
 * Made-up weeks in the instance format {@link InstanceJson} reads, shaped like the team's real
 * ones, for benchmarking the solver anywhere. The same shape, seed and daily maximum always give
 * the same JSON.
 *
 * <p>What a generated week holds:
 * <ul>
 *   <li>people {@code p001}…, a few (at most a tenth of the team, ~4 %) on leave all week, ~10 % on
 *       vacation one to three whole days (never all of them);</li>
 *   <li>required busy turns: up to three weekly meetings of one to three turns each, and for ~20 %
 *       the first or the last turn of every day (family); nobody's day is booked whole by these;</li>
 *   <li>optional busy turns (undesired) for ~30 %: one to four free turns they would rather not take;</li>
 *   <li>loads: each person's share of the week's cells by a contract weight (half time to double)
 *       times the days they are in, capped by what they can take ({@code min(maxPerDay, free turns)}
 *       a day); the cells nobody can take are the {@code nobodyLoad}, so the loads never exceed the
 *       capacity and {@code sum(loads) + nobodyLoad = cells};</li>
 *   <li>fixed turns (forced): about 15 % of the cells name someone with load, as a copy of "last
 *       week" would; some of them fall on a busy turn, as in real data.</li>
 * </ul>
 */
public final class InstanceGenerator {

    public static final int DEFAULT_MAX_PER_DAY = 2;
    public static final double FORCED_RATIO = 0.15;

    private static final List<String> WEEKDAYS = List.of("dl", "dm", "dx", "dj", "dv");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The size of a week: people, working days (1–5), turns a day and lines, written {@code 75x5x4x8}. */
    public record Shape(int persons, int days, int turns, int lines) {

        public static final Shape STANDARD = new Shape(75, 5, 4, 8);
        private static final Pattern TEXT = Pattern.compile("(\\d{1,6})x(\\d{1,6})x(\\d{1,6})x(\\d{1,6})");

        public Shape {
            check(persons >= 1 && persons <= 100_000, "people must be 1 to 100000");
            check(days >= 1 && days <= WEEKDAYS.size(), "days must be 1 to " + WEEKDAYS.size());
            check(turns >= 1 && turns <= 24, "turns must be 1 to 24");
            check(lines >= 1 && lines <= 10_000, "lines must be 1 to 10000");
        }

        /** "75x5x4x8" (people × days × turns × lines); else an {@link IllegalArgumentException} saying why not. */
        public static Shape parse(String text) {
            Matcher m = TEXT.matcher(text == null ? "" : text.trim().toLowerCase());
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + text
                    + "' is not a week shape: expected PEOPLExDAYSxTURNSxLINES, e.g. " + STANDARD);
            }
            try {
                return new Shape(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + text + "': " + e.getMessage());
            }
        }

        public int cells() {
            return days * turns * lines;
        }

        @Override
        public String toString() {
            return persons + "x" + days + "x" + turns + "x" + lines;
        }

        private static void check(boolean ok, String message) {
            if (!ok) {
                throw new IllegalArgumentException(message);
            }
        }
    }

    /** A generated week: its name ({@code gen-75x5x4x8-s1}), the instance JSON and a one-line summary. */
    public record Instance(String name, String json, String summary) {

        public Problem problem() {
            return InstanceJson.parse(json, name);
        }

        public void write(Path file) throws java.io.IOException {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, json);
        }
    }

    private final Shape shape;
    private final long seed;
    private final int maxPerDay;
    private final SplittableRandom random;
    private final List<String> workingDays;
    private final List<Member> team = new ArrayList<>();

    private InstanceGenerator(Shape shape, long seed, int maxPerDay) {
        if (maxPerDay < 1) {
            throw new IllegalArgumentException("the daily maximum must be at least 1, not " + maxPerDay);
        }
        this.shape = shape;
        this.seed = seed;
        this.maxPerDay = maxPerDay;
        this.random = new SplittableRandom(seed);
        List<String> days = new ArrayList<>(WEEKDAYS);
        while (days.size() > shape.days()) {
            days.remove(random.nextInt(days.size()));
        }
        this.workingDays = List.copyOf(days);
    }

    public static Instance generate(Shape shape, long seed) {
        return generate(shape, seed, DEFAULT_MAX_PER_DAY);
    }

    public static Instance generate(Shape shape, long seed, int maxPerDay) {
        return new InstanceGenerator(shape, seed, maxPerDay).week();
    }

    /** gen-75x5x4x8-s1, or gen-500x5x4x60-max3-s1 when the daily maximum is not the default. */
    public static String name(Shape shape, long seed, int maxPerDay) {
        return "gen-" + shape + (maxPerDay == DEFAULT_MAX_PER_DAY ? "" : "-max" + maxPerDay) + "-s" + seed;
    }

    private Instance week() {
        int width = Math.max(3, String.valueOf(shape.persons()).length());
        for (int i = 1; i <= shape.persons(); i++) {
            team.add(new Member(String.format("p%0" + width + "d", i), workingDays.size(), shape.turns()));
        }
        int leaves = 0;
        for (Member member : team) {
            if (leaves < shape.persons() / 10 && random.nextDouble() < 0.04) {
                member.onLeave();
                leaves++;
            } else {
                drawBusyTurns(member);
            }
        }
        shareTheLoad();
        List<Map<String, Object>> forced = fixTurns();
        return new Instance(name(shape, seed, maxPerDay), json(forced), summary(forced));
    }

    private void drawBusyTurns(Member member) {
        int days = workingDays.size();
        if (days > 1 && random.nextDouble() < 0.10) {
            List<Integer> off = shuffled(days);
            int count = 1 + random.nextInt(Math.min(3, days - 1));
            off.subList(0, count).forEach(member::onVacation);
        }
        int meetings = random.nextInt(4);
        for (int i = 0; i < meetings; i++) {
            int length = 1 + random.nextInt(Math.min(3, shape.turns()));
            member.book(random.nextInt(days), random.nextInt(shape.turns() - length + 1), length, "weekly meeting");
        }
        if (shape.turns() >= 3 && random.nextDouble() < 0.20) {
            int turn = random.nextBoolean() ? 0 : shape.turns() - 1;
            for (int day = 0; day < days; day++) {
                member.book(day, turn, 1, "family (every day)");
            }
        }
        if (random.nextDouble() < 0.30) {
            int wishes = 1 + random.nextInt(4);
            for (int i = 0; i < wishes; i++) {
                member.rather(random.nextInt(days), random.nextInt(shape.turns()));
            }
        }
    }

    /**
     * Everyone's ideal share of the cells by contract weight and days in, rounded down and capped by
     * their capacity; the cells left go one at a time to whoever is furthest below their share and
     * can still take one. What nobody can take is left to the nobody placeholder.
     */
    private void shareTheLoad() {
        double[] contracts = {0.5, 1, 1, 1, 1.5, 2};
        double total = 0;
        for (Member m : team) {
            m.capacity = m.capacity(maxPerDay);
            m.ideal = m.capacity == 0 ? 0
                : contracts[random.nextInt(contracts.length)] * m.daysIn() / workingDays.size();
            total += m.ideal;
        }
        int cells = shape.cells();
        int given = 0;
        for (Member m : team) {
            m.ideal = total == 0 ? 0 : m.ideal * cells / total;
            m.load = Math.min(m.capacity, (int) Math.floor(m.ideal));
            given += m.load;
        }
        PriorityQueue<Member> behind = new PriorityQueue<>(
            Comparator.comparingDouble((Member m) -> m.load - m.ideal).thenComparing(m -> m.name));
        team.stream().filter(m -> m.load < m.capacity).forEach(behind::add);
        while (given < cells && !behind.isEmpty()) {
            Member m = behind.poll();
            m.load++;
            given++;
            if (m.load < m.capacity) {
                behind.add(m);
            }
        }
    }

    /** About {@link #FORCED_RATIO} of each turn's lines get someone with load, at most once a turn. */
    private List<Map<String, Object>> fixTurns() {
        List<Member> workers = team.stream().filter(m -> m.load > 0).toList();
        List<Map<String, Object>> forced = new ArrayList<>();
        if (workers.isEmpty()) {
            return forced;
        }
        for (String day : workingDays) {
            for (int turn = 0; turn < shape.turns(); turn++) {
                Set<Member> chosen = new LinkedHashSet<>();
                for (int line = 0; line < shape.lines(); line++) {
                    if (random.nextDouble() < FORCED_RATIO) {
                        Member m = workers.get(random.nextInt(workers.size()));
                        if (chosen.add(m)) {
                            forced.add(entry(day, turn, "line", line, m.name));
                        }
                    }
                }
            }
        }
        return forced;
    }

    private String json(List<Map<String, Object>> forced) {
        List<String> holidays = WEEKDAYS.stream().filter(d -> !workingDays.contains(d)).toList();
        List<String> hours = new ArrayList<>();
        for (int h = 0; h <= shape.turns(); h++) {
            hours.add("h" + h);
        }
        int load = team.stream().mapToInt(m -> m.load).sum();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", "tomatic-timetable-instance/1");
        doc.put("name", name(shape, seed, maxPerDay));
        doc.put("description", String.format("generated: %d persons, %d working days, %d turns, %d lines, "
                + "at most %d a day, holidays %s, seed %d (tomatic InstanceGenerator)", shape.persons(), shape.days(),
            shape.turns(), shape.lines(), maxPerDay, holidays.isEmpty() ? "none" : String.join(",", holidays), seed));
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("generator", "tomatic InstanceGenerator");
        provenance.put("shape", shape.toString());
        provenance.put("seed", seed);
        provenance.put("forcedRatio", FORCED_RATIO);
        doc.put("provenance", provenance);
        doc.put("week", "2030-01-07");
        doc.put("days", WEEKDAYS);
        doc.put("holidays", holidays);
        doc.put("nHours", shape.turns());
        doc.put("hours", hours);
        doc.put("nLines", shape.lines());
        doc.put("nobody", Problem.NOBODY);
        doc.put("nobodyLoad", shape.cells() - load);
        doc.put("maxPerDay", maxPerDay);
        doc.put("persons", team.stream().map(m -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", m.name);
            p.put("maxLoad", m.load);
            p.put("maxPerDay", maxPerDay);
            return p;
        }).toList());
        doc.put("busy", cells(true));
        doc.put("undesired", cells(false));
        doc.put("forced", forced);
        doc.put("penalties", penalties());
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n";
    }

    /** Busy (or undesired) turns in day, turn, person order. */
    private List<Map<String, Object>> cells(boolean required) {
        List<Map<String, Object>> cells = new ArrayList<>();
        for (int day = 0; day < workingDays.size(); day++) {
            for (int turn = 0; turn < shape.turns(); turn++) {
                for (Member m : team) {
                    String reason = required ? m.busy[day][turn] : m.undesired[day][turn];
                    if (reason != null) {
                        cells.add(entry(workingDays.get(day), turn, "reason", reason, m.name));
                    }
                }
            }
        }
        return cells;
    }

    private static Map<String, Object> entry(String day, int turn, String field, Object value, String person) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("day", day);
        e.put("hour", turn);
        if (field.equals("line")) {
            e.put(field, value);
        }
        e.put("person", person);
        if (field.equals("reason")) {
            e.put(field, value);
        }
        return e;
    }

    private static Map<String, Object> penalties() {
        Weights w = Weights.DEFAULT;
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("penaltyEmpty", w.empty());
        p.put("penaltyIncompletion", w.incompletion());
        p.put("penaltyUnforced", w.unforced());
        p.put("penaltyMultipleHours", w.multipleTurns());
        p.put("penaltyMarathon", w.marathon());
        p.put("penaltyDiscontinuousHours", w.discontinuous());
        p.put("penaltyFarDiscontinuousHours", w.farDiscontinuous());
        p.put("penaltyNoBrunch", w.noBrunch());
        p.put("penaltyUndesiredHours", w.undesired());
        return p;
    }

    private String summary(List<Map<String, Object>> forced) {
        long busy = team.stream().mapToLong(m -> m.count(m.busy)).sum();
        long undesired = team.stream().mapToLong(m -> m.count(m.undesired)).sum();
        int load = team.stream().mapToInt(m -> m.load).sum();
        return String.format("%s: persons=%d days=%d turns=%d lines=%d cells=%d maxPerDay=%d busy=%d undesired=%d "
                + "forced=%d nobodyLoad=%d", name(shape, seed, maxPerDay), shape.persons(), shape.days(), shape.turns(),
            shape.lines(), shape.cells(), maxPerDay, busy, undesired, forced.size(), shape.cells() - load);
    }

    private List<Integer> shuffled(int n) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(i);
        }
        for (int i = n - 1; i > 0; i--) {
            java.util.Collections.swap(list, i, random.nextInt(i + 1));
        }
        return list;
    }

    /** One person of the generated team: their busy and undesired turns (reason or null) per working day and turn. */
    private static final class Member {
        final String name;
        final String[][] busy;
        final String[][] undesired;
        final boolean[] off;
        int capacity;
        double ideal;
        int load;

        Member(String name, int days, int turns) {
            this.name = name;
            this.busy = new String[days][turns];
            this.undesired = new String[days][turns];
            this.off = new boolean[days];
        }

        void onLeave() {
            for (int day = 0; day < busy.length; day++) {
                dayOff(day, "absent all week (leave)");
            }
        }

        void onVacation(int day) {
            dayOff(day, "vacation day");
        }

        private void dayOff(int day, String reason) {
            off[day] = true;
            java.util.Arrays.fill(busy[day], reason);
        }

        /** Books {@code length} turns from {@code from} unless that would leave nothing free that day. */
        void book(int day, int from, int length, String reason) {
            if (off[day]) {
                return;
            }
            int free = 0;
            for (int turn = 0; turn < busy[day].length; turn++) {
                boolean booked = busy[day][turn] != null || (turn >= from && turn < from + length);
                free += booked ? 0 : 1;
            }
            if (free == 0) {
                return;
            }
            for (int turn = from; turn < from + length; turn++) {
                if (busy[day][turn] == null) {
                    busy[day][turn] = reason;
                }
            }
        }

        void rather(int day, int turn) {
            if (busy[day][turn] == null) {
                undesired[day][turn] = "prefers not";
            }
        }

        int daysIn() {
            int in = 0;
            for (boolean o : off) {
                in += o ? 0 : 1;
            }
            return in;
        }

        int capacity(int maxPerDay) {
            int capacity = 0;
            for (String[] day : busy) {
                int free = 0;
                for (String reason : day) {
                    free += reason == null ? 1 : 0;
                }
                capacity += Math.min(maxPerDay, free);
            }
            return capacity;
        }

        long count(String[][] cells) {
            long n = 0;
            for (String[] day : cells) {
                for (String reason : day) {
                    n += reason == null ? 0 : 1;
                }
            }
            return n;
        }
    }
}
