package org.tomatic.calls;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tomatic.system.ConflictException;

/** Call categories, managed by administrators. */
@Repository
public class CategoryRepository {

    private final JdbcClient jdbc;

    public CategoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CallCategory> all() {
        return jdbc.sql("SELECT * FROM call_category ORDER BY name").query(CallCategory.class).list();
    }

    public List<CallCategory> enabled() {
        return jdbc.sql("SELECT * FROM call_category WHERE enabled = TRUE ORDER BY name").query(CallCategory.class).list();
    }

    public Optional<CallCategory> find(String code) {
        return jdbc.sql("SELECT * FROM call_category WHERE code = :code").param("code", code)
            .query(CallCategory.class).optional();
    }

    public void insert(CallCategory c) {
        jdbc.sql("INSERT INTO call_category (code, name, keywords, colour, enabled) VALUES (:code, :name, :keywords, :colour, :enabled)")
            .param("code", c.code()).param("name", c.name()).param("keywords", c.keywords())
            .param("colour", c.colour()).param("enabled", c.enabled()).update();
    }

    /** Saves the category if nobody changed it since {@code c.version()} was read. */
    public void update(CallCategory c) {
        int updated = jdbc.sql("""
                UPDATE call_category SET name = :name, keywords = :keywords, colour = :colour, enabled = :enabled,
                  version = version + 1 WHERE code = :code AND version = :version""")
            .param("code", c.code()).param("name", c.name()).param("keywords", c.keywords())
            .param("colour", c.colour()).param("enabled", c.enabled()).param("version", c.version()).update();
        if (updated == 0) {
            throw new ConflictException("The category " + c.code() + " was changed by someone else meanwhile; reload and try again.");
        }
    }
}
