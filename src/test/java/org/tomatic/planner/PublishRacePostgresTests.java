package org.tomatic.planner;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link PublishRaceContract} on the machine's PostgreSQL (test.sh starts it), in a schema of its own
 * that Flyway creates and the test drops. Override with TOMATIC_TEST_PG_URL / _USER.
 */
@Tag("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
    "tomatic.demo-data=false",
    "tomatic.data-dir=target/test-data",
    "tomatic.pbx.switching.enabled=false",
    "tomatic.pbx.simulated.calls-per-hour=0"
})
class PublishRacePostgresTests implements PublishRaceContract {

    static final String SCHEMA = "tomatic_race_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    static final String URL = System.getenv().getOrDefault("TOMATIC_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = System.getenv().getOrDefault("TOMATIC_TEST_PG_USER", "postgres");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.flyway.schemas", () -> SCHEMA);
        registry.add("spring.flyway.create-schemas", () -> "true");
    }

    @Autowired ApplicationContext context;

    @Override
    public ApplicationContext context() {
        return context;
    }

    @AfterAll
    static void dropSchema(@Autowired JdbcClient jdbc) {
        jdbc.sql("DROP SCHEMA " + SCHEMA + " CASCADE").update();
    }
}
