package org.tomatic.callinfo.embedded;

import java.time.Clock;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.tomatic.callinfo.PhoneNumbers;

/**
 * A migrated database of its own for the embedded directory's tests, without a Spring context: a
 * fresh in-memory H2, or a fresh schema of the machine's PostgreSQL (TOMATIC_TEST_PG_URL / _USER)
 * that {@link #close} drops.
 */
final class EmbeddedTestDatabase implements AutoCloseable {

    static final PhoneNumbers PHONES = new PhoneNumbers("34");

    final HikariDataSource dataSource;
    final String schema;
    final JdbcClient jdbc;
    final DataSourceTransactionManager transactions;
    final CustomerStore store;
    final EmbeddedDirectory directory;
    final CustomerImporter importer;

    private EmbeddedTestDatabase(String url, String user, String schema) {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(user);
        dataSource.setPassword("");
        dataSource.setMaximumPoolSize(3);
        this.schema = schema;
        var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        if (schema != null) {
            flyway.schemas(schema).createSchemas(true);
        }
        flyway.load().migrate();
        jdbc = JdbcClient.create(dataSource);
        transactions = new DataSourceTransactionManager(dataSource);
        store = new CustomerStore(dataSource);
        directory = new EmbeddedDirectory(jdbc, PHONES);
        importer = new CustomerImporter(store, transactions, PHONES);
    }

    static EmbeddedTestDatabase h2() {
        return new EmbeddedTestDatabase("jdbc:h2:mem:customers-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", null);
    }

    static EmbeddedTestDatabase postgres() {
        String schema = "tomatic_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = System.getenv().getOrDefault("TOMATIC_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getenv().getOrDefault("TOMATIC_TEST_PG_USER", "postgres");
        return new EmbeddedTestDatabase(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, schema);
    }

    EmbeddedDemoCustomers demo(Clock clock) {
        return new EmbeddedDemoCustomers(store, transactions, PHONES, clock);
    }

    int count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
    }

    @Override
    public void close() {
        if (schema != null) {
            jdbc.sql("DROP SCHEMA " + schema + " CASCADE").update();
        } else {
            jdbc.sql("SHUTDOWN").update();
        }
        dataSource.close();
    }
}
