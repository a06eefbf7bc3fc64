package org.tomatic.availability;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tomatic.people.CurrentUser;
import org.tomatic.people.PersonRepository;
import org.tomatic.system.AuditLog;
import org.tomatic.system.NotFoundException;
import org.tomatic.system.TurnGrid;
import org.tomatic.system.TurnGridRepository;
import org.tomatic.system.ValidationException;

/** Busy entries, leaves, holidays and no-service days, with who may change them. */
@Service
public class AvailabilityService {

    private final AvailabilityRepository repository;
    private final PersonRepository people;
    private final TurnGridRepository grid;
    private final AuditLog audit;

    public AvailabilityService(AvailabilityRepository repository, PersonRepository people, TurnGridRepository grid,
                               AuditLog audit) {
        this.repository = repository;
        this.people = people;
        this.grid = grid;
        this.audit = audit;
    }

    public List<BusyEntry> busyOf(String personId) {
        return repository.busyOf(personId);
    }

    public List<Leave> leavesOf(String personId) {
        return repository.leavesOf(personId);
    }

    public List<DayOff> holidays() {
        return repository.holidays();
    }

    public List<DayOff> noServiceDays() {
        return repository.noServiceDays();
    }

    public BusyEntry busy(long id) {
        return repository.busy(id).orElseThrow(() -> new NotFoundException("No busy entry " + id));
    }

    @Transactional
    public long addBusy(BusyEntry entry, CurrentUser user) {
        checkMayEdit(entry.personId(), user);
        validate(entry);
        long id = repository.insertBusy(entry);
        audit.record(user.id(), "busy", entry.personId(), "create", describe(entry));
        return id;
    }

    @Transactional
    public void updateBusy(BusyEntry entry, CurrentUser user) {
        BusyEntry before = busy(entry.id());
        checkMayEdit(before.personId(), user);
        BusyEntry changed = new BusyEntry(before.id(), before.personId(), entry.weekday(), entry.date(),
            entry.turns(), entry.required(), entry.reason(), entry.version());
        validate(changed);
        repository.updateBusy(changed);
        audit.record(user.id(), "busy", before.personId(), "update", describe(before) + " → " + describe(changed));
    }

    @Transactional
    public void deleteBusy(long id, CurrentUser user) {
        BusyEntry before = busy(id);
        checkMayEdit(before.personId(), user);
        repository.deleteBusy(id);
        audit.record(user.id(), "busy", before.personId(), "delete", describe(before));
    }

    @Transactional
    public void addLeave(Leave leave, CurrentUser user) {
        requireCoordinator(user);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!people.exists(leave.personId())) {
            errors.put("person", "busy.error.person");
        }
        if (leave.start() == null || leave.end() == null) {
            errors.put("start", "leave.error.dates");
        } else if (leave.end().isBefore(leave.start())) {
            errors.put("end", "leave.error.order");
        }
        if (leave.kind() == null) {
            errors.put("kind", "leave.error.kind");
        }
        if (leave.note() != null && leave.note().length() > Leave.MAX_NOTE) {
            errors.put("note", "leave.error.noteLong");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        repository.insertLeave(leave);
        audit.record(user.id(), "leave", leave.personId(), "create",
            leave.kind() + " " + leave.start() + " – " + leave.end());
    }

    @Transactional
    public void deleteLeave(long id, CurrentUser user) {
        requireCoordinator(user);
        Leave leave = repository.leave(id).orElseThrow(() -> new NotFoundException("No leave " + id));
        repository.deleteLeave(id);
        audit.record(user.id(), "leave", leave.personId(), "delete",
            leave.kind() + " " + leave.start() + " – " + leave.end());
    }

    @Transactional
    public void putDayOff(DayOffKind kind, DayOff day, CurrentUser user) {
        requireAdmin(user);
        validateDayOff(day);
        repository.putDayOff(kind, day);
        audit.record(user.id(), kind.name().toLowerCase(), day.date().toString(), "put", day.name());
    }

    @Transactional
    public void deleteDayOff(DayOffKind kind, LocalDate date, CurrentUser user) {
        requireAdmin(user);
        repository.deleteDayOff(kind, date);
        audit.record(user.id(), kind.name().toLowerCase(), date.toString(), "delete", null);
    }

    /** Adds every holiday of an iCalendar file, or none if any is wrong. Returns how many. */
    @Transactional
    /** What importing these holidays would do: nothing is written. */
    public record HolidayImport(List<DayOff> added, List<Renamed> renamed, List<DayOff> unchanged, List<DayOff> kept) {
        public record Renamed(java.time.LocalDate date, String before, String after) {}

        /** The days an import writes: the new ones and the renamed ones, with the file's names. */
        public List<DayOff> toWrite() {
            List<DayOff> days = new java.util.ArrayList<>(added);
            renamed.forEach(r -> days.add(new DayOff(r.date(), r.after())));
            return days;
        }
    }

    /** The most days one calendar file may bring (a holiday calendar has a few dozen a year). */
    public static final int MAX_IMPORTED_DAYS = 1000;

    public HolidayImport previewHolidays(List<DayOff> days, CurrentUser user) {
        requireAdmin(user);
        if (days.size() > MAX_IMPORTED_DAYS) {
            throw ValidationException.of("file", "The calendar has " + days.size() + " days; at most "
                + MAX_IMPORTED_DAYS + " are imported at once.");
        }
        days.forEach(AvailabilityService::validateDayOff);
        Map<java.time.LocalDate, String> existing = new java.util.TreeMap<>();
        repository.holidays().forEach(d -> existing.put(d.date(), d.name()));
        Map<java.time.LocalDate, String> file = new java.util.TreeMap<>();
        days.forEach(d -> file.put(d.date(), d.name()));
        List<DayOff> added = new java.util.ArrayList<>();
        List<HolidayImport.Renamed> renamed = new java.util.ArrayList<>();
        List<DayOff> unchanged = new java.util.ArrayList<>();
        file.forEach((date, name) -> {
            String before = existing.get(date);
            if (before == null) {
                added.add(new DayOff(date, name));
            } else if (!before.equals(name)) {
                renamed.add(new HolidayImport.Renamed(date, before, name));
            } else {
                unchanged.add(new DayOff(date, name));
            }
        });
        List<DayOff> kept = existing.entrySet().stream().filter(e -> !file.containsKey(e.getKey()))
            .map(e -> new DayOff(e.getKey(), e.getValue())).toList();
        return new HolidayImport(added, renamed, unchanged, kept);
    }

    public int importHolidays(List<DayOff> days, CurrentUser user) {
        requireAdmin(user);
        days.forEach(AvailabilityService::validateDayOff);
        days.forEach(day -> repository.putDayOff(DayOffKind.HOLIDAY, day));
        audit.record(user.id(), "holiday", "ics", "import", days.size() + " days: " + days.stream()
            .map(d -> d.date() + " " + d.name()).collect(java.util.stream.Collectors.joining(", ")));
        return days.size();
    }

    void validate(BusyEntry e) {
        TurnGrid turnGrid = grid.get();
        Map<String, String> errors = new LinkedHashMap<>();
        if (!people.exists(e.personId())) {
            errors.put("person", "busy.error.person");
        }
        if (e.turns() == null || !e.turns().matches("[01]{" + turnGrid.turns() + "}") || !e.turns().contains("1")) {
            errors.put("turns", "busy.error.turns");
        }
        // One line: the legacy files keep one entry per line (a '#' in the reason is fine there).
        if (e.reason() == null || e.reason().isBlank() || e.reason().contains("\n") || e.reason().contains("\r")) {
            errors.put("reason", "busy.error.reason");
        } else if (e.reason().length() > BusyEntry.MAX_REASON) {
            errors.put("reason", "busy.error.reasonLong");
        }
        if (e.weekday() != null && e.date() != null) {
            errors.put("when", "busy.error.when");
        }
        if (e.weekday() != null && !turnGrid.weekdays().contains(e.weekday())) {
            errors.put("when", "busy.error.weekday");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void validateDayOff(DayOff day) {
        if (day.date() == null) {
            throw ValidationException.of("date", "dayoff.error.date");
        }
        if (day.name() == null || day.name().isBlank()) {
            throw ValidationException.of("name", "dayoff.error.name");
        }
        if (day.name().length() > DayOff.MAX_NAME) {
            throw ValidationException.of("name", "dayoff.error.nameLong");
        }
    }

    private void checkMayEdit(String personId, CurrentUser user) {
        if (!user.mayEditAvailabilityOf(personId)) {
            throw new AccessDeniedException("Only coordinators may change someone else's availability");
        }
    }

    private static void requireCoordinator(CurrentUser user) {
        if (!user.isCoordinator()) {
            throw new AccessDeniedException("Coordinators only");
        }
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.isAdmin()) {
            throw new AccessDeniedException("Administrators only");
        }
    }

    static String describe(BusyEntry e) {
        String when = e.date() != null ? e.date().toString() : e.weekday() != null ? e.weekday().toString() : "every day";
        return (e.required() ? "required " : "optional ") + when + " " + e.turns() + " # " + e.reason();
    }
}
