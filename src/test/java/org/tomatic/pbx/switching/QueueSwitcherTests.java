package org.tomatic.pbx.switching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.IntegrationTest;
import org.tomatic.MutableClock;
import org.tomatic.availability.AvailabilityRepository;
import org.tomatic.availability.DayOff;
import org.tomatic.availability.DayOffKind;
import org.tomatic.pbx.LiveMember;
import org.tomatic.pbx.PbxProperties;
import org.tomatic.pbx.simulated.SimulatedPbx;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;
import org.tomatic.system.AuditLog;
import org.tomatic.system.TurnGridRepository;
import org.tomatic.timetable.Timetable;
import org.tomatic.timetable.TimetableRepository;

/** A whole working day of turn changes, on a clock the test moves (turns 09:00 10:15 11:30 12:45 14:00, Madrid). */
class QueueSwitcherTests extends IntegrationTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final DayOfWeek MON = DayOfWeek.MONDAY;

    @Autowired PersonRepository people;
    @Autowired TimetableRepository timetables;
    @Autowired AvailabilityRepository availability;
    @Autowired TurnGridRepository grids;
    @Autowired PbxProperties properties;
    @Autowired AuditLog audit;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbcClient;

    private final MutableClock clock = new MutableClock(at(MONDAY, "08:00"), MADRID);
    private final List<TurnStarted> started = new ArrayList<>();
    private SimulatedPbx queue;
    private QueueSwitcher switcher;
    private QueueIntent intent;

    @BeforeEach
    void aTeamAndAWeek() {
        person("anna", "201");
        person("biel", "202");
        person("carla", "203");
        person("dani", null);
        // Monday: turn 0 anna, biel; turn 1 anna, carla, dani (no extension); turn 2 nobody; turn 3 carla.
        List<Timetable.Cell> cells = new ArrayList<>(List.of(
            cell(0, 0, "anna"), cell(0, 1, "biel"), cell(0, 2, null),
            cell(1, 0, "anna"), cell(1, 1, "carla"), cell(1, 2, "dani"),
            cell(2, 0, null), cell(2, 1, null), cell(2, 2, null),
            cell(3, 0, "carla"), cell(3, 1, null), cell(3, 2, null)));
        timetables.replace(new Timetable(MONDAY, List.of(MON, DayOfWeek.TUESDAY),
            List.of("09:00", "10:15", "11:30", "12:45", "14:00"), List.of("L1", "L2", "L3"), cells,
            Timetable.State.PUBLISHED, 0.0, List.of(), List.of(), Map.of(), Timetable.PeopleSnapshot.EMPTY),
            java.time.Instant.now());
        intent = new QueueIntent();
        queue = new SimulatedPbx("support", properties.simulated(), clock, new Random(1));
        switcher = new QueueSwitcher(queue, properties, new TurnClock(grids, availability), timetables, people, jdbcClient,
            audit, event -> {
                if (event instanceof TurnStarted t) {
                    started.add(t);
                }
            }, clock, intent);
        queue.listen(intent::on);
    }

    @AfterEach
    void stopQueue() {
        queue.stop();
    }

    @Test
    void followsTheTimetableThroughADay() {
        switcher.tick();
        assertThat(members()).as("closed before 09:00").isEmpty();
        assertThat(started).singleElement().satisfies(t -> assertThat(t.slot().isOpen()).isFalse());

        clock.set(at(MONDAY, "09:00"));
        switcher.tick();
        assertThat(members()).containsExactly("PJSIP/201", "PJSIP/202");
        assertThat(started).hasSize(2);
        assertThat(started.get(1).slot()).isEqualTo(new TurnSlot(MONDAY, 0, LocalTime.of(9, 0), LocalTime.of(10, 15)));
        assertThat(started.get(1).personIds()).containsExactly("anna", "biel");

        clock.set(at(MONDAY, "09:40"));
        queue.pause("PJSIP/201", "Meal");
        queue.add(new org.tomatic.pbx.Member("PJSIP/204", "Extra", null));
        switcher.tick();
        assertThat(started).as("same turn: nothing to do").hasSize(2);
        assertThat(members()).contains("PJSIP/204");

        clock.set(at(MONDAY, "10:15"));
        switcher.tick();
        assertThat(members()).as("dani has no extension; the extra member is removed").containsExactly("PJSIP/201", "PJSIP/203");
        LiveMember anna = queue.read().member("PJSIP/201").orElseThrow();
        assertThat(anna.paused()).as("anna stays and keeps her pause").isTrue();
        assertThat(anna.pausedReason()).isEqualTo("Meal");
        assertThat(started.get(2).change().removed()).containsExactlyInAnyOrder("PJSIP/202", "PJSIP/204");
        assertThat(audit.recent(5)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("turn");
            assertThat(e.detail()).contains("no extension: dani");
        });

        clock.set(at(MONDAY, "11:30"));
        switcher.tick();
        assertThat(members()).as("a turn with nobody").isEmpty();

        clock.set(at(MONDAY, "12:45"));
        switcher.tick();
        assertThat(members()).containsExactly("PJSIP/203");

        clock.set(at(MONDAY, "14:00"));
        switcher.tick();
        assertThat(members()).as("closing time").isEmpty();
        assertThat(started.get(started.size() - 1).slot().isOpen()).isFalse();
        assertThat(started).hasSize(6);

        clock.set(at(MONDAY, "18:00"));
        switcher.tick();
        assertThat(started).as("still closed the same day").hasSize(6);
    }

    @Test
    void aMissedBoundaryIsCaughtUpAtTheNextCheck() {
        clock.set(at(MONDAY, "10:20"));
        switcher.tick();
        assertThat(members()).containsExactly("PJSIP/201", "PJSIP/203");
        assertThat(started).singleElement().satisfies(t -> assertThat(t.slot().turn()).isEqualTo(1));
    }

    @Test
    void aHolidayKeepsTheQueueEmpty() {
        availability.putDayOff(DayOffKind.HOLIDAY, new DayOff(MONDAY, "Sant Andreu"));
        clock.set(at(MONDAY, "09:30"));
        switcher.tick();
        assertThat(members()).isEmpty();
        assertThat(started).singleElement().satisfies(t -> assertThat(t.slot().isOpen()).isFalse());
    }

    @Test
    void aWeekendIsClosed() {
        clock.set(at(MONDAY.minusDays(1), "10:00"));
        switcher.tick();
        assertThat(members()).isEmpty();
    }

    /** A pause the PBX holds that Tomatic did not hear of (made during a cut) is kept by the restore, and learnt. */
    @Test
    void aReconnectKeepsAPauseTomaticDidNotHearOf() {
        QueueIntent deaf = new QueueIntent();
        QueueSwitcher unaware = new QueueSwitcher(queue, properties, new TurnClock(grids, availability), timetables, people,
            jdbcClient, audit, event -> { }, clock, deaf);
        clock.set(at(MONDAY, "09:05"));
        unaware.tick();
        queue.pause("PJSIP/201", "Meal");

        unaware.resume("PBX reconnected");
        assertThat(queue.read().member("PJSIP/201").orElseThrow().paused()).isTrue();
        assertThat(deaf.members()).filteredOn(QueueIntent.Intended::paused)
            .singleElement().satisfies(i -> assertThat(i.pauseReason()).isEqualTo("Meal"));
    }

    @Test
    void aRestartMidTurnReaddsTheTurnAndKeepsHandChanges() {
        clock.set(at(MONDAY, "09:05"));
        switcher.tick();
        queue.add(new org.tomatic.pbx.Member("PJSIP/204", "Extra", null));
        queue.remove("PJSIP/202");

        // Tomatic restarts in the same turn (a new process: it knows nothing of the hand changes): biel comes
        // back, the extra member stays, no new TurnStarted.
        clock.set(at(MONDAY, "09:30"));
        switcher = new QueueSwitcher(queue, properties, new TurnClock(grids, availability), timetables, people, jdbcClient,
            audit, event -> {
                if (event instanceof TurnStarted t) {
                    started.add(t);
                }
            }, clock, new QueueIntent());
        switcher.resume("start-up");
        assertThat(members()).containsExactlyInAnyOrder("PJSIP/201", "PJSIP/202", "PJSIP/204");
        assertThat(started).hasSize(1);

        // A restart after a boundary was missed applies the new turn in full.
        clock.set(at(MONDAY, "10:30"));
        switcher.resume("start-up");
        assertThat(members()).containsExactly("PJSIP/201", "PJSIP/203");
        assertThat(started).hasSize(2);
    }

    @Test
    void anEditOfTheTurnOnNowMovesOnlyThosePeople() {
        clock.set(at(MONDAY, "09:05"));
        switcher.tick();
        queue.pause("PJSIP/201", "Meal");
        // biel's cell goes to carla in the timetable (as the editor would store it).
        assertThat(timetables.setCell(MONDAY, MON, 0, 1, "carla", timetables.version(MONDAY).orElseThrow())).isTrue();

        switcher.cellChanged(MONDAY, MON, 0, "biel", "carla", "coordina");
        assertThat(members()).containsExactly("PJSIP/201", "PJSIP/203");
        assertThat(queue.read().member("PJSIP/201").orElseThrow().paused()).isTrue();
        assertThat(audit.recent(1).get(0).detail()).contains("biel → carla");

        switcher.cellChanged(MONDAY, MON, 1, "anna", "biel", "coordina");
        assertThat(members()).as("another turn: nothing happens now").containsExactly("PJSIP/201", "PJSIP/203");
    }

    @Test
    void previewsWithoutTouchingTheQueue() {
        QueuePlan plan = switcher.planAt(at(MONDAY, "10:30"));
        assertThat(plan.personIds()).containsExactly("anna", "carla");
        assertThat(plan.withoutExtension()).containsExactly("dani");
        assertThat(plan.slot().label()).isEqualTo("10:15 – 11:30");
        assertThat(members()).isEmpty();
    }

    private List<String> members() {
        return queue.read().members().stream().map(LiveMember::memberInterface).toList();
    }

    private void person(String id, String extension) {
        people.insert(new Person(id, id.substring(0, 1).toUpperCase() + id.substring(1), null, extension, null, "aabbcc",
            null, List.of(), 3, null, true, Role.AGENT, 0));
    }

    private static Timetable.Cell cell(int turn, int line, String person) {
        return new Timetable.Cell(MON, turn, line, person, false);
    }

    private static java.time.Instant at(LocalDate date, String time) {
        return date.atTime(LocalTime.parse(time)).atZone(MADRID).toInstant();
    }

}
