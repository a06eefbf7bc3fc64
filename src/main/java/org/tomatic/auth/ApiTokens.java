package org.tomatic.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.tomatic.people.Role;
import org.tomatic.system.AuditLog;
import org.tomatic.system.Utc;

/** API tokens that administrators give to other tools; only their SHA-256 is stored. */
@Service
public class ApiTokens {

    /** The longest token name (api_token.name). */
    public static final int MAX_NAME = 100;

    public record ApiToken(long id, String name, Role role, String createdBy, Instant createdAt,
                           Instant revokedAt) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    public ApiTokens(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Makes a token and returns it: the only time it is shown. */
    public String create(String name, Role role, String actor) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "tmt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                INSERT INTO api_token (name, token_hash, role, created_by, created_at)
                VALUES (:name, :hash, :role, :by, :now)""")
            .param("name", name).param("hash", hash(token)).param("role", role.name()).param("by", actor)
            .param("now", Utc.db(clock.instant())).update();
        audit.record(actor, "api-token", name, "create", role.name());
        return token;
    }

    public void revoke(long id, String actor) {
        jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
            .param("now", Utc.db(clock.instant())).param("id", id).update();
        audit.record(actor, "api-token", String.valueOf(id), "revoke", null);
    }

    public List<ApiToken> all() {
        return jdbc.sql("SELECT * FROM api_token ORDER BY id DESC")
            .query((rs, n) -> new ApiToken(rs.getLong("id"), rs.getString("name"), Role.valueOf(rs.getString("role")),
                rs.getString("created_by"), Utc.read(rs, "created_at"),
                Utc.read(rs, "revoked_at")))
            .list();
    }

    /**
     * The active token's name and role, if the presented token is one. A token lives on its maker's rights: it
     * stops working when the administrator who made it is deactivated or removed, and never does more than
     * their role now allows.
     */
    Optional<ApiToken> find(String token) {
        return jdbc.sql("""
                SELECT t.*, p.role AS maker_role FROM api_token t JOIN person p ON p.id = t.created_by
                WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND p.active = TRUE""")
            .param("hash", hash(token))
            .query((rs, n) -> {
                Role role = Role.valueOf(rs.getString("role"));
                Role maker = Role.valueOf(rs.getString("maker_role"));
                return new ApiToken(rs.getLong("id"), rs.getString("name"),
                    maker.ordinal() < role.ordinal() ? maker : role,
                    rs.getString("created_by"), Utc.read(rs, "created_at"), null);
            })
            .optional();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
