package org.tomatic.pbx.extensions;

import java.time.Clock;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.tomatic.people.PersonRepository;
import org.tomatic.system.AuditLog;

/** Tomatic's own database (people, audit trail) for the directory tests: H2 in memory, migrated by Flyway. */
final class TomaticDatabase {

    final DataSource dataSource;
    final JdbcClient jdbc;
    final PersonRepository people;
    final AuditLog audit;

    TomaticDatabase() {
        // One connection throughout: H2 2.4's check constraints keep the session that created them.
        dataSource = new SingleConnectionDataSource(
            "jdbc:h2:mem:extensions-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", true);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        people = new PersonRepository(jdbc);
        audit = new AuditLog(jdbc, Clock.systemDefaultZone());
    }

    void empty() {
        jdbc.sql("DELETE FROM audit_event").update();
        jdbc.sql("DELETE FROM person").update();
    }
}
