package org.tomatic.stats;

import java.sql.Types;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes recorded queue calls in bulk, as the recorder would have written them one event at a time: the demo's call
 * history and the staffing benchmark's. Local times in the turn grid's zone, as every queue call.
 */
@Repository
public class RecordedCalls {

    /** Rows sent to the database at once. */
    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;

    public RecordedCalls(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the calls (their references must be new) into {@code queue}'s record. */
    public void insertAll(String queue, List<QueueCall> calls) {
        String sql = """
            INSERT INTO queue_call (call_ref, queue_name, caller_number, joined_at, answered_at, ended_at, person_id,
              outcome, wait_seconds, talk_seconds, unanswered_rings, out_of_hours)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
        int[] types = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP, Types.TIMESTAMP, Types.TIMESTAMP,
            Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.BOOLEAN};
        for (int from = 0; from < calls.size(); from += BATCH) {
            List<Object[]> rows = calls.subList(from, Math.min(calls.size(), from + BATCH)).stream()
                .map(c -> new Object[] {c.callRef(), queue, c.callerNumber(), c.joinedAt(), c.answeredAt(), c.endedAt(),
                    c.personId(), c.outcome().name(), c.waitSeconds(), c.talkSeconds(), c.unansweredRings(),
                    c.outOfHours()})
                .toList();
            jdbc.batchUpdate(sql, rows, types);
        }
    }
}
