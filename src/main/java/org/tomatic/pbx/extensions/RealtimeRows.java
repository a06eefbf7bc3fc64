package org.tomatic.pbx.extensions;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The three rows of a PJSIP endpoint in Asterisk's realtime tables ({@code ps_endpoints}, {@code ps_auths},
 * {@code ps_aors}), read and written by id. Only the columns Tomatic sets are touched; the others keep
 * whatever the site put there. The fixed enum values ({@code 'no'}, {@code 'userpass'}, {@code 'yes'}) are
 * SQL literals on purpose: on PostgreSQL those columns are enum types, which accept an untyped literal
 * but not a varchar parameter.
 */
final class RealtimeRows {

    record Endpoint(String id, String transport, String aors, String auth, String context, String disallow,
                    String allow, String callerId, String directMedia, String setVar) {}

    record Auth(String id, String authType, String username, String password) {}

    record Aor(String id, Integer maxContacts, String removeExisting) {}

    private final JdbcClient jdbc;

    RealtimeRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String ENDPOINT_COLUMNS =
        "id, transport, aors, auth, context, disallow, allow, callerid, direct_media, set_var";

    private static final RowMapper<Endpoint> ENDPOINT = (rs, n) -> new Endpoint(rs.getString("id"),
        rs.getString("transport"), rs.getString("aors"), rs.getString("auth"), rs.getString("context"),
        rs.getString("disallow"), rs.getString("allow"), rs.getString("callerid"), rs.getString("direct_media"),
        rs.getString("set_var"));

    List<Endpoint> endpoints() {
        return jdbc.sql("SELECT " + ENDPOINT_COLUMNS + " FROM ps_endpoints").query(ENDPOINT).list();
    }

    Optional<Endpoint> endpoint(String id) {
        return jdbc.sql("SELECT " + ENDPOINT_COLUMNS + " FROM ps_endpoints WHERE id = :id").param("id", id)
            .query(ENDPOINT).optional();
    }

    Optional<Auth> auth(String id) {
        return jdbc.sql("SELECT id, auth_type, username, password FROM ps_auths WHERE id = :id").param("id", id)
            .query((rs, n) -> new Auth(rs.getString("id"), rs.getString("auth_type"), rs.getString("username"),
                rs.getString("password")))
            .optional();
    }

    Optional<Aor> aor(String id) {
        return jdbc.sql("SELECT id, max_contacts, remove_existing FROM ps_aors WHERE id = :id").param("id", id)
            .query((rs, n) -> new Aor(rs.getString("id"), rs.getObject("max_contacts", Integer.class),
                rs.getString("remove_existing")))
            .optional();
    }

    /** Every id in any of the three tables (an endpoint may have lost a row). */
    Set<String> allIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (String table : List.of("ps_endpoints", "ps_auths", "ps_aors")) {
            ids.addAll(jdbc.sql("SELECT id FROM " + table).query(String.class).list());
        }
        return ids;
    }

    void putEndpoint(Endpoint e, boolean exists) {
        String sql = exists
            ? """
                UPDATE ps_endpoints SET transport = :transport, aors = :aors, auth = :auth, context = :context,
                  disallow = 'all', allow = :allow, callerid = :callerId, direct_media = 'no', set_var = :setVar
                WHERE id = :id"""
            : """
                INSERT INTO ps_endpoints (id, transport, aors, auth, context, disallow, allow, callerid, direct_media,
                                          set_var)
                VALUES (:id, :transport, :aors, :auth, :context, 'all', :allow, :callerId, 'no', :setVar)""";
        jdbc.sql(sql).param("id", e.id()).param("transport", e.transport()).param("aors", e.aors())
            .param("auth", e.auth()).param("context", e.context()).param("allow", e.allow())
            .param("callerId", e.callerId()).param("setVar", e.setVar(), java.sql.Types.VARCHAR).update();
    }

    void putAuth(String id, String password, boolean exists) {
        String sql = exists
            ? "UPDATE ps_auths SET auth_type = 'userpass', username = :id, password = :password WHERE id = :id"
            : "INSERT INTO ps_auths (id, auth_type, username, password) VALUES (:id, 'userpass', :id, :password)";
        jdbc.sql(sql).param("id", id).param("password", password).update();
    }

    void putAor(String id, boolean exists) {
        String sql = exists
            ? "UPDATE ps_aors SET max_contacts = 1, remove_existing = 'yes' WHERE id = :id"
            : "INSERT INTO ps_aors (id, max_contacts, remove_existing) VALUES (:id, 1, 'yes')";
        jdbc.sql(sql).param("id", id).update();
    }

    /** Deletes the endpoint's rows; returns how many there were (0 to 3). */
    int delete(String id) {
        int deleted = 0;
        for (String table : List.of("ps_endpoints", "ps_auths", "ps_aors")) {
            deleted += jdbc.sql("DELETE FROM " + table + " WHERE id = :id").param("id", id).update();
        }
        return deleted;
    }
}
