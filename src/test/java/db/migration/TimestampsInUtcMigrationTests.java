package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

/** An installation written by a JVM on Madrid time keeps the same instants after V33, now in UTC. */
class TimestampsInUtcMigrationTests {

    @Test
    void localTimesOfTheOldZoneBecomeUtcAndTheNotificationTablesStayAsTheyWere() throws Exception {
        try (Connection c = databaseAtVersion32();
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO audit_event (occurred_at, actor, entity, entity_id, action) VALUES "
                + "('2026-12-10 00:06:00', 'a', 'person', 'x', 'update'), ('2026-07-16 01:06:00', 'a', 'person', 'y', 'update')");
            s.execute("INSERT INTO notification (kind, subject, body_text, created_at) "
                + "VALUES ('TEST', 's', 'b', '2026-12-09 23:06:00')");

            new V33__Timestamps_in_utc(ZoneId.of("Europe/Madrid")).migrate(context(c));

            assertThat(times(s, "SELECT occurred_at FROM audit_event ORDER BY entity_id")).containsExactly(
                LocalDateTime.of(2026, 12, 9, 23, 6), LocalDateTime.of(2026, 7, 15, 23, 6));
            assertThat(times(s, "SELECT created_at FROM notification"))
                .containsExactly(LocalDateTime.of(2026, 12, 9, 23, 6));
        }
    }

    @Test
    void onAServerInUtcNothingMoves() throws Exception {
        try (Connection c = databaseAtVersion32();
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO audit_event (occurred_at, actor, entity, entity_id, action) "
                + "VALUES ('2026-12-10 00:06:00', 'a', 'person', 'x', 'update')");

            new V33__Timestamps_in_utc(ZoneId.of("UTC")).migrate(context(c));

            assertThat(times(s, "SELECT occurred_at FROM audit_event"))
                .containsExactly(LocalDateTime.of(2026, 12, 10, 0, 6));
        }
    }

    /** A fresh database as it was before V33. */
    private static Connection databaseAtVersion32() throws Exception {
        String url = "jdbc:h2:mem:v33-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").target("32").load().migrate();
        return DriverManager.getConnection(url, "sa", "");
    }

    private static java.util.List<LocalDateTime> times(Statement s, String sql) throws Exception {
        java.util.List<LocalDateTime> out = new java.util.ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getObject(1, LocalDateTime.class));
            }
        }
        return out;
    }

    private static Context context(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
