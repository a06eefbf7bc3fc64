package org.tomatic.legacy.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a legacy data directory. Never throws on bad input: every problem, in every file, becomes a
 * {@link LegacyProblem}. Cross-references between files (a busy entry of an unknown person...) are
 * left to the importer.
 */
public final class LegacyReader {

    private final Path dir;
    private final LocalDate week;
    private final Problems problems = new Problems();
    private final Set<String> filesRead = new TreeSet<>();
    private final Map<String, Boolean> directories = new HashMap<>();

    private LegacyReader(Path dir, LocalDate week) {
        this.dir = dir;
        this.week = week;
    }

    /**
     * @param week the Monday given by {@code --week} (another day means its week), or null; vacations and a
     *     bare {@code shiftcredit.yaml} need it
     */
    public static LegacyReadResult read(Path dir, LocalDate week) {
        var reader = new LegacyReader(dir, week == null ? null : week.with(DayOfWeek.MONDAY));
        LegacyData data = reader.readAll();
        return new LegacyReadResult(data, reader.problems.all());
    }

    private LegacyData readAll() {
        if (!Files.isDirectory(dir)) {
            problems.error(".", 0, "not a directory: " + dir);
        }
        ConfigFile.Config config = parse(ConfigFile.PATH, null, t -> ConfigFile.parse(t, problems));
        int turnCount = (config == null ? ConfigFile.EMPTY : config).turnCount();
        List<LegacyPerson> people = people(config);
        List<LegacyBusy> weekly = parse(BusyFile.WEEKLY, List.of(),
                t -> BusyFile.parse(t, BusyFile.Kind.WEEKLY, turnCount, null, problems));
        List<LegacyBusy> oneShot = parse(BusyFile.ONE_SHOT, List.of(),
                t -> BusyFile.parse(t, BusyFile.Kind.ONE_SHOT, turnCount, null, problems));
        List<LegacyBusy> vacations = vacations(turnCount);
        List<String> leaves = parse(LeavesFile.PATH, List.of(), t -> LeavesFile.parse(t, problems));
        List<LegacyDay> holidays = parse(HolidaysFile.HOLIDAYS, List.of(), t -> HolidaysFile.parse(t, problems));
        List<LegacyDay> noService = parse(HolidaysFile.NO_SERVICE, List.of(), t -> HolidaysFile.parse(t, problems));
        String forcedPath = forcedTurnsPath(config == null ? ConfigFile.EMPTY : config);
        var forcedLines = new LinkedHashMap<GridCell, Integer>();
        List<String> hours = config == null ? null : config.settings().hours();
        LegacyGrid forced = forcedPath == null ? null
                : parse(forcedPath, null, t -> ForcedTurnsFile.parse(t, hours, forcedLines, problems));
        var timetables = new ArrayList<LegacyTimetable>();
        var credits = new ArrayList<LegacyCredit>();
        readHistory(timetables, credits);
        reportUnread();
        return new LegacyData(people, config == null ? null : config.settings(), weekly, oneShot, vacations, leaves,
                holidays, noService, forced, timetables, credits, filesRead, forcedPath, forcedLines);
    }

    /**
     * The fixed turns' file: the one {@code config.yaml}'s {@code forcedTimeTable} names, relative to the
     * directory, else {@code data/forced-turns.yaml}; null when the setting names a file that cannot be read. Any
     * other fixed turns' file found is reported as not imported.
     */
    private String forcedTurnsPath(ConfigFile.Config config) {
        String named = config.forcedTurns();
        String path = named == null ? ForcedTurnsFile.PATH : inside(named);
        if (named != null && path == null) {
            problems.warning(ConfigFile.PATH, config.forcedTurnsLine(), "`forcedTimeTable` names " + named
                    + ", outside the directory: its fixed turns are not imported");
        }
        else if (named != null && !Files.isRegularFile(dir.resolve(path))) {
            problems.warning(ConfigFile.PATH, config.forcedTurnsLine(), "`forcedTimeTable` names " + named
                    + ", which is not in the directory: no fixed turns are imported");
            path = null;
        }
        for (String other : List.of(ForcedTurnsFile.PATH, ForcedTurnsFile.ROOT_PATH)) {
            if (!other.equals(path) && Files.isRegularFile(dir.resolve(other))) {
                problems.warning(other, 0, "not imported: the fixed turns are read from "
                        + (named == null ? ForcedTurnsFile.PATH + " (config.yaml sets no `forcedTimeTable`)"
                                : "the file config.yaml's `forcedTimeTable` names (" + named + ")"));
            }
        }
        return path;
    }

    /** A path the old tool was given, relative to the directory with {@code /} separators; null when outside it. */
    private String inside(String named) {
        try {
            Path base = dir.toAbsolutePath().normalize();
            Path file = base.resolve(named.replace('\\', '/')).normalize();
            if (!file.startsWith(base) || file.equals(base)) {
                return null;
            }
            return base.relativize(file).toString().replace(java.io.File.separatorChar, '/');
        }
        catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    private List<LegacyPerson> people(ConfigFile.Config config) {
        PersonsFile.Persons persons = parse(PersonsFile.PATH, PersonsFile.Persons.EMPTY,
                t -> PersonsFile.parse(t, problems));
        Map<String, Integer> idealShifts = parse(PersonsFile.IDEAL_SHIFTS, null,
                t -> PersonsFile.parseIdealShifts(t, problems));
        if (idealShifts != null && !persons.idealLoads().isEmpty()) {
            problems.warning(PersonsFile.IDEAL_SHIFTS, 0, "replaces `idealloads` of persons.yaml");
        }
        List<LegacyPerson> people = PersonsFile.people(persons, idealShifts, Map.of());
        if (persons.inactive() != null) {
            Set<String> ids = people.stream().map(LegacyPerson::id).collect(Collectors.toSet());
            persons.inactive().forEach((id, line) -> {
                if (!ids.contains(id)) {
                    problems.warning(PersonsFile.PATH, line, "`" + PersonsFile.INACTIVE + "`: " + id
                            + " is in no other map, not a person; ignored");
                }
            });
        }
        if (config == null || config.maxPerDay().isEmpty()) {
            return people;
        }
        Set<String> ids = people.stream().map(LegacyPerson::id).collect(Collectors.toSet());
        var maxPerDay = new LinkedHashMap<String, Integer>();
        config.maxPerDay().forEach((id, max) -> {
            if (ids.contains(id)) {
                maxPerDay.put(id, max);
            }
            else {
                problems.warning(ConfigFile.PATH, config.maxPerDayLines().getOrDefault(id, 0),
                        "`maximHoresDiaries`: unknown person '" + id + "', ignored");
            }
        });
        return PersonsFile.people(persons, idealShifts, maxPerDay);
    }

    private List<LegacyBusy> vacations(int turnCount) {
        if (week == null) {
            if (present(BusyFile.VACATIONS)) {
                filesRead.add(BusyFile.VACATIONS);
                problems.warning(BusyFile.VACATIONS, 0, "skipped: needs --week (the file does not say its week)");
            }
            return List.of();
        }
        return parse(BusyFile.VACATIONS, List.of(),
                t -> BusyFile.parse(t, BusyFile.Kind.VACATIONS, turnCount, week, problems));
    }

    /** Timetables and credit snapshots under {@code graelles/}, plus a bare {@code shiftcredit.yaml}. */
    private void readHistory(List<LegacyTimetable> timetables, List<LegacyCredit> credits) {
        parse(CreditFile.BARE, Optional.<LegacyCredit>empty(), t -> CreditFile.parse(t, week, problems))
                .ifPresent(credits::add);
        for (String name : list(TimetableFile.DIR)) {
            String path = TimetableFile.DIR + "/" + name;
            Matcher timetable = TimetableFile.NAME.matcher(name);
            Matcher credit = CreditFile.NAME.matcher(name);
            if (timetable.matches()) {
                TimetableFile.weekOfName(path, timetable, problems).flatMap(
                        monday -> parse(path, Optional.<LegacyTimetable>empty(), t -> TimetableFile.parse(t, monday, problems)))
                        .ifPresent(timetables::add);
            }
            else if (credit.matches()) {
                TimetableFile.weekOfName(path, credit, problems).flatMap(
                        monday -> parse(path, Optional.<LegacyCredit>empty(), t -> CreditFile.parse(t, monday, problems)))
                        .ifPresent(credits::add);
            }
            else if (name.equals(CreditFile.BARE)) {
                parse(path, Optional.<LegacyCredit>empty(), t -> CreditFile.parse(t, week, problems))
                        .ifPresent(credits::add);
            }
        }
        timetables.sort(Comparator.comparing(LegacyTimetable::week));
        credits.sort(Comparator.comparing(LegacyCredit::week, Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    /**
     * Nothing is dropped silently: each data file (YAML or .conf) at the top, in {@code data/} or in
     * {@code graelles/} that was not read is a warning. The fixed turns' files are reported where they are chosen,
     * and the history's dated files are read or refused by name.
     */
    private void reportUnread() {
        for (String subdir : List.of("", "data", TimetableFile.DIR)) {
            for (String name : list(subdir.isEmpty() ? "." : subdir)) {
                String path = subdir.isEmpty() ? name : subdir + "/" + name;
                boolean dataFile = name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".conf");
                boolean reported = path.equals(ForcedTurnsFile.PATH) || path.equals(ForcedTurnsFile.ROOT_PATH)
                        || subdir.equals(TimetableFile.DIR) && (TimetableFile.NAME.matcher(name).matches()
                                || CreditFile.NAME.matcher(name).matches());
                if (dataFile && !reported && !filesRead.contains(path)) {
                    problems.warning(path, 0, "not imported: Tomatic does not read this file");
                }
            }
        }
    }

    /**
     * Names of the entries of a subdirectory, sorted; empty when it does not exist. The caller picks the names it
     * reads, and {@link #parse} refuses those that are not regular files.
     */
    private List<String> list(String subdir) {
        if (!usableDirectory(subdir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir.resolve(subdir))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        catch (IOException | RuntimeException e) {
            problems.error(subdir, 0, "cannot list the directory: " + e);
            return List.of();
        }
    }

    /** Reads and parses one file when it exists. */
    private <T> T parse(String path, T absent, Function<TextFile, T> parser) {
        if (!present(path)) {
            return absent;
        }
        filesRead.add(path);
        return TextFile.read(dir.resolve(path), path, problems)
                .map(text -> guarded(path, absent, () -> parser.apply(text), problems))
                .orElse(absent);
    }

    /**
     * Whether a readable regular file is there (a symbolic link to one will do). Anything else under the name (a
     * directory, a FIFO, a device, a dangling link, a loop, an unreadable file) is an error naming the file, found
     * without opening it: a FIFO would block the import, {@code /dev/zero} would never end.
     */
    private boolean present(String path) {
        int slash = path.lastIndexOf('/');
        if (slash > 0 && !usableDirectory(path.substring(0, slash))) {
            return false;
        }
        FileKinds.Check check = FileKinds.file(dir.resolve(path));
        if (check.refused()) {
            filesRead.add(path);
            problems.error(path, Source.NO_LINE, check.problem());
        }
        return check.ok();
    }

    /** Whether a subdirectory is there to look into; something else under its name is an error (once). */
    private boolean usableDirectory(String subdir) {
        return directories.computeIfAbsent(subdir, d -> {
            FileKinds.Check check = FileKinds.directory(dir.resolve(d));
            if (check.refused()) {
                problems.error(d, Source.NO_LINE, check.problem());
            }
            return check.ok();
        });
    }

    /** Runs one file's parser; a bug on odd input becomes an error of that file, not a failed import. */
    static <T> T guarded(String path, T fallback, Supplier<T> parser, Problems problems) {
        try {
            return parser.get();
        }
        catch (RuntimeException | StackOverflowError e) {
            problems.error(path, 0, "cannot parse the file: " + e);
            return fallback;
        }
    }
}
