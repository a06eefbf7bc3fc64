package org.tomatic.legacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tomatic.availability.AvailabilityRepository;
import org.tomatic.availability.BusyEntry;
import org.tomatic.availability.DayOff;
import org.tomatic.availability.DayOffKind;
import org.tomatic.availability.Leave;
import org.tomatic.availability.LeaveKind;
import org.tomatic.legacy.format.GridCell;
import org.tomatic.legacy.format.LegacyBusy;
import org.tomatic.legacy.format.LegacyCredit;
import org.tomatic.legacy.format.LegacyData;
import org.tomatic.legacy.format.LegacyDay;
import org.tomatic.legacy.format.LegacyPerson;
import org.tomatic.legacy.format.LegacyReadResult;
import org.tomatic.legacy.format.LegacyReader;
import org.tomatic.legacy.format.LegacySettings;
import org.tomatic.legacy.format.LegacyTimetable;
import org.tomatic.load.CreditRepository;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.PersonRules;
import org.tomatic.people.Role;
import org.tomatic.system.AuditLog;
import org.tomatic.system.ConflictException;
import org.tomatic.system.TurnGrid;
import org.tomatic.system.TurnGridRepository;
import org.tomatic.system.Weekdays;
import org.tomatic.timetable.Change;
import org.tomatic.timetable.ForcedTurn;
import org.tomatic.timetable.ForcedTurnRepository;
import org.tomatic.timetable.Timetable;
import org.tomatic.timetable.TimetableRepository;

/**
 * Imports an existing Tomatic data directory, all or nothing: every problem is reported with its
 * file:line and nothing changes if there is any error. Importing the same directory twice changes
 * nothing the second time. Each file present replaces what Tomatic holds of its kind.
 */
@Service
public class LegacyImporter {

    static final String ADMIN_GROUP = "admin";

    private final PersonRepository people;
    private final AvailabilityRepository availability;
    private final TurnGridRepository grid;
    private final ForcedTurnRepository forcedTurns;
    private final TimetableRepository timetables;
    private final CreditRepository credits;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public LegacyImporter(PersonRepository people, AvailabilityRepository availability, TurnGridRepository grid,
                          ForcedTurnRepository forcedTurns, TimetableRepository timetables, CreditRepository credits,
                          AuditLog audit, PlatformTransactionManager transactions, Clock clock) {
        this.people = people;
        this.availability = availability;
        this.grid = grid;
        this.forcedTurns = forcedTurns;
        this.timetables = timetables;
        this.credits = credits;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    public ImportReport importDirectory(Path dir, LocalDate week, boolean dryRun, String actor) {
        ImportReport report = new ImportReport(dryRun);
        if (!Files.isDirectory(dir)) {
            report.error(dir + ": not a directory");
            return report;
        }
        if (week != null && week.getDayOfWeek() != DayOfWeek.MONDAY) {
            report.error("--week " + week + " is a " + week.getDayOfWeek().getDisplayName(
                java.time.format.TextStyle.FULL, Locale.ENGLISH) + ", not a Monday");
            return report;
        }
        LegacyReadResult read = LegacyReader.read(dir, week);
        read.problems().forEach(p -> {
            if (p.error()) {
                report.error(p.toString());
            } else {
                report.warning(p.toString());
            }
        });
        LegacyData data = read.data();
        Map<String, Person> desiredPeople = checkPeople(dir, data, report);
        Set<String> known = new HashSet<>(desiredPeople.keySet());
        people.findAll().forEach(p -> known.add(p.id()));
        if (report.hasErrors()) {
            return report;
        }
        try {
            transaction.executeWithoutResult(status -> {
                apply(data, desiredPeople, known, week, report, actor);
                if (dryRun) {
                    status.setRollbackOnly();
                }
            });
            if (!dryRun) {
                report.markApplied();
            }
        } catch (DataIntegrityViolationException e) {
            report.error("the import clashes with data already in Tomatic (" + e.getMostSpecificCause().getMessage()
                + "); nothing was changed");
        } catch (ConflictException e) {
            report.error("a timetable changed while importing (" + e.getMessage() + "); nothing was changed");
        }
        return report;
    }

    // ------------------------------------------------------------ checks before any change

    /** The people as they will be after the import, checked field by field and for duplicates. */
    private Map<String, Person> checkPeople(Path dir, LegacyData data, ImportReport report) {
        Map<String, Person> existing = new HashMap<>();
        people.findAll().forEach(p -> existing.put(p.id(), p));
        Map<String, Person> desired = new LinkedHashMap<>();
        FieldPresence present = FieldPresence.of(data.people());
        for (LegacyPerson lp : data.people()) {
            Person person = merge(lp, existing.get(lp.id()), present);
            Map<String, String> errors = new LinkedHashMap<>(PersonRules.formatErrors(person));
            // The old tool checked none of these: what the database can hold is imported as it is, with a warning.
            if (errors.containsKey("email") && person.email().length() <= PersonRules.MAX_EMAIL) {
                errors.remove("email");
                report.warning(personSource(dir, lp.id(), "email") + ": warning: person " + lp.id() + ": email '"
                    + person.email() + "' does not look like an email address; imported as it is");
            }
            if (errors.containsKey("extension") && person.extension().length() <= PersonRules.MAX_EXTENSION_STORED) {
                errors.remove("extension");
                report.warning(personSource(dir, lp.id(), "extension") + ": warning: person " + lp.id()
                    + ": extension '" + person.extension() + "' is not 2 to 10 digits; imported as it is");
            }
            if (errors.containsKey("desk") && person.desk() < PersonRules.MIN_DESK) {
                errors.remove("desk");
                report.warning(personSource(dir, lp.id(), "desk") + ": warning: person " + lp.id() + ": desk "
                    + person.desk() + " is below 0 and not -1 (none); imported as it is");
            }
            if (errors.containsKey("idealLoad") && person.idealLoad() > PersonRules.MAX_IDEAL_LOAD) {
                errors.remove("idealLoad");
                report.warning(personSource(dir, lp.id(), "idealLoad") + ": warning: person " + lp.id()
                    + ": ideal load " + person.idealLoad() + " is above " + PersonRules.MAX_IDEAL_LOAD
                    + "; imported as it is");
            }
            if (errors.containsKey("colour")) {
                errors.remove("colour");
                String colour = PersonRules.defaultColour(lp.id());
                report.warning(personSource(dir, lp.id(), "colour") + ": warning: person " + lp.id() + ": colour '"
                    + lp.colour() + "' is not 6 hexadecimal digits; given " + colour + " instead");
                person = person.withColour(colour);
            }
            Person checked = person;
            errors.forEach((field, key) -> report.error(
                personSource(dir, lp.id(), field) + ": person " + lp.id() + ": " + describe(key, checked, field)));
            desired.put(lp.id(), person);
        }
        Map<String, Person> after = new HashMap<>(existing);
        after.putAll(desired);
        checkUnique(dir, after.values(), Person::email, "email", report);
        checkUnique(dir, after.values(), Person::extension, "extension", report);
        return desired;
    }

    private void checkUnique(Path dir, Iterable<Person> all, Function<Person, String> field, String name,
                             ImportReport report) {
        Map<String, String> seen = new HashMap<>();
        for (Person p : all) {
            String value = field.apply(p);
            if (value == null || value.isBlank()) {
                continue; // only addresses that are there can clash; empty ones mean none
            }
            String other = seen.putIfAbsent(value.toLowerCase(Locale.ROOT), p.id());
            if (other != null) {
                report.error(personSource(dir, p.id(), name) + ": " + name + " " + value + " is used by both " + other
                    + " and " + p.id());
            }
        }
    }

    /** Which maps of persons.yaml are there: absent maps leave Tomatic's values alone. */
    private record FieldPresence(boolean names, boolean emails, boolean extensions, boolean erpUsers, boolean colours,
                                 boolean desks, boolean loads, boolean maxPerDay) {
        static FieldPresence of(List<LegacyPerson> all) {
            return new FieldPresence(all.stream().anyMatch(p -> p.name() != null),
                all.stream().anyMatch(p -> p.email() != null), all.stream().anyMatch(p -> p.extension() != null),
                all.stream().anyMatch(p -> p.erpUser() != null), all.stream().anyMatch(p -> p.colour() != null),
                all.stream().anyMatch(p -> p.desk() != null), all.stream().anyMatch(p -> p.idealLoad() != null),
                all.stream().anyMatch(p -> p.maxPerDay() != null));
        }
    }

    private static Person merge(LegacyPerson lp, Person old, FieldPresence present) {
        String defaultName = lp.id().substring(0, 1).toUpperCase(Locale.ROOT) + lp.id().substring(1);
        String colour = lp.colour() != null ? shortColour(lp.colour().toLowerCase(Locale.ROOT).replace("#", "").strip())
            : old != null && !present.colours() ? old.colour() : PersonRules.defaultColour(lp.id());
        Role role = lp.groups().contains(ADMIN_GROUP) ? Role.ADMIN : old != null ? old.role() : Role.AGENT;
        if (old == null) {
            return new Person(lp.id(), lp.name() != null ? lp.name() : defaultName, lp.email(), lp.extension(),
                lp.erpUser(), colour, lp.desk(), lp.groups(), lp.idealLoad(), lp.maxPerDay(),
                lp.active() == null || lp.active(), role, 0);
        }
        return new Person(lp.id(),
            lp.name() != null ? lp.name() : present.names() ? defaultName : old.name(),
            present.emails() ? lp.email() : old.email(),
            present.extensions() ? lp.extension() : old.extension(),
            present.erpUsers() ? lp.erpUser() : old.erpUser(),
            colour,
            present.desks() ? lp.desk() : old.desk(),
            lp.groups(),
            present.loads() ? lp.idealLoad() : old.idealLoad(),
            present.maxPerDay() ? lp.maxPerDay() : old.maxPerDay(),
            lp.active() != null ? lp.active() : old.active(), role, old.version());
    }

    /** CSS's short form "fa0" is "ffaa00". */
    private static String shortColour(String colour) {
        return colour.matches("[0-9a-f]{3}")
            ? colour.replaceAll("(.)", "$1$1") : colour;
    }

    private static String describe(String key, Person p, String field) {
        switch (key) {
            case "person.error.nameLong":
                return "the name is longer than " + PersonRules.MAX_NAME + " characters";
            case "person.error.emailLong":
                return "the email is longer than " + PersonRules.MAX_EMAIL + " characters";
            case "person.error.erpUser":
                return "the ERP user is longer than " + PersonRules.MAX_ERP_USER + " characters";
            default:
                break;
        }
        return switch (field) {
            case "email" -> "email '" + p.email() + "' does not look like an email address";
            case "extension" -> "extension '" + p.extension() + "' must be 2 to 10 digits";
            case "colour" -> "colour '" + p.colour() + "' must be 6 hexadecimal digits";
            case "desk" -> "desk " + p.desk() + " must be from " + PersonRules.MIN_DESK + " to " + PersonRules.MAX_DESK
                + " (or -1 for none)";
            case "idealLoad" -> "ideal load " + p.idealLoad() + " must be from 0 to " + PersonRules.MAX_IDEAL_LOAD;
            case "maxPerDay" -> "daily maximum " + p.maxPerDay() + " must be from 1 to 10";
            case "groups" -> "group names " + p.groups() + " may use letters, digits, spaces, '.', '-' and '_' (at most 50)";
            case "name" -> "the name must have 1 to 100 characters";
            default -> key;
        };
    }

    /** persons.yaml:LINE for a person's field: the first line that names both, else the person. */
    private static String personSource(Path dir, String id, String field) {
        Path file = dir.resolve("persons.yaml");
        String mapKey = switch (field) {
            case "email" -> "emails";
            case "extension" -> "extensions";
            case "colour" -> "colors";
            case "desk" -> "tables";
            case "idealLoad" -> "idealloads";
            case "name" -> "names";
            case "erpUser" -> "erpusers";
            default -> null;
        };
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            int inMap = -1;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (mapKey != null && line.startsWith(mapKey + ":")) {
                    inMap = i;
                }
                boolean namesId = line.matches(".*(^|[\\s{,\\[-])" + java.util.regex.Pattern.quote(id) + "([\\s:,}\\]]|$).*");
                if (namesId && (mapKey == null || inMap >= 0 && (i == inMap || line.startsWith(" ") || line.startsWith("-")))) {
                    return "persons.yaml:" + (i + 1);
                }
                if (inMap >= 0 && i > inMap && !line.isEmpty() && !Character.isWhitespace(line.charAt(0))) {
                    inMap = -1;
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through: the person's file without a line
        }
        return "persons.yaml:0";
    }

    // ------------------------------------------------------------ changes, in one transaction

    private void apply(LegacyData data, Map<String, Person> desiredPeople, Set<String> known, LocalDate week,
                       ImportReport report, String actor) {
        if (data.settings() != null) {
            applySettings(data.settings(), report);
        }
        applyPeople(desiredPeople, report, actor);
        if (data.filesRead().contains("indisponibilitats.conf")) {
            syncBusy(report.counts("weekly busy"), existingBusy(false), keep(data.weeklyBusy(), known, report));
        }
        boolean vacationsFile = week != null && data.filesRead().contains("indisponibilitats-vacances.conf");
        List<LegacyBusy> vacations = vacationsFile ? keep(data.vacations(), known, report) : List.of();
        // A required whole day is a vacation leave; an optional line (no '+') or one for some turns only stays what
        // it is, a busy entry on that date, so that it is neither lost nor made hard.
        List<LegacyBusy> vacationBusy = vacations.stream().filter(v -> !isWholeDayAway(v)).toList();
        if (data.filesRead().contains("oneshot.conf")) {
            List<LegacyBusy> oneOff = new ArrayList<>(keep(data.oneShotBusy(), known, report));
            oneOff.addAll(vacationBusy);
            syncBusy(report.counts("one-off busy"), existingBusy(true), oneOff);
        } else if (!vacationBusy.isEmpty()) {
            addBusy(report.counts("one-off busy"), existingBusy(true), vacationBusy);
        }
        if (vacationsFile) {
            syncVacations(week, vacations.stream().filter(LegacyImporter::isWholeDayAway).toList(), report);
        }
        if (data.filesRead().contains("leaves.conf")) {
            syncLongLeaves(data.longLeaves().stream().filter(id -> {
                if (!known.contains(id)) {
                    report.warning("leaves.conf: warning: " + id + " is not a person; skipped");
                }
                return known.contains(id);
            }).toList(), report);
        }
        if (data.filesRead().contains("holidays.conf")) {
            syncDays(DayOffKind.HOLIDAY, data.holidays(), report.counts("holidays"));
        }
        if (data.filesRead().contains("data/noservice.conf")) {
            syncDays(DayOffKind.NO_SERVICE, data.noService(), report.counts("no-service"));
        }
        if (data.forcedTurns() != null) {
            syncForcedTurns(LegacyMapping.toForcedTurns(data.forcedTurns()), data, known, report);
        }
        for (LegacyTimetable t : data.timetables()) {
            syncTimetable(t, report.counts("timetables"), actor);
        }
        for (var snapshot : creditsByWeek(data.credits(), report).entrySet()) {
            ImportReport.Counts counts = report.counts("credit");
            Map<String, Double> before = credits.snapshot(snapshot.getKey());
            if (before.equals(snapshot.getValue())) {
                counts.unchanged++;
            } else {
                credits.replaceSnapshot(snapshot.getKey(), snapshot.getValue());
                if (before.isEmpty()) {
                    counts.created++;
                } else {
                    counts.updated++;
                }
            }
        }
        if (report.changedAnything()) {
            StringBuilder summary = new StringBuilder();
            report.changes().forEach((kind, c) -> summary.append(kind).append(": ").append(c).append("; "));
            audit.record(actor, "legacy", "import", "import", summary.toString());
        }
    }

    private void applySettings(LegacySettings s, ImportReport report) {
        TurnGrid before = grid.get();
        TurnGrid after = new TurnGrid(
            s.days() != null ? s.days() : before.weekdays(),
            s.hours() != null ? s.hours().stream().map(LocalTime::parse).toList() : before.boundaries(),
            s.lines() != null ? s.lines() : before.lines(),
            before.timeZone(),
            s.maxPerDay() != null ? s.maxPerDay() : before.maxPerDay(),
            s.maxOverload() != null ? s.maxOverload() : before.maxOverload(),
            s.maxHolesPerTurn() != null ? s.maxHolesPerTurn() : before.maxHolesPerTurn(),
            before.version());
        ImportReport.Counts counts = report.counts("settings");
        if (after.equals(before)) {
            counts.unchanged++;
        } else {
            grid.save(after);
            counts.updated++;
        }
    }

    private void applyPeople(Map<String, Person> desired, ImportReport report, String actor) {
        ImportReport.Counts counts = report.counts("people");
        for (Person p : desired.values()) {
            Person before = people.findById(p.id()).orElse(null);
            if (before == null) {
                people.insert(p);
                audit.record(actor, "person", p.id(), "import", "created by the legacy import");
                counts.created++;
            } else if (!before.equals(p)) {
                people.update(p);
                audit.record(actor, "person", p.id(), "import", "updated by the legacy import");
                counts.updated++;
            } else {
                counts.unchanged++;
            }
        }
    }

    private List<LegacyBusy> keep(List<LegacyBusy> entries, Set<String> known, ImportReport report) {
        List<LegacyBusy> kept = new ArrayList<>();
        for (LegacyBusy b : entries) {
            if (known.contains(b.person())) {
                kept.add(LegacyMapping.withoutSource(b));
            } else {
                report.warning(b.source() + ": warning: " + b.person() + " is not a person; entry skipped");
            }
        }
        return kept;
    }

    private List<BusyEntry> existingBusy(boolean oneOff) {
        return availability.allBusy().stream().filter(b -> b.oneOff() == oneOff).toList();
    }

    private void syncBusy(ImportReport.Counts counts, List<BusyEntry> existing, List<LegacyBusy> desired) {
        sync(counts, existing, LegacyMapping::toLegacy, desired,
            e -> availability.deleteBusy(e.id()),
            b -> availability.insertBusy(LegacyMapping.toBusy(b)));
    }

    /** A vacation line that is a leave: required ('+') and for every turn of the day. */
    private static boolean isWholeDayAway(LegacyBusy vacation) {
        return vacation.required() && !vacation.turns().contains("0");
    }

    /** Adds the entries not stored yet (counting equal ones as a multiset), deleting none. */
    private void addBusy(ImportReport.Counts counts, List<BusyEntry> existing, List<LegacyBusy> desired) {
        Map<LegacyBusy, Integer> stored = new HashMap<>();
        existing.forEach(e -> stored.merge(LegacyMapping.toLegacy(e), 1, Integer::sum));
        for (LegacyBusy b : desired) {
            Integer left = stored.get(b);
            if (left != null && left > 0) {
                stored.put(b, left - 1);
                counts.unchanged++;
            } else {
                availability.insertBusy(LegacyMapping.toBusy(b));
                counts.created++;
            }
        }
    }

    private void syncVacations(LocalDate week, List<LegacyBusy> desired, ImportReport report) {
        LocalDate friday = week.plusDays(6);
        List<Leave> existing = availability.allLeaves().stream()
            .filter(l -> l.kind() == LeaveKind.VACATION && l.start() != null && l.end() != null
                && !l.start().isBefore(week) && !l.end().isAfter(friday) && l.start().equals(l.end()))
            .toList();
        record Day(String person, LocalDate date, String note) {}
        sync(report.counts("vacations"), existing, l -> new Day(l.personId(), l.start(), l.note()),
            desired.stream().map(b -> new Day(b.person(), b.date(), b.reason())).toList(),
            l -> availability.deleteLeave(l.id()),
            d -> availability.insertLeave(new Leave(null, d.person(), d.date(), d.date(), LeaveKind.VACATION,
                d.note(), 0)));
    }

    private void syncLongLeaves(List<String> desired, ImportReport report) {
        List<Leave> existing = availability.allLeaves().stream()
            .filter(l -> l.start() == null && l.end() == null).toList();
        sync(report.counts("long leaves"), existing, Leave::personId, desired,
            l -> availability.deleteLeave(l.id()),
            id -> availability.insertLeave(new Leave(null, id, null, null, LeaveKind.OTHER, "long leave", 0)));
    }

    private void syncDays(DayOffKind kind, List<LegacyDay> desired, ImportReport.Counts counts) {
        List<DayOff> existing = kind == DayOffKind.HOLIDAY ? availability.holidays() : availability.noServiceDays();
        Map<LocalDate, String> wanted = new LinkedHashMap<>();
        desired.forEach(d -> wanted.put(d.date(), d.name()));
        for (DayOff day : existing) {
            String name = wanted.remove(day.date());
            if (name == null) {
                availability.deleteDayOff(kind, day.date());
                counts.deleted++;
            } else if (!name.equals(day.name())) {
                availability.putDayOff(kind, new DayOff(day.date(), name));
                counts.updated++;
            } else {
                counts.unchanged++;
            }
        }
        wanted.forEach((date, name) -> {
            availability.putDayOff(kind, new DayOff(date, name));
            counts.created++;
        });
    }

    private void syncForcedTurns(List<ForcedTurn> desired, LegacyData data, Set<String> known, ImportReport report) {
        List<ForcedTurn> kept = new ArrayList<>();
        for (ForcedTurn t : desired) {
            if (t.personId() == null || known.contains(t.personId())) {
                kept.add(t);
            } else {
                int line = data.forcedTurnLines().getOrDefault(new GridCell(t.day(), t.turn(), t.line()), 0);
                report.warning(data.forcedTurnsFile() + ":" + line + ": warning: " + t.personId()
                    + " is not a person; fixed turn " + Weekdays.code(t.day()) + " turn " + (t.turn() + 1) + " line "
                    + (t.line() + 1) + " skipped");
            }
        }
        ImportReport.Counts counts = report.counts("fixed turns");
        List<ForcedTurn> existing = forcedTurns.all();
        if (new HashSet<>(existing).equals(new HashSet<>(kept)) && existing.size() == kept.size()) {
            counts.unchanged += kept.size();
            return;
        }
        Set<ForcedTurn> before = new HashSet<>(existing);
        Set<ForcedTurn> after = new HashSet<>(kept);
        counts.created += (int) kept.stream().filter(t -> !before.contains(t)).count();
        counts.deleted += (int) existing.stream().filter(t -> !after.contains(t)).count();
        counts.unchanged += (int) kept.stream().filter(before::contains).count();
        forcedTurns.replaceAll(kept);
    }

    /**
     * A week whose file matches what Tomatic holds is left alone (so importing the same directory
     * twice adds nothing). A different one replaces the week like a publish does: the week keeps its
     * change log, gets one IMPORT change (not undoable) and a new version, so edits prepared before
     * the import are refused as stale.
     */
    private void syncTimetable(LegacyTimetable file, ImportReport.Counts counts, String actor) {
        LegacyTimetable wanted = LegacyMapping.withoutSource(file);
        int seen = timetables.version(file.week()).orElse(TimetableRepository.NO_TIMETABLE);
        var stored = timetables.find(file.week());
        if (stored.isPresent() && LegacyMapping.toLegacy(stored.get()).equals(wanted)) {
            counts.unchanged++;
            return;
        }
        Timetable t = LegacyMapping.toTimetable(wanted);
        Instant now = clock.instant();
        timetables.store(stored.map(s -> new Timetable(t.week(), t.days(), t.boundaries(), t.lineLabels(),
            t.cells(), s.state(), t.cost(), t.log(), t.penalties(), t.overload(), t.people())).orElse(t), seen, now);
        if (stored.isPresent()) {
            timetables.addChange(file.week(), Change.wholeWeek(now, actor, Change.Kind.IMPORT,
                "replaced by the legacy import"
                    + (file.source() == null ? "" : " of " + file.source().file()) + " (an import cannot be undone)"));
            counts.updated++;
        } else {
            counts.created++;
        }
    }

    /** Makes the stored records match the wanted keys, counting equal pairs once each (a multiset). */
    private static <E, K> void sync(ImportReport.Counts counts, List<E> existing, Function<E, K> key, List<K> desired,
                                    Consumer<E> delete, Consumer<K> insert) {
        Map<K, Integer> wanted = new LinkedHashMap<>();
        desired.forEach(k -> wanted.merge(k, 1, Integer::sum));
        for (E e : existing) {
            K k = key.apply(e);
            Integer left = wanted.get(k);
            if (left != null && left > 0) {
                wanted.put(k, left - 1);
                counts.unchanged++;
            } else {
                delete.accept(e);
                counts.deleted++;
            }
        }
        wanted.forEach((k, n) -> {
            for (int i = 0; i < n; i++) {
                insert.accept(k);
                counts.created++;
            }
        });
    }

    /** One snapshot per week: a dated shiftcredit file wins over a bare one given the same week. */
    private Map<LocalDate, Map<String, Double>> creditsByWeek(List<LegacyCredit> all, ImportReport report) {
        Map<LocalDate, LegacyCredit> byWeek = new LinkedHashMap<>();
        for (LegacyCredit credit : all) {
            LocalDate week = credit.week() != null ? credit.week() : currentMonday();
            LegacyCredit other = byWeek.get(week);
            boolean bare = credit.source() != null && credit.source().file().endsWith("/shiftcredit.yaml")
                || credit.source() != null && credit.source().file().equals("shiftcredit.yaml");
            if (other == null || !bare) {
                byWeek.put(week, credit);
            }
            if (other != null) {
                LegacyCredit ignored = byWeek.get(week) == credit ? other : credit;
                report.warning(ignored.source() + ": warning: another credit snapshot is for the same week " + week
                    + " (" + byWeek.get(week).source().file() + "); this one is ignored");
            }
        }
        Map<LocalDate, Map<String, Double>> result = new LinkedHashMap<>();
        byWeek.forEach((week, credit) -> result.put(week, credit.credit()));
        return result;
    }

    private LocalDate currentMonday() {
        return LocalDate.now(clock.withZone(grid.get().timeZone())).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
