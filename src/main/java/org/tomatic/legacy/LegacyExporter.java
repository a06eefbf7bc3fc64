package org.tomatic.legacy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tomatic.availability.AvailabilityRepository;
import org.tomatic.availability.BusyEntry;
import org.tomatic.availability.Leave;
import org.tomatic.availability.LeaveKind;
import org.tomatic.legacy.format.LegacyBusy;
import org.tomatic.legacy.format.LegacyCredit;
import org.tomatic.legacy.format.LegacyData;
import org.tomatic.legacy.format.LegacyDay;
import org.tomatic.legacy.format.LegacyPerson;
import org.tomatic.legacy.format.LegacySettings;
import org.tomatic.legacy.format.LegacyTimetable;
import org.tomatic.legacy.format.LegacyWriter;
import org.tomatic.load.CreditRepository;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;
import org.tomatic.system.TurnGrid;
import org.tomatic.system.TurnGridRepository;
import org.tomatic.timetable.ForcedTurnRepository;
import org.tomatic.timetable.TimetableRepository;

/** Writes Tomatic's data back as a legacy data directory the old tool can read. */
@Service
public class LegacyExporter {

    private final PersonRepository people;
    private final AvailabilityRepository availability;
    private final TurnGridRepository grid;
    private final ForcedTurnRepository forcedTurns;
    private final TimetableRepository timetables;
    private final CreditRepository credits;

    public LegacyExporter(PersonRepository people, AvailabilityRepository availability, TurnGridRepository grid,
                          ForcedTurnRepository forcedTurns, TimetableRepository timetables, CreditRepository credits) {
        this.people = people;
        this.availability = availability;
        this.grid = grid;
        this.forcedTurns = forcedTurns;
        this.timetables = timetables;
        this.credits = credits;
    }

    /** Writes every file; {@code week} (a Monday, may be null) selects the vacations file's week. */
    @Transactional(readOnly = true)
    public LegacyData export(Path dir, LocalDate week) throws IOException {
        LegacyData data = snapshot(week);
        LegacyWriter.write(data, dir, week);
        return data;
    }

    LegacyData snapshot(LocalDate week) {
        TurnGrid turnGrid = grid.get();
        List<String> hours = turnGrid.boundaries().stream().map(LocalTime::toString).toList();
        List<LegacyPerson> persons = people.findAll().stream().map(LegacyExporter::toLegacy).toList();
        LegacySettings settings = new LegacySettings(hours, turnGrid.lines(), turnGrid.maxPerDay(),
            turnGrid.maxOverload(), turnGrid.maxHolesPerTurn(), turnGrid.weekdays(), List.of());
        List<BusyEntry> busy = availability.allBusy();
        List<Leave> leaves = availability.allLeaves();
        List<LegacyBusy> vacations = new ArrayList<>();
        if (week != null) {
            for (Leave l : leaves) {
                if (l.kind() == LeaveKind.VACATION && l.start() != null && l.end() != null) {
                    for (LocalDate d = week; d.isBefore(week.plusDays(7)); d = d.plusDays(1)) {
                        if (l.covers(d) && turnGrid.weekdays().contains(d.getDayOfWeek())) {
                            vacations.add(new LegacyBusy(l.personId(), true, null, d, turnGrid.allTurns(),
                                l.note() == null ? "vacances" : l.note(), null));
                        }
                    }
                }
            }
        }
        List<String> longLeaves = leaves.stream().filter(l -> l.start() == null && l.end() == null)
            .map(Leave::personId).toList();
        List<LegacyTimetable> legacyTimetables = timetables.weeks().stream()
            .map(w -> LegacyMapping.toLegacy(timetables.find(w).orElseThrow())).toList();
        List<LegacyCredit> creditSnapshots = credits.weeks().stream()
            .map(w -> LegacyMapping.credit(w, credits.snapshot(w))).toList();
        var forced = forcedTurns.all();
        return new LegacyData(persons, settings,
            busy.stream().filter(b -> !b.oneOff()).map(LegacyMapping::toLegacy).toList(),
            busy.stream().filter(BusyEntry::oneOff).map(LegacyMapping::toLegacy).toList(),
            vacations, longLeaves,
            availability.holidays().stream().map(d -> new LegacyDay(d.date(), d.name(), null)).toList(),
            availability.noServiceDays().stream().map(d -> new LegacyDay(d.date(), d.name(), null)).toList(),
            forced.isEmpty() ? null : LegacyMapping.toLegacyGrid(forced, turnGrid.weekdays(), hours, turnGrid.lines()),
            legacyTimetables, creditSnapshots, Set.of());
    }

    private static LegacyPerson toLegacy(Person p) {
        List<String> groups = new ArrayList<>(p.groups());
        if (p.role() == Role.ADMIN && !groups.contains(LegacyImporter.ADMIN_GROUP)) {
            groups.add(LegacyImporter.ADMIN_GROUP);
        }
        return new LegacyPerson(p.id(), p.name(), p.extension(), p.email(), p.erpUser(), p.colour(), p.desk(),
            groups, p.idealLoad(), p.maxPerDay(), p.active());
    }
}
