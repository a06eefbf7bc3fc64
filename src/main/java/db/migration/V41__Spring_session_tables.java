package db.migration;

import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Spring Session JDBC's tables (its schema-postgresql.sql), where instances sharing a PostgreSQL keep their
 * logins ({@code org.tomatic.auth.JdbcSessions}). Nothing on H2: a single embedded instance keeps its
 * sessions in memory.
 */
public class V41__Spring_session_tables extends BaseJavaMigration {

    private static final String[] DDL = {
        """
        CREATE TABLE spring_session (
            primary_id            CHAR(36) NOT NULL,
            session_id            CHAR(36) NOT NULL,
            creation_time         BIGINT   NOT NULL,
            last_access_time      BIGINT   NOT NULL,
            max_inactive_interval INT      NOT NULL,
            expiry_time           BIGINT   NOT NULL,
            principal_name        VARCHAR(100),
            CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
        )""",
        "CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id)",
        "CREATE INDEX spring_session_ix2 ON spring_session (expiry_time)",
        "CREATE INDEX spring_session_ix3 ON spring_session (principal_name)",
        """
        CREATE TABLE spring_session_attributes (
            session_primary_id CHAR(36)     NOT NULL,
            attribute_name     VARCHAR(200) NOT NULL,
            attribute_bytes    BYTEA        NOT NULL,
            CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
            CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
                REFERENCES spring_session (primary_id) ON DELETE CASCADE
        )"""
    };

    @Override
    public void migrate(Context context) throws SQLException {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        if (!product.toLowerCase(java.util.Locale.ROOT).contains("postgresql")) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            for (String ddl : DDL) {
                statement.execute(ddl);
            }
        }
    }
}
