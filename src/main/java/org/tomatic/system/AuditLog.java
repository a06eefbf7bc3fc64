package org.tomatic.system;

import java.time.Clock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The audit trail: who changed what, when. Every feature writes here through {@link #record}. */
@Service
public class AuditLog {

    public record Event(long id, Instant occurredAt, String actor, String entity, String entityId,
                        String action, String detail) {}

    private static final int MAX_DETAIL = 4000;

    private final JdbcClient jdbc;
    private final Clock clock;

    public AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String actor, String entity, String entityId, String action, String detail) {
        String trimmed = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL - 1) + "…";
        jdbc.sql("""
                INSERT INTO audit_event (occurred_at, actor, entity, entity_id, action, detail)
                VALUES (:at, :actor, :entity, :entityId, :action, :detail)""")
            .param("at", Utc.db(clock.instant()))
            .param("actor", actor)
            .param("entity", entity)
            .param("entityId", entityId)
            .param("action", action)
            .param("detail", trimmed)
            .update();
    }

    public List<Event> forEntity(String entity, String entityId, int limit) {
        return jdbc.sql("""
                SELECT * FROM audit_event WHERE entity = :entity AND entity_id = :entityId
                ORDER BY id DESC FETCH FIRST :limit ROWS ONLY""")
            .param("entity", entity).param("entityId", entityId).param("limit", limit)
            .query((rs, n) -> event(rs)).list();
    }

    /** Everything recorded about one person: their profile, busy entries and leaves. */
    public List<Event> aboutPerson(String personId, int limit) {
        return jdbc.sql("""
                SELECT * FROM audit_event WHERE entity IN ('person', 'busy', 'leave') AND entity_id = :id
                ORDER BY id DESC FETCH FIRST :limit ROWS ONLY""")
            .param("id", personId).param("limit", limit)
            .query((rs, n) -> event(rs)).list();
    }

    public List<Event> recent(int limit) {
        return jdbc.sql("SELECT * FROM audit_event ORDER BY id DESC FETCH FIRST :limit ROWS ONLY")
            .param("limit", limit).query((rs, n) -> event(rs)).list();
    }

    private static Event event(ResultSet rs) throws SQLException {
        return new Event(rs.getLong("id"), Utc.read(rs, "occurred_at"), rs.getString("actor"), rs.getString("entity"),
            rs.getString("entity_id"), rs.getString("action"), rs.getString("detail"));
    }
}
