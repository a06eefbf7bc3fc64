package org.tomatic.persistence;


import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tomatic.PostgresSchema;
import org.tomatic.availability.AvailabilityRepository;
import org.tomatic.people.PersonRepository;
import org.tomatic.system.AuditLog;
import org.tomatic.system.TurnGridRepository;

/**
 * The same contract on the machine's PostgreSQL (test.sh starts it), in a schema of its own that
 * Flyway creates and the test drops. Override with TOMATIC_TEST_PG_URL / _USER.
 */
@Tag("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "tomatic.demo-data=false")
class PostgresPersistenceTests implements PersistenceContract {

    static final PostgresSchema SCHEMA = PostgresSchema.named("tomatic_test");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        SCHEMA.register(registry);
    }

    @Autowired PersonRepository people;
    @Autowired AvailabilityRepository availability;
    @Autowired TurnGridRepository grid;
    @Autowired AuditLog audit;
    @Autowired org.tomatic.legacy.LegacyImporter importer;
    @Autowired org.tomatic.timetable.TimetableRepository timetables;
    @Autowired org.tomatic.load.CreditService credit;
    @Autowired org.tomatic.planner.PlanningRuns planner;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void empty() {
        for (String table : new String[] {"person", "holiday", "no_service_day", "audit_event", "timetable",
            "turn_credit", "forced_turn", "planning_run"}) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        jdbc.sql("UPDATE turn_grid SET boundaries = '09:00,10:15,11:30,12:45,14:00', lines = 8, max_per_day = 2, "
            + "max_overload = 0, max_holes_per_turn = 2, weekdays = 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY'").update();
    }

    @AfterAll
    static void dropSchema(@Autowired JdbcClient jdbc) {
        SCHEMA.drop(jdbc);
    }

    @Override public PersonRepository people() { return people; }
    @Override public AvailabilityRepository availability() { return availability; }
    @Override public TurnGridRepository grid() { return grid; }
    @Override public AuditLog audit() { return audit; }
    @Override public org.tomatic.legacy.LegacyImporter importer() { return importer; }
    @Override public org.tomatic.timetable.TimetableRepository timetables() { return timetables; }
    @Override public org.tomatic.load.CreditService credit() { return credit; }
    @Override public org.tomatic.planner.PlanningRuns planner() { return planner; }
}
