package org.tomatic.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.tomatic.availability.AvailabilityRepository;
import org.tomatic.availability.BusyEntry;
import org.tomatic.availability.DayOff;
import org.tomatic.availability.DayOffKind;
import org.tomatic.availability.Leave;
import org.tomatic.availability.LeaveKind;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;
import org.tomatic.system.AuditLog;
import org.tomatic.system.ConflictException;
import org.tomatic.system.TurnGrid;
import org.tomatic.system.TurnGridRepository;

/** Repository behaviour that must hold on every supported database (H2 and PostgreSQL). */
interface PersistenceContract {

    PersonRepository people();

    AvailabilityRepository availability();

    TurnGridRepository grid();

    AuditLog audit();

    org.tomatic.legacy.LegacyImporter importer();

    org.tomatic.timetable.TimetableRepository timetables();

    org.tomatic.load.CreditService credit();

    org.tomatic.planner.PlanningRuns planner();

    private static Person anna() {
        return new Person("anna", "Anna Puig", "anna@example.coop", "2001", "AnnaP", "fbe8bc", 3,
            List.of("factura", "it"), 5, 1, true, Role.COORDINATOR, 0);
    }

    @Test
    default void personRoundTrip() {
        people().insert(anna());

        Person read = people().findById("anna").orElseThrow();
        assertThat(read).isEqualTo(anna());
        assertThat(people().findByEmail("ANNA@EXAMPLE.COOP")).contains(read);
        assertThat(people().deskOccupants()).containsEntry(3, List.of("Anna Puig"));
    }

    @Test
    default void uniqueEmailAndExtensionAreEnforcedByTheDatabase() {
        people().insert(anna());
        Person clash = new Person("jordi", "Jordi", "anna@example.coop", "2002", null, "aabbcc", null, List.of(), null,
            null, true, Role.AGENT, 0);

        assertThatThrownBy(() -> people().insert(clash)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    default void optimisticLockingOnPeople() {
        people().insert(anna());
        Person v0 = people().findById("anna").orElseThrow();
        people().update(v0);

        assertThatThrownBy(() -> people().update(v0)).isInstanceOf(ConflictException.class);
        assertThat(people().findById("anna").orElseThrow().version()).isEqualTo(1);
    }

    @Test
    default void busyEntriesLeavesAndDaysOff() {
        people().insert(anna());
        long weekly = availability().insertBusy(new BusyEntry(null, "anna", DayOfWeek.FRIDAY, null, "0011", false,
            "curs d'idiomes", 0));
        availability().insertBusy(new BusyEntry(null, "anna", null, LocalDate.of(2026, 3, 12), "0011", true,
            "formació", 0));
        availability().insertLeave(new Leave(null, "anna", LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 21),
            LeaveKind.VACATION, null, 0));
        availability().putDayOff(DayOffKind.HOLIDAY, new DayOff(LocalDate.of(2026, 12, 8), "Immaculada"));
        availability().putDayOff(DayOffKind.HOLIDAY, new DayOff(LocalDate.of(2026, 12, 8), "La Puríssima"));

        assertThat(availability().busyOf("anna")).hasSize(2).first().satisfies(b -> {
            assertThat(b.id()).isEqualTo(weekly);
            assertThat(b.weekday()).isEqualTo(DayOfWeek.FRIDAY);
            assertThat(b.reason()).isEqualTo("curs d'idiomes");
        });
        assertThat(availability().leavesOf("anna")).singleElement()
            .satisfies(l -> assertThat(l.covers(LocalDate.of(2026, 8, 10))).isTrue());
        assertThat(availability().holidays()).containsExactly(new DayOff(LocalDate.of(2026, 12, 8), "La Puríssima"));

        people().delete("anna");
        assertThat(availability().busyOf("anna")).isEmpty();
    }

    @Test
    default void turnGridDefaultsAndLocking() {
        TurnGrid grid = grid().get();
        assertThat(grid.turns()).isEqualTo(4);
        assertThat(grid.timeZone().getId()).isEqualTo("Europe/Madrid");
        assertThat(grid.maxPerDay()).isEqualTo(2);

        grid().save(new TurnGrid(grid.weekdays(), grid.boundaries(), 7, grid.timeZone(), 2, 0.5, 2, grid.version()));

        assertThat(grid().get().lines()).isEqualTo(7);
        assertThatThrownBy(() -> grid().save(grid)).isInstanceOf(ConflictException.class);
        grid().save(new TurnGrid(grid.weekdays(), grid.boundaries(), grid.lines(), grid.timeZone(), 2, 0, 2,
            grid().get().version()));
    }

    @Test
    default void auditEventsAreKeptNewestFirst() {
        audit().record("carla", "person", "anna", "create", "first");
        audit().record("carla", "person", "anna", "update", "second");

        assertThat(audit().forEntity("person", "anna", 10)).extracting(AuditLog.Event::detail)
            .containsExactly("second", "first");
    }

    @Test
    default void theLegacyImportIsLosslessAndIdempotentHereToo() {
        java.nio.file.Path fixture = java.nio.file.Path.of("src/test/resources/legacy/sample");
        LocalDate week = LocalDate.of(2026, 3, 30);

        var first = importer().importDirectory(fixture, week, false, "test");
        var again = importer().importDirectory(fixture, week, false, "test");

        assertThat(first.errors()).isEmpty();
        assertThat(first.changedAnything()).isTrue();
        assertThat(again.changedAnything()).as(String.join("\n", again.lines())).isFalse();
        var timetable = timetables().find(week).orElseThrow();
        assertThat(timetable.cells()).isNotEmpty();
        assertThat(timetable.penalties()).isNotEmpty();
        assertThat(credit().creditAt(week.plusWeeks(1))).isNotEmpty();
    }

    @Test
    default void aPlanningRunIsStoredAndPublished() {
        grid().save(new TurnGrid(grid().get().weekdays(), grid().get().boundaries(), 1, grid().get().timeZone(), 2, 0,
            2, grid().get().version()));
        people().insert(new Person("anna", "Anna", null, null, null, "aabbcc", null, List.of(), 5, null, true,
            Role.AGENT, 0));
        people().insert(new Person("pau", "Pau", null, null, null, "aabbcc", null, List.of(), 5, null, true,
            Role.AGENT, 0));
        LocalDate week = LocalDate.of(2027, 2, 1);

        var run = planner().runNow(week, null, java.time.Duration.ofSeconds(10), "contract", "test", p -> { });
        int changed = planner().publish(run.id(), "test");

        assertThat(run.state()).isEqualTo(org.tomatic.planner.PlanningRun.State.DONE);
        assertThat(run.filled()).isEqualTo(10);
        assertThat(planner().result(run.id()).timetable()).containsKeys("dl", "dv");
        assertThat(changed).isEqualTo(20);
        assertThat(timetables().find(week).orElseThrow().overload()).containsKeys("anna", "pau");
        assertThat(credit().creditAt(week.plusWeeks(1))).containsKeys("anna", "pau");
    }
}
