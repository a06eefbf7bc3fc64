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
        properties().forEach((key, value) -> registry.add(key, () -> value));
    }

    /** The properties that point an application at this schema. */
    public java.util.Map<String, String> properties() {
        java.util.Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("spring.datasource.url", URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + name);
        p.put("spring.datasource.username", USER);
        p.put("spring.datasource.password", "");
        p.put("spring.flyway.schemas", name);
        p.put("spring.flyway.create-schemas", "true");
        return p;
    }

    /** A connection of the test's own to the schema (to set it up, look at it, drop it). */
    public JdbcClient client() {
        var ds = new org.springframework.jdbc.datasource.DriverManagerDataSource(properties().get("spring.datasource.url"), USER, "");
        return JdbcClient.create(ds);
    }

    public void drop(JdbcClient jdbc) {
        jdbc.sql("DROP SCHEMA " + name + " CASCADE").update();
    }
}
