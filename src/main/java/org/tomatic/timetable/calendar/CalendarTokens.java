package org.tomatic.timetable.calendar;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tomatic.system.AuditLog;
import org.tomatic.system.Utc;

/**
 * The secret tokens in calendar feed URLs (no login: calendar apps cannot log in). One active
 * token per person, and one for the team feed; a new one revokes the old, audited.
 */
@Service
public class CalendarTokens {

    /** Whose feed a token opens: a person, or the whole team (personId null). */
    public record Owner(String personId) {
        public boolean team() {
            return personId == null;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    public CalendarTokens(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The person's active token (personId null = the team's), made on first use. */
    @Transactional
    public String tokenOf(String personId) {
        return active(personId).orElseGet(() -> create(personId));
    }

    /** Revokes the current token and returns a new one: the old URL stops working at once. */
    @Transactional
    public String renew(String personId, String actor) {
        jdbc.sql("UPDATE calendar_token SET revoked_at = :now WHERE revoked_at IS NULL AND "
                + (personId == null ? "person_id IS NULL" : "person_id = :p"))
            .params(personId == null ? java.util.Map.of("now", Utc.db(clock.instant()))
                : java.util.Map.of("now", Utc.db(clock.instant()), "p", personId))
            .update();
        String token = create(personId);
        audit.record(actor, "calendar", personId == null ? "team" : personId, "renew-token", null);
        return token;
    }

    public Optional<Owner> owner(String token) {
        return jdbc.sql("SELECT person_id FROM calendar_token WHERE token = :t AND revoked_at IS NULL")
            .param("t", token).query((rs, n) -> new Owner(rs.getString(1))).optional();
    }

    private Optional<String> active(String personId) {
        return jdbc.sql("SELECT token FROM calendar_token WHERE revoked_at IS NULL AND "
                + (personId == null ? "person_id IS NULL" : "person_id = :p"))
            .params(personId == null ? java.util.Map.of() : java.util.Map.of("p", personId))
            .query(String.class).optional();
    }

    private String create(String personId) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("INSERT INTO calendar_token (token, person_id, created_at) VALUES (:t, :p, :now)")
            .param("t", token).param("p", personId).param("now", Utc.db(clock.instant())).update();
        return token;
    }
}
