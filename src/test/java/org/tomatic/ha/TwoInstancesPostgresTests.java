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
    static final Map<String, String> PROPERTIES = Map.of();

    static Instance a;
    static Instance b;
    static JdbcClient db;
    static String token;

    @BeforeAll
    static void twoInstances() {
        a = Instance.start("a", SCHEMA, CLOCK, PROPERTIES);
        b = Instance.start("b", SCHEMA, CLOCK, PROPERTIES);
        db = SCHEMA.client();
        PersonService people = a.bean(PersonService.class);
        people.create(TestPeople.person("coord", Role.COORDINATOR), "test");
        people.setPassword("coord", PASSWORD, "test");
        people.create(TestPeople.person("anna", Role.AGENT), "test");
        people.create(TestPeople.person("biel", Role.AGENT), "test");
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
            long sent = System.nanoTime();
            var edit = Web.api(a, "PATCH", "/api/timetables/" + MONDAY + "/cells/" + MONDAY + "/2/0",
                "{\"person\": \"anna\", \"version\": " + version + ", \"confirmBusy\": true}", token);
            assertThat(edit.statusCode()).as(edit.body()).isEqualTo(200);
            String event = events.poll(1000 - Duration.ofNanos(System.nanoTime() - sent).toMillis(), TimeUnit.MILLISECONDS);
            assertThat(event).as("the edit on A, on B's page within 1 s of the answer").isEqualTo("changed: api:two instances");
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
}
