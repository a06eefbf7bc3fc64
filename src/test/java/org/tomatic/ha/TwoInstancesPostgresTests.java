package org.tomatic.ha;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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
import org.tomatic.people.PersonService;
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

    @BeforeAll
    static void twoInstances() {
        a = Instance.start("a", SCHEMA, CLOCK, PROPERTIES);
        b = Instance.start("b", SCHEMA, CLOCK, PROPERTIES);
        db = SCHEMA.client();
        PersonService people = a.bean(PersonService.class);
        people.create(TestPeople.person("coord", Role.COORDINATOR), "test");
        people.setPassword("coord", PASSWORD, "test");
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
}
