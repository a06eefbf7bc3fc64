package org.tomatic.pbx;

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
import org.tomatic.pbx.simulated.SimulatedPbx;
import org.tomatic.pbx.switching.QueueSwitcher;
import org.tomatic.pbx.switching.TurnClock;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;
import org.tomatic.system.AuditLog;
import org.tomatic.system.TurnGridRepository;
import org.tomatic.timetable.Timetable;
import org.tomatic.timetable.TimetableRepository;

/** Scheduled people paused, unplugged or missing for longer than the limit (10 minutes) are flagged once. */
class AdherenceTests extends IntegrationTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @Autowired PersonRepository people;
    @Autowired TimetableRepository timetables;
    @Autowired AvailabilityRepository availability;
    @Autowired TurnGridRepository grids;
    @Autowired PbxProperties properties;
    @Autowired AuditLog audit;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbcClient;

    private final MutableClock clock = new MutableClock(at("09:00"), MADRID);
    private final List<Object> published = new ArrayList<>();
    private SimulatedPbx queue;
    private Adherence adherence;

    @BeforeEach
    void aTurnOfThree() {
        for (String[] p : List.of(new String[] {"anna", "201"}, new String[] {"biel", "202"}, new String[] {"carla", "203"})) {
            people.insert(new Person(p[0], p[0], null, p[1], null, "aabbcc", null, List.of(), 3, null, true, Role.AGENT, 0));
        }
        timetables.replace(new Timetable(MONDAY, List.of(DayOfWeek.MONDAY), List.of("09:00", "10:15", "11:30", "12:45", "14:00"),
            List.of("L1", "L2", "L3"), List.of(cell(0, "anna"), cell(1, "biel"), cell(2, "carla")),
            Timetable.State.PUBLISHED, 0.0, List.of(), List.of(), Map.of(), Timetable.PeopleSnapshot.EMPTY), java.time.Instant.now());
        queue = new SimulatedPbx("support", properties.simulated(), clock, new Random(1));
        TurnClock turnClock = new TurnClock(grids, availability);
        QueueSwitcher switcher = new QueueSwitcher(queue, properties, turnClock, timetables, people, jdbcClient, audit,
            e -> { }, clock, new org.tomatic.pbx.switching.QueueIntent());
        LiveQueue live = new LiveQueue(queue, clock, e -> { });
        queue.listen(live::on);
        adherence = new Adherence(switcher, turnClock, live, grids, published::add, clock, properties);
        switcher.tick();
        live.reload();
    }

    @AfterEach
    void stop() {
        queue.stop();
    }

    @Test
    void flagsWhoIsNotAnsweringForTooLongOnce() {
        clock.set(at("09:05"));
        queue.pause("PJSIP/201", "Meal");
        queue.setDeviceState("PJSIP/202", MemberState.UNAVAILABLE);
        queue.remove("PJSIP/203");

        clock.set(at("09:14"));
        adherence.check();
        assertThat(published).as("not yet ten minutes").isEmpty();
        assertThat(adherence.statuses()).extracting(Adherence.Status::kind)
            .containsExactly(Adherence.Kind.PAUSED, Adherence.Kind.UNAVAILABLE, Adherence.Kind.NOT_IN_QUEUE);

        clock.set(at("09:15:30"));
        adherence.check();
        assertThat(published).hasSize(3);
        AgentAbsent anna = (AgentAbsent) published.get(0);
        assertThat(anna.personId()).isEqualTo("anna");
        assertThat(anna.kind()).isEqualTo(Adherence.Kind.PAUSED);
        assertThat(anna.pauseReason()).isEqualTo("Meal");
        assertThat(anna.since()).isEqualTo(at("09:05"));
        assertThat(((AgentAbsent) published.get(2)).since()).as("missing since removed").isEqualTo(at("09:05"));

        clock.set(at("09:20"));
        adherence.check();
        assertThat(published).as("announced once").hasSize(3);

        queue.resume("PJSIP/201");
        clock.set(at("09:25"));
        adherence.check();
        assertThat(adherence.statuses().get(0).kind()).isNull();
        queue.pause("PJSIP/201", "Break");
        clock.set(at("09:40"));
        adherence.check();
        assertThat(published).as("a new pause is a new spell").hasSize(4);
    }

    private static Timetable.Cell cell(int line, String person) {
        return new Timetable.Cell(DayOfWeek.MONDAY, 0, line, person, false);
    }

    private static java.time.Instant at(String time) {
        return MONDAY.atTime(LocalTime.parse(time)).atZone(MADRID).toInstant();
    }

}
