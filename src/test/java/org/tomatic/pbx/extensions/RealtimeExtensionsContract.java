package org.tomatic.pbx.extensions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tomatic.pbx.PbxProperties;

/** The contract on a real Asterisk realtime schema, plus what only rows can show. */
abstract class RealtimeExtensionsContract extends ExtensionDirectoryContract {

    abstract RealtimeDatabase database();

    JdbcClient rows() {
        return database().jdbc();
    }

    @Override
    ExtensionDirectory emptyDirectory() {
        for (String table : new String[] {"ps_endpoints", "ps_auths", "ps_aors"}) {
            rows().sql("DELETE FROM " + table).update();
        }
        return directory(SETTINGS);
    }

    @Override
    ExtensionDirectory directory(PbxProperties.Extensions settings) {
        return RealtimeExtensions.connect(asterisk(database().url()), settings);
    }

    PbxProperties.Asterisk asterisk(String url) {
        return new PbxProperties.Asterisk("localhost", 5038, "tomatic", "", Duration.ofSeconds(10), url,
            database().user(), database().password());
    }

    /** As an administrator would have written it: other settings, another password, a variable of the site's. */
    @Override
    void seed(String number, String name, String email) {
        String setVar = email == null ? "SITE_VAR=1" : "SITE_VAR=1;TOMATIC_EMAIL=" + email;
        rows().sql("""
                INSERT INTO ps_endpoints (id, transport, aors, auth, context, disallow, allow, callerid, direct_media,
                                          set_var, language)
                VALUES (:id, 'transport-tls', :id, :id, 'internal', 'all', 'g722', :callerId, 'yes', :setVar, 'ca')""")
            .param("id", number).param("callerId", "\"" + name + "\" <" + number + ">").param("setVar", setVar).update();
        rows().sql("INSERT INTO ps_auths (id, auth_type, username, password) VALUES (:id, 'userpass', :id, 'site-secret')")
            .param("id", number).update();
        rows().sql("INSERT INTO ps_aors (id, max_contacts, remove_existing) VALUES (:id, 3, 'no')").param("id", number)
            .update();
    }

    @Override
    int rowsOf(String number) {
        int rows = 0;
        for (String table : new String[] {"ps_endpoints", "ps_auths", "ps_aors"}) {
            rows += rows().sql("SELECT COUNT(*) FROM " + table + " WHERE id = :id").param("id", number)
                .query(Integer.class).single();
        }
        return rows;
    }

    @Override
    String passwordOf(String number) {
        return rows().sql("SELECT password FROM ps_auths WHERE id = :id").param("id", number).query(String.class)
            .optional().orElse(null);
    }

    @Test
    void writesTheThreeRowsAsAsteriskReadsThem() {
        directory.put(new Extension("214", "Anna Puig", "anna@example.coop"));

        Map<String, Object> endpoint = rows().sql("""
                SELECT transport, aors, auth, context, disallow, allow, callerid, direct_media, set_var
                FROM ps_endpoints WHERE id = '214'""").query().singleRow();
        assertThat(endpoint).containsEntry("transport", "transport-udp").containsEntry("aors", "214")
            .containsEntry("auth", "214").containsEntry("context", "phones").containsEntry("disallow", "all")
            .containsEntry("allow", "ulaw,alaw").containsEntry("callerid", "\"Anna Puig\" <214>")
            .containsEntry("set_var", "TOMATIC_EMAIL=anna@example.coop");
        assertThat(String.valueOf(endpoint.get("direct_media"))).isEqualTo("no");
        Map<String, Object> auth = rows().sql("SELECT auth_type, username, password FROM ps_auths WHERE id = '214'")
            .query().singleRow();
        assertThat(String.valueOf(auth.get("auth_type"))).isEqualTo("userpass");
        assertThat(auth).containsEntry("username", "214");
        Map<String, Object> aor = rows().sql("SELECT max_contacts, remove_existing FROM ps_aors WHERE id = '214'")
            .query().singleRow();
        assertThat(((Number) aor.get("max_contacts")).intValue()).isEqualTo(1);
        assertThat(String.valueOf(aor.get("remove_existing"))).isEqualTo("yes");
    }

    @Test
    void anExistingEndpointIsAlignedButKeepsItsPasswordAndTheSitesColumns() {
        seed("240", "Anna", "anna@example.coop");

        ExtensionChange change = directory.put(new Extension("240", "Anna Puig", "anna@example.coop"));

        assertThat(change.differences()).containsExactly("name: Anna -> Anna Puig", "transport: transport-tls -> transport-udp",
            "context: internal -> phones", "allow: g722 -> ulaw,alaw", "direct_media: yes -> no",
            "max_contacts: 3 -> 1", "remove_existing: no -> yes");
        assertThat(change.newPassword()).isNull();
        assertThat(passwordOf("240")).isEqualTo("site-secret");
        assertThat(rows().sql("SELECT set_var FROM ps_endpoints WHERE id = '240'").query(String.class).single())
            .isEqualTo("SITE_VAR=1;TOMATIC_EMAIL=anna@example.coop");
        assertThat(rows().sql("SELECT language FROM ps_endpoints WHERE id = '240'").query(String.class).single())
            .isEqualTo("ca");

        ExtensionDirectory otherContext = directory(
            new PbxProperties.Extensions("200", "299", "", "agents", "transport-udp", "ulaw,alaw", "Europe/Madrid"));
        ExtensionChange moved = otherContext.put(new Extension("240", "Anna Puig", "anna@example.coop"));
        assertThat(moved.differences()).containsExactly("context: phones -> agents");
    }

    @Test
    void anEndpointMissingARowIsRepairedWithANewPassword() {
        directory.put(new Extension("241", "Pau", null));
        rows().sql("DELETE FROM ps_auths WHERE id = '241'").update();

        ExtensionChange repaired = directory.put(new Extension("241", "Pau", null));

        assertThat(repaired.kind()).isEqualTo(ExtensionChange.Kind.UPDATED);
        assertThat(repaired.differences()).containsExactly("ps_auths row: missing -> written");
        assertThat(repaired.newPassword()).isNotNull().isEqualTo(passwordOf("241"));
        assertThat(rowsOf("241")).isEqualTo(3);
    }

    @Test
    void anUnreachableDatabaseIsAClearErrorWithoutThePassword() {
        ExtensionDirectory unreachable = RealtimeExtensions.connect(asterisk(database().unreachableUrl()), SETTINGS);

        assertThatThrownBy(() -> unreachable.put(new Extension("214", "Anna", null)))
            .isInstanceOf(ExtensionException.class)
            .hasMessageContaining("realtime database unreachable at ")
            .hasMessageContaining(":1/")
            .hasMessageContaining("password=***")
            .hasMessageNotContaining("never-shown");
        assertThat(unreachable.describe()).doesNotContain("never-shown");
    }

    @Test
    void aDatabaseWithoutTheTablesSaysWhichIsMissing() {
        rows().sql("ALTER TABLE ps_aors RENAME TO ps_aors_elsewhere").update();
        try {
            assertThatThrownBy(() -> directory.put(new Extension("242", "Anna", null)))
                .isInstanceOf(ExtensionException.class).hasMessageContaining("realtime database error at")
                .hasMessageContaining("ps_aors");
        } finally {
            rows().sql("ALTER TABLE ps_aors_elsewhere RENAME TO ps_aors").update();
        }
    }

    @Test
    void aFailingWriteRollsTheWholeCommandBack() {
        rows().sql("ALTER TABLE ps_aors ADD CONSTRAINT refuse_251 CHECK (id <> '251')").update();
        try {
            assertThatThrownBy(() -> directory.apply(
                List.of(new Extension("250", "Anna", null), new Extension("251", "Pau", null)), List.of()))
                .isInstanceOf(ExtensionException.class).hasMessageContaining("realtime database error at");
            assertThat(rowsOf("250")).isZero();
            assertThat(rowsOf("251")).isZero();
        } finally {
            rows().sql("ALTER TABLE ps_aors DROP CONSTRAINT refuse_251").update();
        }
    }
}
