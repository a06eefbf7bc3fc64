package org.tomatic.planner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.tomatic.system.Utc;

@Repository
class PlanningRunRepository {

    private static final String COLUMNS = """
        id, week, state, lines, time_limit_seconds, description, created_by, created_at, started_at, finished_at,
        best_cost, bound, optimal, filled, cells, log, published_at, lines_from_staffing""";

    private final JdbcClient jdbc;

    PlanningRunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(LocalDate week, Integer lines, int timeLimitSeconds, String description, String createdBy,
                Instant now) {
        return insert(week, lines, false, timeLimitSeconds, description, createdBy, now);
    }

    long insert(LocalDate week, Integer lines, boolean linesFromStaffing, int timeLimitSeconds, String description,
                String createdBy, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO planning_run (week, state, lines, lines_from_staffing, time_limit_seconds, description,
                                          created_by, created_at)
                VALUES (:week, 'QUEUED', :lines, :fromStaffing, :limit, :description, :by, :now)""")
            .param("week", week).param("lines", lines).param("fromStaffing", linesFromStaffing)
            .param("limit", timeLimitSeconds)
            .param("description", description).param("by", createdBy).param("now", Utc.db(now))
            .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<PlanningRun> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM planning_run ORDER BY id DESC").query(PlanningRunRepository::map)
            .list();
    }

    List<PlanningRun> inState(PlanningRun.State state) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM planning_run WHERE state = :s ORDER BY id")
            .param("s", state.name()).query(PlanningRunRepository::map).list();
    }

    Optional<PlanningRun> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM planning_run WHERE id = :id").param("id", id)
            .query(PlanningRunRepository::map).optional();
    }

    /**
     * Takes a queued run for {@code instance}: of instances trying at once, one gets it (the others skip the
     * locked row). Call in a transaction.
     */
    boolean claim(long id, String instance, Instant now) {
        Optional<Long> free = jdbc.sql("SELECT id FROM planning_run WHERE id = :id AND state = 'QUEUED' FOR UPDATE SKIP LOCKED")
            .param("id", id).query(Long.class).optional();
        return free.isPresent() && jdbc.sql("""
                UPDATE planning_run SET state = 'RUNNING', started_at = :now, claimed_by = :me, heartbeat_at = :now
                WHERE id = :id AND state = 'QUEUED'""")
            .param("now", Utc.db(now)).param("me", instance).param("id", id).update() == 1;
    }

    /** The oldest queued run no instance is claiming right now. Call in a transaction. */
    Optional<Long> nextQueued() {
        return jdbc.sql("SELECT id FROM planning_run WHERE state = 'QUEUED' ORDER BY id FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED")
            .query(Long.class).optional();
    }

    /** This instance still searches these runs. */
    void heartbeat(java.util.Collection<Long> ids, String instance, Instant now) {
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE planning_run SET heartbeat_at = :now WHERE id IN (:ids) AND claimed_by = :me AND state = 'RUNNING'")
                .param("now", Utc.db(now)).param("ids", ids).param("me", instance).update();
        }
    }

    record Stale(long id, String claimedBy, boolean hasTimetable) {}

    /** Running runs whose instance has not said it still searches them since {@code before}. */
    List<Stale> stale(Instant before) {
        return jdbc.sql("""
                SELECT id, claimed_by, best_cost FROM planning_run
                WHERE state = 'RUNNING' AND (heartbeat_at IS NULL OR heartbeat_at < :before) ORDER BY id""")
            .param("before", Utc.db(before))
            .query((rs, n) -> new Stale(rs.getLong("id"), rs.getString("claimed_by"), rs.getObject("best_cost") != null))
            .list();
    }

    /** Ends a run its instance left behind, unless it came back meanwhile; whether it ended it. */
    boolean interrupt(long id, PlanningRun.State state, String log, Instant before, Instant now) {
        return jdbc.sql("""
                UPDATE planning_run SET state = :state, log = :log, finished_at = :now
                WHERE id = :id AND state = 'RUNNING' AND (heartbeat_at IS NULL OR heartbeat_at < :before)""")
            .param("state", state.name()).param("log", log).param("now", Utc.db(now)).param("id", id)
            .param("before", Utc.db(before)).update() == 1;
    }

    /** The instance searching (or that last searched) the run. */
    Optional<String> claimedBy(long id) {
        return jdbc.sql("SELECT claimed_by FROM planning_run WHERE id = :id").param("id", id).query(String.class)
            .optional();
    }

    void loadTable(long id, String json) {
        jdbc.sql("UPDATE planning_run SET load_table = :json WHERE id = :id").param("json", json).param("id", id).update();
    }

    void progress(long id, long cost, double bound, int filled, int cells, String progressJson, String resultJson) {
        jdbc.sql("""
                UPDATE planning_run SET best_cost = :cost, bound = :bound, filled = :filled, cells = :cells,
                  progress = :progress, result = :result WHERE id = :id""")
            .param("cost", cost).param("bound", bound).param("filled", filled).param("cells", cells)
            .param("progress", progressJson).param("result", resultJson).param("id", id).update();
    }

    void finished(long id, PlanningRun.State state, boolean optimal, String log, Instant now) {
        jdbc.sql("""
                UPDATE planning_run SET state = :state, optimal = :optimal, log = :log, finished_at = :now
                WHERE id = :id""")
            .param("state", state.name()).param("optimal", optimal).param("log", log)
            .param("now", Utc.db(now)).param("id", id).update();
    }

    void published(long id, Instant now) {
        jdbc.sql("UPDATE planning_run SET published_at = :now WHERE id = :id").param("now", Utc.db(now)).param("id", id).update();
    }

    Optional<String> result(long id) {
        return jdbc.sql("SELECT result FROM planning_run WHERE id = :id").param("id", id).query(String.class)
            .optional().filter(r -> r != null);
    }

    Optional<String> loadTable(long id) {
        return jdbc.sql("SELECT load_table FROM planning_run WHERE id = :id").param("id", id).query(String.class)
            .optional().filter(r -> r != null);
    }

    Optional<String> progress(long id) {
        return jdbc.sql("SELECT progress FROM planning_run WHERE id = :id").param("id", id).query(String.class)
            .optional().filter(r -> r != null);
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM planning_run WHERE id = :id").param("id", id).update();
    }

    private static PlanningRun map(ResultSet rs, int n) throws SQLException {
        return new PlanningRun(rs.getLong("id"), rs.getObject("week", LocalDate.class),
            PlanningRun.State.valueOf(rs.getString("state")), rs.getObject("lines", Integer.class),
            rs.getInt("time_limit_seconds"), rs.getString("description"), rs.getString("created_by"),
            Utc.read(rs, "created_at"), Utc.read(rs, "started_at"),
            Utc.read(rs, "finished_at"), rs.getObject("best_cost", Long.class),
            rs.getObject("bound", Double.class), rs.getBoolean("optimal"), rs.getObject("filled", Integer.class),
            rs.getObject("cells", Integer.class), rs.getString("log"),
            Utc.read(rs, "published_at"), rs.getBoolean("lines_from_staffing"));
    }
}
