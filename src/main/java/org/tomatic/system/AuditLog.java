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

    /**
     * What the audit page asks for: whom it is about (as actor, or as the person a change was about), which kind
     * of record, which days (instants, from inclusive, to exclusive); nulls for no filter.
     */
    public record Filter(String person, String kind, java.time.Instant from, java.time.Instant to) {}

    /** One page of the trail, newest first: {@code limit + 1} rows are read, so the caller knows if more follow. */
    public List<Event> page(Filter filter, int offset, int limit) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (filter.person() != null) {
            where.append(" AND (actor = :person OR (entity IN ('person', 'busy', 'leave') AND entity_id = :person))");
            params.put("person", filter.person());
        }
        if (filter.kind() != null) {
            where.append(" AND entity = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.from() != null) {
            where.append(" AND occurred_at >= :from");
            params.put("from", Utc.db(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND occurred_at < :to");
            params.put("to", Utc.db(filter.to()));
        }
        return jdbc.sql("SELECT * FROM audit_event" + where + " ORDER BY id DESC OFFSET :offset ROWS FETCH FIRST :limit ROWS ONLY")
            .params(params).param("offset", offset).param("limit", limit + 1)
            .query((rs, n) -> event(rs)).list();
    }

    /** The kinds of record the trail holds, for the page's filter. */
    public List<String> kinds() {
        return jdbc.sql("SELECT DISTINCT entity FROM audit_event ORDER BY entity").query(String.class).list();
    }

    /** Who has done something, for the page's filter. */
    public List<String> actors() {
        return jdbc.sql("SELECT DISTINCT actor FROM audit_event ORDER BY actor").query(String.class).list();
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
