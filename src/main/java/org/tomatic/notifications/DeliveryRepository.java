package org.tomatic.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Notifications and their deliveries, stored so that nothing is lost on a restart. Times are UTC. */
@Repository
class DeliveryRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_ERROR = 2000;
    private static final String SELECT = """
        SELECT d.*, n.kind, n.subject FROM notification_delivery d JOIN notification n ON n.id = d.notification_id
        """;

    private final JdbcClient jdbc;

    DeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A subject is made from a template and values (a pause reason...): shortened to fit its column. */
    private static String fitted(String subject) {
        if (subject == null) {
            return "";
        }
        return subject.length() <= Notification.MAX_SUBJECT ? subject
            : subject.substring(0, Notification.MAX_SUBJECT - 1) + "…";
    }

    long insertNotification(Notification n, String personId, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO notification (kind, subject, body_text, body_html, fields_json, person_id, created_at)
                VALUES (:kind, :subject, :text, :html, :fields, :person, :now)""")
            .param("kind", n.type()).param("subject", fitted(n.subject()))
            .param("text", n.text() == null ? "" : n.text()).param("html", n.html())
            .param("fields", JSON.writeValueAsString(n.fields())).param("person", personId).param("now", utc(now))
            .update(keys, "id");
        long id = keys.getKey().longValue();
        for (Notification.Attachment a : n.attachments()) {
            jdbc.sql("""
                    INSERT INTO notification_attachment (notification_id, filename, content_type, content)
                    VALUES (:id, :name, :type, :content)""")
                .param("id", id).param("name", a.filename())
                .param("type", a.contentType() == null ? "application/octet-stream" : a.contentType())
                .param("content", a.content()).update();
        }
        return id;
    }

    Optional<Notification> notification(long id) {
        List<Notification.Attachment> attachments = jdbc.sql(
                "SELECT filename, content_type, content FROM notification_attachment WHERE notification_id = :id ORDER BY id")
            .param("id", id)
            .query((rs, n) -> new Notification.Attachment(rs.getString("filename"), rs.getString("content_type"),
                rs.getBytes("content")))
            .list();
        return jdbc.sql("SELECT * FROM notification WHERE id = :id").param("id", id)
            .query((rs, n) -> new Notification(rs.getString("kind"), rs.getString("subject"), rs.getString("body_text"),
                rs.getString("body_html"), fields(rs.getString("fields_json")), attachments))
            .optional();
    }

    long insertDelivery(long notificationId, String channel, String target, String personId, Delivery.Status status,
                        String error, Instant now) {
        var keys = new GeneratedKeyHolder();
        boolean done = status != Delivery.Status.PENDING;
        jdbc.sql("""
                INSERT INTO notification_delivery (notification_id, channel, target, person_id, status, attempts,
                  next_attempt_at, last_error, created_at, finished_at)
                VALUES (:n, :channel, :target, :person, :status, 0, :next, :error, :now, :finished)""")
            .param("n", notificationId).param("channel", channel).param("target", target).param("person", personId)
            .param("status", status.name()).param("next", done ? null : utc(now)).param("error", trim(error))
            .param("now", utc(now)).param("finished", done ? utc(now) : null)
            .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Takes a due delivery for one sender: true when this caller got it (until {@code until}). */
    boolean claim(long id, Instant now, Instant until) {
        return jdbc.sql("""
                UPDATE notification_delivery SET status = 'SENDING', claimed_until = :until
                WHERE id = :id AND ((status = 'PENDING' AND next_attempt_at <= :now)
                                    OR (status = 'SENDING' AND claimed_until < :now))""")
            .param("id", id).param("now", utc(now)).param("until", utc(until)).update() == 1;
    }

    /** Deliveries due at {@code now} (and those a crashed sender left claimed), oldest first. */
    List<Long> due(Instant now, int limit) {
        return jdbc.sql("""
                SELECT id FROM notification_delivery
                WHERE (status = 'PENDING' AND next_attempt_at <= :now) OR (status = 'SENDING' AND claimed_until < :now)
                ORDER BY next_attempt_at, id FETCH FIRST :limit ROWS ONLY""")
            .param("now", utc(now)).param("limit", limit).query(Long.class).list();
    }

    Optional<Instant> nextDue() {
        return jdbc.sql("SELECT MIN(next_attempt_at) FROM notification_delivery WHERE status = 'PENDING'")
            .query((rs, n) -> instant(rs.getObject(1, LocalDateTime.class))).optional().filter(java.util.Objects::nonNull);
    }

    void sent(long id, int attempts, Instant now) {
        finish(id, Delivery.Status.SENT, attempts, null, now);
    }

    void failed(long id, int attempts, String error, Instant now) {
        finish(id, Delivery.Status.FAILED, attempts, error, now);
    }

    private void finish(long id, Delivery.Status status, int attempts, String error, Instant now) {
        jdbc.sql("""
                UPDATE notification_delivery SET status = :status, attempts = :attempts, last_error = :error,
                  finished_at = :now, next_attempt_at = NULL, claimed_until = NULL
                WHERE id = :id AND status = 'SENDING'""")
            .param("status", status.name()).param("attempts", attempts).param("error", trim(error))
            .param("now", utc(now)).param("id", id).update();
    }

    void retryAt(long id, int attempts, String error, Instant next) {
        jdbc.sql("""
                UPDATE notification_delivery SET status = 'PENDING', attempts = :attempts, last_error = :error,
                  next_attempt_at = :next, claimed_until = NULL
                WHERE id = :id AND status = 'SENDING'""")
            .param("attempts", attempts).param("error", trim(error)).param("next", utc(next)).param("id", id).update();
    }

    /** A failed delivery goes back to the queue, with a fresh count of attempts. */
    boolean requeue(long id, Instant now) {
        return jdbc.sql("""
                UPDATE notification_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = :now,
                  finished_at = NULL, claimed_until = NULL
                WHERE id = :id AND status = 'FAILED'""")
            .param("now", utc(now)).param("id", id).update() == 1;
    }

    Optional<Delivery> get(long id) {
        return jdbc.sql(SELECT + " WHERE d.id = :id").param("id", id).query((rs, n) -> map(rs)).optional();
    }

    List<Delivery> ofNotification(long notificationId) {
        return jdbc.sql(SELECT + " WHERE d.notification_id = :id ORDER BY d.id").param("id", notificationId)
            .query((rs, n) -> map(rs)).list();
    }

    List<Delivery> recent(int limit) {
        return jdbc.sql(SELECT + " ORDER BY d.id DESC FETCH FIRST :limit ROWS ONLY").param("limit", limit)
            .query((rs, n) -> map(rs)).list();
    }

    private static Delivery map(ResultSet rs) throws SQLException {
        return new Delivery(rs.getLong("id"), rs.getLong("notification_id"), rs.getString("kind"),
            rs.getString("subject"), rs.getString("channel"), rs.getString("target"), rs.getString("person_id"),
            Delivery.Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
            instant(rs.getObject("next_attempt_at", LocalDateTime.class)), rs.getString("last_error"),
            instant(rs.getObject("created_at", LocalDateTime.class)), instant(rs.getObject("finished_at", LocalDateTime.class)));
    }

    private static Map<String, Object> fields(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {});
    }

    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime t) {
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    private static String trim(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR - 1) + "…";
    }
}
