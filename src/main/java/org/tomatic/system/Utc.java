package org.tomatic.system;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * How instants are kept in the database: every {@code TIMESTAMP} column holds the UTC wall-clock time
 * (the one exception, {@code queue_call}, holds the team's wall-clock time for per-turn statistics).
 * Reading and writing go through here so that neither the JVM's nor the server's zone ever plays a part.
 */
public final class Utc {

    private Utc() {}

    /** The value to bind for a {@code TIMESTAMP} column. */
    public static LocalDateTime db(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    public static Instant read(ResultSet rs, String column) throws SQLException {
        return instant(rs.getObject(column, LocalDateTime.class));
    }
}
