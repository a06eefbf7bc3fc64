package org.tomatic.ha;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tomatic.MutableClock;
import org.tomatic.PostgresSchema;
import org.tomatic.TestPeople;
import org.tomatic.auth.ApiTokens;
import org.tomatic.system.ClusterEvents;
import org.tomatic.pbx.Pbx;
import org.tomatic.pbx.PbxEvent;
import org.tomatic.pbx.PbxProperties;
import org.tomatic.pbx.WaitingCaller;
import org.tomatic.pbx.switching.TurnStarted;
import org.tomatic.people.PersonRepository;
import org.tomatic.planner.PlanningRun;
import org.tomatic.planner.PlanningRuns;
import org.tomatic.people.PersonService;
import org.tomatic.timetable.Timetable;
import org.tomatic.timetable.TimetableRepository;
import org.tomatic.people.Role;

/**
 * Two Tomatic instances on one PostgreSQL schema, as behind a load balancer: a login, the live pages, the
 * queue switching and the planning runs work whichever instance a request reaches, and survive one
 * instance stopping. The instance that stops is the last test's.
 */
@Tag("postgres")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesPostgresTests {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    /** A Monday. */
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    static final String PASSWORD = "two-instances-pass";

    static final PostgresSchema SCHEMA = PostgresSchema.named("tomatic_ha");
    static final MutableClock CLOCK = new MutableClock(at("08:00"), MADRID);
    static final Map<String, String> PROPERTIES = Map.of(
        "tomatic.pbx.switching.check-every", "200ms",
        "tomatic.planner.heartbeat-every", "200ms",
        "tomatic.planner.heartbeat-timeout", "2s");
    static final List<TurnStarted> STARTED = new java.util.concurrent.CopyOnWriteArrayList<>();

    static Instance a;
    static Instance b;
    static JdbcClient db;
    static String token;

    @BeforeAll
    static void twoInstances() {
        a = Instance.start("a", SCHEMA, CLOCK, PROPERTIES);
        b = Instance.start("b", SCHEMA, CLOCK, PROPERTIES);
        for (Instance i : List.of(a, b)) {
            i.context.addApplicationListener((org.springframework.context.ApplicationListener<
                org.springframework.context.PayloadApplicationEvent<?>>) e -> {
                if (e.getPayload() instanceof TurnStarted t) {
                    STARTED.add(t);
                }
            });
        }
        db = SCHEMA.client();
        PersonService people = a.bean(PersonService.class);
        people.create(TestPeople.person("coord", Role.COORDINATOR), "test");
        people.setPassword("coord", PASSWORD, "test");
        people.create(TestPeople.person("anna", Role.AGENT), "test");
        people.create(TestPeople.person("biel", Role.AGENT), "test");
        people.setPassword("anna", PASSWORD, "test");
        // Monday, one line: anna on the first turn, biel on the second.
        List<Timetable.Cell> cells = new ArrayList<>();
        String[] turns = {"anna", "biel", null, null};
        for (int turn = 0; turn < turns.length; turn++) {
            cells.add(new Timetable.Cell(DayOfWeek.MONDAY, turn, 0, turns[turn], false));
        }
        a.bean(TimetableRepository.class).replace(new Timetable(MONDAY, List.of(DayOfWeek.MONDAY),
            List.of("09:00", "10:15", "11:30", "12:45", "14:00"), List.of("L1"), cells, Timetable.State.PUBLISHED,
            0.0, List.of(), List.of(), Map.of(), Timetable.PeopleSnapshot.EMPTY), Instant.now());
        token = a.bean(ApiTokens.class).create("two instances", Role.COORDINATOR, "coord");
    }

    @AfterAll
    static void stop() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        if (db != null) {
            SCHEMA.drop(db);
        }
    }

    static Instant at(String time) {
        return MONDAY.atTime(LocalTime.parse(time)).atZone(MADRID).toInstant();
    }

    @Test
    @Order(0)
    void healthShowsTheDatabaseThePbxAndTheListenerAndReadinessIsPublic() {
        Web anonymous = new Web();
        var ready = anonymous.get(b, "/actuator/health/readiness");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).isEqualTo("{\"status\":\"UP\"}");
        Web admin = new Web();
        admin.logIn(b, "admin", adminPassword());
        var health = admin.get(b, "/actuator/health");
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"", "\"db\":", "\"pbx\":", "\"events\":",
            "\"listening\":true");
    }

    /** The first start (on A) made the administrator and wrote its password down. */
    private static String adminPassword() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("target/ha-test-data", SCHEMA.name(), "a",
                "initial-admin-password")).strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @Order(1)
    void aLoginThroughOneInstanceIsValidOnTheOtherAndALogoutEndsItEverywhere() {
        Web browser = new Web();
        assertThat(browser.get(b, "/").statusCode()).as("not logged in yet").isEqualTo(302);
        browser.logIn(a, "coord", PASSWORD);
        assertThat(browser.get(a, "/").statusCode()).isEqualTo(200);
        var onB = browser.get(b, "/");
        assertThat(onB.statusCode()).as("the session made on A, on B").isEqualTo(200);
        assertThat(db.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = 'coord'").query(Integer.class).single())
            .isEqualTo(1);

        var logout = browser.postForm(b, "/logout", Map.of("_csrf", Web.csrf(onB.body())));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(browser.get(a, "/").headers().firstValue("Location").orElse(""))
            .as("logged out through B: A sends to the login page").contains("/login");
        assertThat(db.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = 'coord'").query(Integer.class).single())
            .isZero();
    }

    @Test
    @Order(2)
    void aWeekEditedThroughOneInstanceReachesThePagesOpenOnTheOtherWithinASecond() throws Exception {
        Web browser = new Web();
        browser.logIn(b, "coord", PASSWORD);
        BlockingQueue<String> events = Web.queue();
        var stream = browser.events(b, "/timetable/" + MONDAY + "/events", events);
        try {
            assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo("open: 200");
            int version = a.bean(TimetableRepository.class).version(MONDAY).orElseThrow();
            var edit = Web.api(a, "PATCH", "/api/timetables/" + MONDAY + "/cells/" + MONDAY + "/2/0",
                "{\"person\": \"anna\", \"version\": " + version + ", \"confirmBusy\": true}", token);
            assertThat(edit.statusCode()).as(edit.body()).isEqualTo(200);
            // The edit is committed when A answers; its event may well be on B's page already.
            String event = events.poll(1, TimeUnit.SECONDS);
            assertThat(event).as("the edit on A, on B's page within 1 s of A's answer").isEqualTo("changed: api:two instances");
        } finally {
            stream.cancel(true);
        }
    }

    @Test
    @Order(3)
    void afterLosingItsDatabaseConnectionTheListenerReconnectsAndThePagesCatchUp() throws Exception {
        Web browser = new Web();
        browser.logIn(b, "coord", PASSWORD);
        BlockingQueue<String> events = Web.queue();
        var stream = browser.events(b, "/timetable/" + MONDAY + "/events", events);
        try {
            assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo("open: 200");
            ClusterEvents listener = b.bean(ClusterEvents.class);
            assertThat(listener.listening()).isTrue();
            int killed = db.sql("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = ?")
                .param(listener.applicationName()).query(Integer.class).single();
            assertThat(killed).isEqualTo(1);
            // Whatever happened meanwhile, the page is told to look again once the listener is back.
            assertThat(events.poll(15, TimeUnit.SECONDS)).isEqualTo("changed: ");
            assertThat(listener.listening()).isTrue();
        } finally {
            stream.cancel(true);
        }
    }

    @Test
    @Order(4)
    void aCallHeardByBothInstancesIsRecordedOnceAndPopsOnTheAgentsPage() throws Exception {
        Web anna = new Web();
        anna.logIn(b, "anna", PASSWORD);
        BlockingQueue<String> pops = Web.queue();
        var stream = anna.events(b, "/calls/events", pops);
        try {
            assertThat(pops.poll(10, TimeUnit.SECONDS)).isEqualTo("open: 200");
            assertThat(pops.poll(10, TimeUnit.SECONDS)).isEqualTo("ready: ready");
            String ref = "1700000000." + System.nanoTime() % 100000;
            String extension = a.bean(PersonRepository.class).findById("anna").orElseThrow().extension();
            String member = a.bean(PbxProperties.class).memberInterface(extension);
            Instant now = CLOCK.instant();
            // The PBX tells both instances' links at the same moment.
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<?>> heard = new ArrayList<>();
            var threads = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                for (Instance i : List.of(a, b)) {
                    heard.add(threads.submit(() -> {
                        start.await();
                        i.context.publishEvent(new PbxEvent.CallerJoined(now, new WaitingCaller(ref, "+34600100001", null, 1, now)));
                        i.context.publishEvent(new PbxEvent.AgentCalled(now, member, "Anna", ref, "+34600100001"));
                        i.context.publishEvent(new PbxEvent.AgentRingNoAnswer(now.plusMillis(i == a ? 0 : 30), member, ref,
                            Duration.ofSeconds(15)));
                        return null;
                    }));
                }
                start.countDown();
                for (var f : heard) {
                    f.get(10, TimeUnit.SECONDS);
                }
            } finally {
                threads.shutdownNow();
            }
            assertThat(db.sql("SELECT COUNT(*) FROM queue_call WHERE call_ref = ?").param(ref).query(Integer.class).single())
                .isEqualTo(1);
            assertThat(db.sql("SELECT COUNT(*) FROM phone_call WHERE call_ref = ?").param(ref).query(Integer.class).single())
                .isEqualTo(1);
            assertThat(db.sql("SELECT unanswered_rings FROM queue_call WHERE call_ref = ?").param(ref).query(Integer.class)
                .single()).as("one unanswered ring, told by both links").isEqualTo(1);
            String pop = pops.poll(5, TimeUnit.SECONDS);
            assertThat(pop).startsWith("call: ").contains("+34600100001");
        } finally {
            stream.cancel(true);
        }
    }

    @Test
    @Order(5)
    void aPlanningRunSearchedOnOneInstanceShowsItsProgressAndEndOnTheOthersPage() throws Exception {
        long run = db.sql("""
                INSERT INTO planning_run (week, state, time_limit_seconds, created_by, created_at)
                VALUES (?, 'QUEUED', 5, 'coord', ?) RETURNING id""")
            .params(MONDAY, ldt(CLOCK.instant())).query(Long.class).single();
        Web browser = new Web();
        browser.logIn(b, "coord", PASSWORD);
        BlockingQueue<String> events = Web.queue();
        var stream = browser.events(b, "/planner/runs/" + run + "/events", events);
        try {
            assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo("open: 200");
            // B tells the others a run is queued: only A hears it, claims it and searches it.
            b.bean(ClusterEvents.class).publish("run-queued", String.valueOf(run));
            List<String> seen = new ArrayList<>();
            String event;
            do {
                event = events.poll(30, TimeUnit.SECONDS);
                assertThat(event).as("events so far: " + seen).isNotNull();
                seen.add(event);
            } while (!event.startsWith("state: ") || event.equals("state: RUNNING"));
            assertThat(db.sql("SELECT claimed_by FROM planning_run WHERE id = ?").param(run).query(String.class).single())
                .isEqualTo(a.bean(ClusterEvents.class).instanceName());
            PlanningRun done = b.bean(PlanningRuns.class).get(run);
            assertThat(event).isEqualTo("state: " + done.state());
            assertThat(seen).first().isEqualTo("state: RUNNING");
            if (done.bestCost() != null) {
                assertThat(seen).as("the saved best timetable's progress, on B").anyMatch(e -> e.startsWith("progress: {"));
            }
        } finally {
            stream.cancel(true);
        }
    }

    @Test
    @Order(6)
    void whenOneInstanceStopsMidTurnTheOtherSwitchesTheNextTurnOnceAndTakesOverThePlanner() throws Exception {
        // Both running: the first turn is applied once between them.
        CLOCK.set(at("09:30"));
        awaitTurn(0);
        awaitTicksAfterwards();
        assertThat(turnRecords("09:00")).as("audit records of the first turn").isEqualTo(1);
        assertThat(STARTED.stream().filter(t -> t.slot().turn() == 0 && t.slot().date().equals(MONDAY)).count()).isEqualTo(1);

        // A run that instance A was searching when it died: running, and silent since.
        long orphan = db.sql("""
                INSERT INTO planning_run (week, state, time_limit_seconds, created_by, created_at, started_at,
                  claimed_by, heartbeat_at)
                VALUES (?, 'RUNNING', 2, 'coord', ?, ?, 'a-host-dead', ?) RETURNING id""")
            .params(MONDAY, ldt(CLOCK.instant()), ldt(CLOCK.instant()), ldt(CLOCK.instant().minusSeconds(300)))
            .query(Long.class).single();

        // A shutdown ends A's open event streams at once instead of waiting for them.
        Web browser = new Web();
        browser.logIn(a, "coord", PASSWORD);
        BlockingQueue<String> events = Web.queue();
        browser.events(a, "/timetable/" + MONDAY + "/events", events);
        assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo("open: 200");
        long closing = System.nanoTime();
        a.close();
        // (a graceful shutdown waits up to 10 s, spring.lifecycle.timeout-per-shutdown-phase, for open requests)
        assertThat(Duration.ofNanos(System.nanoTime() - closing)).as("A's shutdown").isLessThan(Duration.ofSeconds(8));
        assertThat(events.poll(5, TimeUnit.SECONDS)).isEqualTo("closed: ");
        CLOCK.set(at("10:20"));
        awaitTurn(1);
        awaitTicksAfterwards();
        assertThat(turnRecords("10:15")).as("audit records of the second turn").isEqualTo(1);
        assertThat(STARTED.stream().filter(t -> t.slot().turn() == 1 && t.slot().date().equals(MONDAY)).count()).isEqualTo(1);
        String biel = b.bean(PbxProperties.class).memberInterface(
            b.bean(PersonRepository.class).findById("biel").orElseThrow().extension());
        assertThat(b.bean(Pbx.class).read().member(biel)).as("B's queue holds the second turn").isPresent();

        PlanningRuns planner = b.bean(PlanningRuns.class);
        await(Duration.ofSeconds(10), () -> !planner.get(orphan).active(), "the orphan run to be interrupted");
        assertThat(planner.get(orphan).log()).contains("interrupted");
        long again = planner.relaunch(orphan, "coord");
        await(Duration.ofSeconds(60), () -> !planner.get(again).active(), "the relaunched run to end");
        assertThat(db.sql("SELECT claimed_by FROM planning_run WHERE id = ?").param(again).query(String.class).single())
            .isEqualTo(b.bean(ClusterEvents.class).instanceName());
        assertThat(planner.get(again).state()).isIn(PlanningRun.State.DONE, PlanningRun.State.FAILED);
    }

    private static java.time.LocalDateTime ldt(Instant instant) {
        return java.time.LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
    }

    private static int turnRecords(String start) {
        return db.sql("SELECT COUNT(*) FROM audit_event WHERE entity = 'queue' AND action = 'turn' AND detail LIKE ?")
            .param(MONDAY + " " + start + " %").query(Integer.class).single();
    }

    private static void awaitTurn(int turn) {
        await(Duration.ofSeconds(15), () -> db.sql("SELECT COUNT(*) FROM queue_turn WHERE applied_date = ? AND applied_turn = ?")
            .params(MONDAY, turn).query(Integer.class).single() == 1, "turn " + turn + " applied");
    }

    /** Until the queue check has run twice more (on whichever instance), so a second switch would have happened. */
    private static void awaitTicksAfterwards() {
        for (int i = 0; i < 2; i++) {
            java.sql.Timestamp before = lastTick();
            await(Duration.ofSeconds(10), () -> lastTick().after(before), "another queue check");
        }
    }

    private static java.sql.Timestamp lastTick() {
        return db.sql("SELECT locked_at FROM shedlock WHERE name = 'queue-switch'").query(java.sql.Timestamp.class).single();
    }

    static void await(Duration limit, java.util.function.BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + limit + " for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
