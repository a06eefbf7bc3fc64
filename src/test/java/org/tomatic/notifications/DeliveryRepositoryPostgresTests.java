package org.tomatic.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The deliveries' SQL on the machine's PostgreSQL (the shared tests run it on H2): V30 in a schema of its own,
 * a notification with an attachment, claiming, retrying and finishing a delivery. Override the server with
 * TOMATIC_TEST_PG_URL / _USER.
 */
@Tag("postgres")
class DeliveryRepositoryPostgresTests {

    static final String SCHEMA = "tomatic_notify_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    static final String URL = System.getenv().getOrDefault("TOMATIC_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = System.getenv().getOrDefault("TOMATIC_TEST_PG_USER", "postgres");

    static JdbcClient jdbc;
    static DeliveryRepository repository;

    @BeforeAll
    static void migrate() {
        DriverManagerDataSource data = new DriverManagerDataSource(URL + "?currentSchema=" + SCHEMA, USER, "");
        Flyway.configure().dataSource(data).schemas(SCHEMA).createSchemas(true).locations("classpath:db/migration")
            .load().migrate();
        jdbc = JdbcClient.create(data);
        repository = new DeliveryRepository(jdbc);
    }

    @AfterAll
    static void drop() {
        if (jdbc != null) {
            jdbc.sql("DROP SCHEMA " + SCHEMA + " CASCADE").update();
        }
    }

    @Test
    void aDeliveryIsClaimedOnceRetriedAndFinished() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        byte[] csv = "a,b\r\n1,2\n".getBytes();
        long id = repository.insertNotification(new Notification("daily-report", "Informe", "42 trucades", null,
            Map.of("calls", 42), List.of(new Notification.Attachment("calls.csv", "text/csv", csv))), null, now);
        long delivery = repository.insertDelivery(id, "slack", "hooks.slack.com", null, Delivery.Status.PENDING, null, now);
        long skipped = repository.insertDelivery(id, "email", null, "anna", Delivery.Status.SKIPPED, "no email", now);

        Notification stored = repository.notification(id).orElseThrow();
        assertThat(stored.fields()).containsEntry("calls", 42);
        assertThat(stored.attachments()).singleElement().satisfies(a -> assertThat(a.content()).isEqualTo(csv));
        assertThat(repository.due(now, 10)).containsExactly(delivery);
        assertThat(repository.nextDue()).contains(now);

        assertThat(repository.claim(delivery, now, now.plusSeconds(60))).isTrue();
        assertThat(repository.claim(delivery, now, now.plusSeconds(60))).isFalse();
        repository.retryAt(delivery, 1, "HTTP 503", now.plusSeconds(30));
        assertThat(repository.due(now, 10)).isEmpty();
        assertThat(repository.due(now.plusSeconds(31), 10)).containsExactly(delivery);

        assertThat(repository.claim(delivery, now.plusSeconds(31), now.plus(Duration.ofMinutes(2)))).isTrue();
        repository.failed(delivery, 2, "HTTP 400", now.plusSeconds(32));
        assertThat(repository.get(delivery).orElseThrow()).satisfies(d -> {
            assertThat(d.status()).isEqualTo(Delivery.Status.FAILED);
            assertThat(d.attempts()).isEqualTo(2);
            assertThat(d.lastError()).isEqualTo("HTTP 400");
            assertThat(d.createdAt()).isEqualTo(now);
        });
        assertThat(repository.requeue(delivery, now.plusSeconds(40))).isTrue();
        assertThat(repository.claim(delivery, now.plusSeconds(40), now.plusSeconds(100))).isTrue();
        repository.sent(delivery, 1, now.plusSeconds(41));

        assertThat(repository.recent(10)).extracting(Delivery::id, Delivery::state)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(skipped, "skipped"),
                org.assertj.core.groups.Tuple.tuple(delivery, "sent"));
        assertThat(repository.ofNotification(id)).hasSize(2);
    }
}
