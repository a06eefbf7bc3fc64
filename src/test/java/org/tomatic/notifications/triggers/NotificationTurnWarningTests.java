package org.tomatic.notifications.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.tomatic.IntegrationTest;
import org.tomatic.MutableClock;
import org.tomatic.availability.AvailabilityRepository;
import org.tomatic.availability.DayOff;
import org.tomatic.availability.DayOffKind;
import org.tomatic.notifications.MessageTemplates;
import org.tomatic.notifications.Notification;
import org.tomatic.notifications.NotificationPeers;
import org.tomatic.notifications.NotificationProperties;
import org.tomatic.notifications.Notifier;
import org.tomatic.notifications.WebhookPeer;
import org.tomatic.pbx.switching.QueueSwitcher;
import org.tomatic.pbx.switching.TurnClock;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;
import org.tomatic.system.TurnGridRepository;
import org.tomatic.timetable.Timetable;
import org.tomatic.timetable.TimetableRepository;

/**
 * The warning before a turn change, on a clock the test moves: at 10:10 for the 10:15 turn (not before),
 * once, with who is on which line and the extra lines; before closing time only when asked.
 */
class NotificationTurnWarningTests extends IntegrationTest {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @Autowired TurnGridRepository grids;
    @Autowired TurnClock turnClock;
    @Autowired QueueSwitcher switcher;
    @Autowired TimetableRepository timetables;
    @Autowired MessageTemplates templates;
    @Autowired Texts texts;
    @Autowired Notifier notifier;
    @Autowired NotificationProperties properties;
    @Autowired PlatformTransactionManager transactions;
    @Autowired PersonRepository people;
    @Autowired AvailabilityRepository availability;

    final MutableClock clock = new MutableClock(at(MONDAY, "10:09:59"), MADRID);
    final List<Notification> sent = new ArrayList<>();
    final Notifier recorder = new Notifier() {
        @Override
        public void team(Notification notification) {
            sent.add(notification);
        }

        @Override
        public void person(String personId, Notification notification) {
            throw new AssertionError("no personal message expected");
        }
    };

    @BeforeEach
    void aPublishedWeek() {
        people.insert(new Person("anna", "Anna", null, "201", null, "aabbcc", null, List.of(), 3, null, true, Role.AGENT, 0));
        people.insert(new Person("biel", "Biel", null, "202", null, "aabbcc", null, List.of(), 3, null, true, Role.AGENT, 0));
        people.insert(new Person("carla", "Carla", null, null, null, "aabbcc", null, List.of(), 3, null, true, Role.AGENT, 0));
        timetables.replace(new Timetable(MONDAY, List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY),
            List.of("09:00", "10:15", "11:30", "12:45", "14:00"), List.of("L1", "L2", "L3"),
            List.of(new Timetable.Cell(DayOfWeek.MONDAY, 1, 1, "biel", false),
                new Timetable.Cell(DayOfWeek.MONDAY, 1, 0, "anna", false),
                new Timetable.Cell(DayOfWeek.MONDAY, 1, 2, "carla", false),
                new Timetable.Cell(DayOfWeek.MONDAY, 2, 0, "biel", false)),
            Timetable.State.PUBLISHED, null, List.of(), List.of(), Map.of(), Timetable.PeopleSnapshot.EMPTY),
            java.time.Instant.now());
    }

    @Test
    void firesOnceAtTheRightMinuteWithWhoAndLines() {
        TurnWarning warning = warning(recorder, false);

        assertThat(warning.check()).isEmpty();
        assertThat(sent).isEmpty();

        clock.set(at(MONDAY, "10:10"));
        assertThat(warning.check()).contains(at(MONDAY, "10:15"));
        assertThat(sent).singleElement().satisfies(n -> {
            assertThat(n.type()).isEqualTo("turn-warning");
            assertThat(n.subject()).isEqualTo("Al telèfon a les 10:15");
            assertThat(n.text()).isEqualTo("""
                A les 10:15 (d'aquí a 5 minuts) comença el torn 10:15 – 11:30. Al telèfon:
                - L1: Anna (201)
                - L2: Biel (202)
                - L3: Carla

                Pàgina de trucades: https://tomatic.example.coop/calls""");
            assertThat(n.fields()).containsEntry("date", "2026-11-30").containsEntry("start", "10:15")
                .containsEntry("turn", 1);
        });

        for (String later : List.of("10:11", "10:14:59", "10:15", "11:00")) {
            clock.set(at(MONDAY, later));
            assertThat(warning.check()).as(later).isEmpty();
        }
        assertThat(sent).hasSize(1);

        clock.set(at(MONDAY, "11:26"));
        assertThat(warning.check()).contains(at(MONDAY, "11:30"));
        assertThat(sent.get(1).text()).contains("(d'aquí a 4 minuts)").contains("- L1: Biel (202)");
    }

    @Test
    void anotherInstanceDoesNotWarnAgain() {
        clock.set(at(MONDAY, "10:12"));
        assertThat(warning(recorder, false).check()).isPresent();
        assertThat(warning(recorder, false).check()).isEmpty();
        assertThat(sent).hasSize(1);
    }

    @Test
    void beforeClosingTimeOnlyWhenAsked() {
        clock.set(at(MONDAY, "13:55"));
        assertThat(warning(recorder, false).check()).isEmpty();
        assertThat(warning(recorder, true).check()).contains(at(MONDAY, "14:00"));
        assertThat(sent).singleElement().satisfies(n -> {
            assertThat(n.subject()).isEqualTo("La cua tanca a les 14:00");
            assertThat(n.text()).isEqualTo("La cua del telèfon tanca a les 14:00, d'aquí a 5 minuts. Gràcies a tothom!");
        });
    }

    @Test
    void noWarningOnHolidaysWeekendsOrWeeksWithoutATimetable() {
        availability.putDayOff(DayOffKind.HOLIDAY, new DayOff(MONDAY.plusDays(1), "Sant Andreu"));
        for (LocalDate day : List.of(MONDAY.plusDays(1), MONDAY.plusDays(5), MONDAY.plusDays(7))) {
            clock.set(at(day, "10:10"));
            assertThat(warning(recorder, true).check()).as(day.toString()).isEmpty();
        }
        assertThat(sent).isEmpty();
    }

    @Test
    void theWarningReachesTheTeamChannels() throws InterruptedException {
        clock.set(at(MONDAY, "10:10"));
        warning(notifier, false).check();

        assertThat(NotificationPeers.WEBHOOKS.await(NotificationPeers.MATTERMOST, 1, Duration.ofSeconds(10)))
            .singleElement().extracting(WebhookPeer.Received::body).asString()
            .startsWith("{\"text\":\"**Al telèfon a les 10:15**\\nA les 10:15 (d'aquí a 5 minuts)")
            .contains("- L1: Anna (201)\\n- L2: Biel (202)\\n- L3: Carla");
    }

    private TurnWarning warning(Notifier to, boolean closing) {
        NotificationProperties.TurnWarning settings = new NotificationProperties.TurnWarning(true, Duration.ofMinutes(5),
            List.of("Pàgina de trucades: https://tomatic.example.coop/calls", " "), closing);
        NotificationProperties p = new NotificationProperties("ca", properties.publicUrl(), properties.googleChat(),
            properties.slack(), properties.mattermost(), properties.webhook(), properties.email(), properties.delivery(),
            settings);
        return new TurnWarning(grids, turnClock, switcher, timetables, templates, texts, to, p, jdbc, transactions, clock);
    }

    static Instant at(LocalDate date, String time) {
        return date.atTime(LocalTime.parse(time)).atZone(MADRID).toInstant();
    }
}
