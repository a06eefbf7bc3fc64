package org.tomatic.persistence;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
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

    static final String SCHEMA = "tomatic_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    static final String URL = System.getenv().getOrDefault("TOMATIC_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = System.getenv().getOrDefault("TOMATIC_TEST_PG_USER", "postgres");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL + "?currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.flyway.schemas", () -> SCHEMA);
        registry.add("spring.flyway.create-schemas", () -> "true");
    }

    @Autowired PersonRepository people;
    @Autowired AvailabilityRepository availability;
    @Autowired TurnGridRepository grid;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void empty() {
        jdbc.sql("DELETE FROM person").update();
        jdbc.sql("DELETE FROM holiday").update();
        jdbc.sql("DELETE FROM audit_event").update();
    }

    @AfterAll
    static void dropSchema(@Autowired JdbcClient jdbc) {
        jdbc.sql("DROP SCHEMA " + SCHEMA + " CASCADE").update();
    }

    @Override public PersonRepository people() { return people; }
    @Override public AvailabilityRepository availability() { return availability; }
    @Override public TurnGridRepository grid() { return grid; }
    @Override public AuditLog audit() { return audit; }
}
