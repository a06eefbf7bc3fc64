package org.tomatic.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The lock provider of {@link SchedulerLockConfig} (database time) on the Flyway-made {@code shedlock}
 * table, on H2 and on the machine's PostgreSQL: a held lock is refused to a second taker until released.
 */
class SchedulerLockTests {

    @Test
    void locksOnH2() {
        DataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:shedlock-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
            "sa", "");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        aLockIsHeldUntilReleased(h2);
    }

    @Test
    @Tag("postgres")
    void locksOnPostgres() {
        String url = System.getenv().getOrDefault("TOMATIC_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getenv().getOrDefault("TOMATIC_TEST_PG_USER", "postgres");
        String schema = "tomatic_lock_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        DataSource pg = new DriverManagerDataSource(url + "?currentSchema=" + schema, user, "");
        Flyway.configure().dataSource(pg).schemas(schema).createSchemas(true).locations("classpath:db/migration")
            .load().migrate();
        try {
            aLockIsHeldUntilReleased(pg);
        } finally {
            JdbcClient.create(pg).sql("DROP SCHEMA " + schema + " CASCADE").update();
        }
    }

    private static void aLockIsHeldUntilReleased(DataSource dataSource) {
        LockProvider locks = new SchedulerLockConfig().lockProvider(dataSource);
        LockConfiguration job = new LockConfiguration(Instant.now(), "job", Duration.ofMinutes(5), Duration.ZERO);

        Optional<SimpleLock> first = locks.lock(job);
        Optional<SimpleLock> meanwhile = locks.lock(job);
        first.orElseThrow().unlock();
        Optional<SimpleLock> after = locks.lock(job);

        assertThat(first).isPresent();
        assertThat(meanwhile).isEmpty();
        assertThat(after).isPresent();
        assertThat(JdbcClient.create(dataSource).sql("SELECT locked_by FROM shedlock WHERE name = 'job'")
            .query(String.class).single()).isNotBlank();
    }
}
