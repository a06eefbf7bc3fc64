package org.tomatic.pbx.asterisk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.IntegrationTest;
import org.tomatic.MutableClock;
import org.tomatic.availability.AvailabilityRepository;
import org.tomatic.pbx.LiveMember;
import org.tomatic.pbx.PbxEvent;
import org.tomatic.pbx.PbxProperties;
import org.tomatic.pbx.switching.QueueIntent;
import org.tomatic.pbx.switching.QueueSwitcher;
import org.tomatic.pbx.switching.TurnClock;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;
import org.tomatic.system.AuditLog;
import org.tomatic.system.TurnGridRepository;
import org.tomatic.timetable.Timetable;
import org.tomatic.timetable.TimetableRepository;

/**
 * The turn switcher on the Asterisk adapter against the AMI test peer: a turn is set, a pause with
 * its reason is read back, and after Asterisk restarts (forgetting its dynamic members) the turn
 * is put back as soon as the link is up again.
 */
class AsteriskTurnSwitchTests extends IntegrationTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @Autowired PersonRepository people;
    @Autowired TimetableRepository timetables;
    @Autowired AvailabilityRepository availability;
    @Autowired TurnGridRepository grids;
    @Autowired PbxProperties properties;
    @Autowired AuditLog audit;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbcClient;

    private final MutableClock clock = new MutableClock(MONDAY.atTime(LocalTime.of(9, 5)).atZone(MADRID).toInstant(), MADRID);
    private final ExecutorService reconnects = Executors.newSingleThreadExecutor();
    private AmiTestServer asterisk;
    private AsteriskPbx queue;

    @BeforeEach
    void asteriskAndATurn() {
        people.insert(new Person("anna", "Anna", null, "201", null, "aabbcc", null, List.of(), 3, null, true, Role.AGENT, 0));
        people.insert(new Person("biel", "Biel", null, "202", null, "aabbcc", null, List.of(), 3, null, true, Role.AGENT, 0));
        timetables.replace(new Timetable(MONDAY, List.of(DayOfWeek.MONDAY), List.of("09:00", "10:15", "11:30", "12:45", "14:00"),
            List.of("L1", "L2"), List.of(new Timetable.Cell(DayOfWeek.MONDAY, 0, 0, "anna", false),
                new Timetable.Cell(DayOfWeek.MONDAY, 0, 1, "biel", false)),
            Timetable.State.PUBLISHED, 0.0, List.of(), List.of(), Map.of(), Timetable.PeopleSnapshot.EMPTY), java.time.Instant.now());
        asterisk = new AmiTestServer("support", "tomatic", "s3cret").start();
        queue = new AsteriskPbx("support", new AmiAccount("127.0.0.1", asterisk.port(), "tomatic", "s3cret",
            Duration.ofSeconds(5)), clock, new Backoff(Duration.ofMillis(100), Duration.ofMillis(400)), Duration.ofSeconds(20));
    }

    @AfterEach
    void stop() {
        queue.stop();
        asterisk.close();
        reconnects.shutdownNow();
    }

    @Test
    void setsTheTurnAndAfterARestartPutsBackThePausesAndTheHandChanges() {
        QueueIntent intent = new QueueIntent();
        QueueSwitcher switcher = serverSwitcher(queue, intent);
        java.util.Set<String> removedSeen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        queue.listen(e -> {
            if (e instanceof PbxEvent.MemberRemoved r) {
                removedSeen.add(r.memberInterface());
            }
        });
        queue.connect(Duration.ofSeconds(5));

        switcher.tick();
        assertThat(asterisk.memberInterfaces()).containsExactlyInAnyOrder("PJSIP/201", "PJSIP/202");
        queue.pause("PJSIP/201", "Meal");   // as if paused on the phone, straight in Asterisk: Tomatic hears the event
        LiveMember anna = queue.read().member("PJSIP/201").orElseThrow();
        assertThat(anna.paused()).isTrue();
        assertThat(anna.pausedReason()).isEqualTo("Meal");
        assertThat(anna.name()).isEqualTo("Anna");
        Recorder.until(() -> intent.members().stream().anyMatch(QueueIntent.Intended::paused));
        // A coordinator takes Biel out on the board for the rest of the turn.
        intent.removed("PJSIP/202");
        queue.remove("PJSIP/202");
        // Asterisk's own word of the removal reaches the intent (after any late status of Biel's) before it restarts:
        // a restart that drops that event is another case than this one's.
        Recorder.until(() -> removedSeen.contains("PJSIP/202"));

        asterisk.restart();
        Recorder.until(() -> audit.recent(5).stream().anyMatch(e -> e.detail().startsWith("PBX reconnected")));
        assertThat(asterisk.memberInterfaces()).as("Biel stays out, nobody twice").containsExactly("PJSIP/201");
        LiveMember back = queue.read().member("PJSIP/201").orElseThrow();
        assertThat(back.paused()).isTrue();
        assertThat(back.pausedReason()).isEqualTo("Meal");
    }

    /**
     * With the production link settings: the health says unreachable at once when Asterisk goes, a
     * stalled Asterisk is noticed within 10 s, and after an outage in which Asterisk restarted empty the
     * queue is whole (members and pauses) within 10 s of its return.
     */
    @Test
    void theLinkStateIsHonestAndTheQueueIsWholeSoonAfterAnOutage() throws Exception {
        AsteriskPbx production = new AsteriskPbx("support", new AmiAccount("127.0.0.1", asterisk.port(), "tomatic",
            "s3cret", Duration.ofSeconds(10)), clock);
        try {
            QueueIntent intent = new QueueIntent();
            QueueSwitcher switcher = serverSwitcher(production, intent);
            production.connect(Duration.ofSeconds(5));
            switcher.tick();
            production.pause("PJSIP/202", "Training");
            Recorder.until(() -> intent.members().stream().anyMatch(QueueIntent.Intended::paused));

            long dropped = System.nanoTime();
            asterisk.stop();
            Recorder.until(() -> !production.health().up(), Duration.ofSeconds(1));
            Duration noticed = Duration.ofNanos(System.nanoTime() - dropped);

            Thread.sleep(3000);   // the outage itself: Asterisk is down this long, and comes back empty
            long back = System.nanoTime();
            asterisk.restart();
            Recorder.until(() -> asterisk.memberInterfaces().size() == 2 && pausedFor(production, "PJSIP/202", "Training"),
                Duration.ofSeconds(10));
            Duration whole = Duration.ofNanos(System.nanoTime() - back);
            assertThat(production.health().up()).isTrue();

            long stalled = System.nanoTime();
            asterisk.mute(true);
            Recorder.until(() -> !production.health().up(), Duration.ofSeconds(10));
            Duration stallNoticed = Duration.ofNanos(System.nanoTime() - stalled);
            asterisk.mute(false);
            System.out.printf("AMI link figures: drop shown after %d ms, queue whole %d ms after Asterisk's return, "
                + "stall noticed after %d ms%n", noticed.toMillis(), whole.toMillis(), stallNoticed.toMillis());
        } finally {
            production.stop();
        }
    }

    /** A switcher wired as the server wires it: it hears the PBX's events and re-applies when the link is back. */
    private QueueSwitcher serverSwitcher(AsteriskPbx pbx, QueueIntent intent) {
        QueueSwitcher switcher = new QueueSwitcher(pbx, properties, new TurnClock(grids, availability), timetables, people,
            jdbcClient, audit, e -> { }, clock, intent);
        pbx.listen(intent::on);
        pbx.listen(event -> {
            if (event instanceof PbxEvent.ConnectionChanged c && c.up()) {
                reconnects.execute(() -> switcher.resume("PBX reconnected"));
            }
        });
        return switcher;
    }

    private static boolean pausedFor(AsteriskPbx pbx, String memberInterface, String reason) {
        try {
            return pbx.read().member(memberInterface).map(m -> m.paused() && reason.equals(m.pausedReason())).orElse(false);
        } catch (org.tomatic.pbx.PbxException e) {
            return false;
        }
    }

    /**
     * A reconnect's re-apply and a turn-switch check run at the same moment, as two instances (two
     * switchers on the same queue) would: every round must end with the turn's members exactly once
     * and neither path failing, whoever adds a member first ("Already there" is success).
     */
    @Test
    void aReApplyRacingATurnSwitchNeverFailsNorDuplicates() throws Exception {
        TurnClock turns = new TurnClock(grids, availability);
        QueueSwitcher one = new QueueSwitcher(queue, properties, turns, timetables, people, jdbcClient, audit, e -> { }, clock, new QueueIntent());
        QueueSwitcher other = new QueueSwitcher(queue, properties, turns, timetables, people, jdbcClient, audit, e -> { }, clock, new QueueIntent());
        queue.connect(Duration.ofSeconds(5));
        ExecutorService racers = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 60; round++) {
                if (round % 20 == 0) {
                    asterisk.restart();
                    Recorder.until(this::answers);
                } else {
                    queue.remove("PJSIP/201");
                    queue.remove("PJSIP/202");
                }
                boolean newTurn = round % 2 == 0;
                if (newTurn) {
                    jdbcClient.sql("UPDATE queue_turn SET applied_date = NULL, applied_turn = NULL WHERE id = 1").update();
                }
                java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                java.util.concurrent.Future<?> tick = racers.submit(() -> { start.await(); one.tick(); return null; });
                java.util.concurrent.Future<?> resume = racers.submit(() -> { start.await(); other.resume("PBX reconnected"); return null; });
                start.countDown();
                tick.get(10, java.util.concurrent.TimeUnit.SECONDS);
                resume.get(10, java.util.concurrent.TimeUnit.SECONDS);
                List<String> members = queue.read().members().stream().map(LiveMember::memberInterface).toList();
                assertThat(members).as("round %d", round).containsExactlyInAnyOrder("PJSIP/201", "PJSIP/202");
            }
            assertThat(audit.recent(200)).noneSatisfy(e -> assertThat(e.detail()).contains("refused"));
        } finally {
            racers.shutdownNow();
        }
    }

    private boolean answers() {
        try {
            queue.read();
            return true;
        } catch (org.tomatic.pbx.PbxException e) {
            return false;
        }
    }
}
