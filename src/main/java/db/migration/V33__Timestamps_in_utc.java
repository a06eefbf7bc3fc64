package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * From now on every {@code TIMESTAMP} column holds UTC (see {@code org.tomatic.system.Utc}). Until
 * this version most of them held the JVM's local time, so they are shifted from the zone this JVM
 * runs in (the zone they were written in) to UTC. Nothing to do on a server that runs on UTC.
 * The notification tables held UTC already, {@code queue_call} holds the team's time on purpose.
 */
public class V33__Timestamps_in_utc extends BaseJavaMigration {

    private record Table(String name, List<String> key, List<String> columns) {}

    private static final List<Table> TABLES = List.of(
        new Table("timetable", List.of("week"), List.of("created_at")),
        new Table("audit_event", List.of("id"), List.of("occurred_at")),
        new Table("phone_call", List.of("id"), List.of("received_at", "typified_at")),
        new Table("planning_run", List.of("id"), List.of("created_at", "started_at", "finished_at", "published_at")),
        new Table("timetable_change", List.of("id"), List.of("changed_at")),
        new Table("calendar_token", List.of("token"), List.of("created_at", "revoked_at")),
        new Table("api_token", List.of("id"), List.of("created_at", "revoked_at")),
        new Table("swap_request", List.of("id"), List.of("created_at", "decided_at")),
        new Table("queue_turn", List.of("id"), List.of("applied_at")),
        new Table("notification_template", List.of("template_key", "lang"), List.of("updated_at")),
        new Table("notification_language", List.of("person_id"), List.of("updated_at")),
        new Table("notification_once", List.of("marker"), List.of("created_at")));

    private final ZoneId writtenIn;

    public V33__Timestamps_in_utc() {
        this(ZoneId.systemDefault());
    }

    V33__Timestamps_in_utc(ZoneId writtenIn) {
        this.writtenIn = writtenIn;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        if (writtenIn.normalized().equals(ZoneOffset.UTC)) {
            return;
        }
        Connection connection = context.getConnection();
        for (Table table : TABLES) {
            shift(connection, table);
        }
    }

    private void shift(Connection connection, Table table) throws SQLException {
        String select = "SELECT " + String.join(", ", table.key()) + ", " + String.join(", ", table.columns())
            + " FROM " + table.name();
        String update = "UPDATE " + table.name() + " SET "
            + String.join(", ", table.columns().stream().map(c -> c + " = ?").toList())
            + " WHERE " + String.join(" AND ", table.key().stream().map(k -> k + " = ?").toList());
        try (PreparedStatement read = connection.prepareStatement(select);
             ResultSet rows = read.executeQuery();
             PreparedStatement write = connection.prepareStatement(update)) {
            while (rows.next()) {
                int i = 1;
                for (String column : table.columns()) {
                    write.setObject(i++, toUtc(rows.getObject(column, LocalDateTime.class)));
                }
                for (String key : table.key()) {
                    write.setObject(i++, rows.getObject(key));
                }
                write.addBatch();
            }
            write.executeBatch();
        }
    }

    private LocalDateTime toUtc(LocalDateTime local) {
        return local == null ? null : local.atZone(writtenIn).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
