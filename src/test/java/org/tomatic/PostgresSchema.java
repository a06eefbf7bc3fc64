package org.tomatic;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A schema of its own on the machine's PostgreSQL (test.sh starts it) for one test class: Flyway
 * creates it, the class drops it. Override the server with TOMATIC_TEST_PG_URL / _USER.
 */
public record PostgresSchema(String name) {

    static final String URL = System.getenv().getOrDefault("TOMATIC_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = System.getenv().getOrDefault("TOMATIC_TEST_PG_USER", "postgres");

    public static PostgresSchema named(String prefix) {
        return new PostgresSchema(prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    }

    public void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + name);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.flyway.schemas", () -> name);
        registry.add("spring.flyway.create-schemas", () -> "true");
    }

    public void drop(JdbcClient jdbc) {
        jdbc.sql("DROP SCHEMA " + name + " CASCADE").update();
    }
}
