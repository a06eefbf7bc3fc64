package org.tomatic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.tomatic.pbx.extensions.RealtimeDatabase;

/** {@code tomatic extensions …} as an operator's script runs it: output, errors, exit status. */
class ExtensionsCommandTests extends CliTest {

    static final List<String> REALTIME = List.of("tomatic.pbx.asterisk.realtime-url",
        "tomatic.pbx.asterisk.realtime-username", "tomatic.pbx.asterisk.realtime-password");

    @BeforeAll
    static void ownDatabaseAndRange() {
        System.setProperty("tomatic.pbx.extensions.first", "200");
        System.setProperty("tomatic.pbx.extensions.last", "299");
    }

    @AfterEach
    void noRealtimeDatabase() {
        REALTIME.forEach(System::clearProperty);
        System.setProperty("tomatic.pbx.extensions.first", "200");
    }

    @AfterAll
    static void restore() {
        System.clearProperty("tomatic.pbx.extensions.first");
        System.clearProperty("tomatic.pbx.extensions.last");
    }

    @Test
    void theCommandsAreListed() {
        assertThat(run("--help").out()).contains("extensions");
        Run usage = run("extensions");
        assertThat(usage.status()).isZero();
        assertThat(usage.out()).contains("show", "load", "add", "remove", "clear");
        Run missing = run("extensions", "add", "214");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("Missing required parameter: 'NAME'");
    }

    @Test
    void theSimulatedPbxAddsAndRefusesWithReasons() {
        Run add = run("extensions", "add", "214", "Anna Puig", "anna@example.coop");
        assertThat(add.status()).as(add.err()).isZero();
        assertThat(add.out()).contains("added     214     Anna Puig <anna@example.coop>")
            .containsPattern("new SIP password for 214: \\w{16} \\(shown only this once\\)");

        Run outside = run("extensions", "add", "100", "Switchboard");
        assertThat(outside.status()).isEqualTo(1);
        assertThat(outside.err()).startsWith("error: extension 100 is outside the range Tomatic manages, 200-299");

        Run unknown = run("extensions", "remove", "215");
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err()).contains("error: no extension 215 in the simulated PBX (in memory)");

        System.clearProperty("tomatic.pbx.extensions.first");
        Run noRange = run("extensions", "show");
        assertThat(noRange.status()).isEqualTo(1);
        assertThat(noRange.err()).contains("error: no extension range configured: set tomatic.pbx.extensions.first");
    }

    @Test
    @Tag("mariadb")
    void loadShowAddRemoveAndClearOnAsteriskRealtimeDatabase() {
        try (RealtimeDatabase asterisk = RealtimeDatabase.mariaDb()) {
            assertThat(run("import", CliTests.FIXTURE.toString()).status()).isZero();
            asterisk.jdbc().sql("INSERT INTO ps_endpoints (id, callerid) VALUES ('199', '\"Reception\" <199>')").update();
            System.setProperty(REALTIME.get(0), asterisk.url());
            System.setProperty(REALTIME.get(1), asterisk.user());
            System.setProperty(REALTIME.get(2), asterisk.password());

            Run load = run("extensions", "load");
            assertThat(load.status()).as(load.err()).isZero();
            assertThat(load.out()).contains("added     201     Anna Puig <anna@example.coop>",
                "added     214     Jordi B <jordi.b@example.coop>",
                "note: pau's extension 3045 is outside 200-299: left alone",
                "new SIP password for 201: ");
            Run again = run("extensions", "load");
            assertThat(again.out()).contains("unchanged 201").contains("0 added, 0 updated, 0 removed");

            Run add = run("extensions", "add", "250", "Walk-in desk");
            assertThat(add.out()).contains("added     250     Walk-in desk", "new SIP password for 250: ");
            Run show = run("extensions", "show");
            assertThat(show.status()).isZero();
            assertThat(show.out()).containsPattern("201\\s+Anna Puig\\s+anna@example.coop")
                .containsPattern("250\\s+Walk-in desk\\s+-").doesNotContain("199")
                .contains("extensions in 200-299, realtime database " + asterisk.url());
            assertThat(run("extensions", "remove", "250").out()).contains("removed   250     Walk-in desk");

            Run clear = run("extensions", "clear");
            assertThat(clear.status()).isZero();
            assertThat(clear.out()).contains("removed   201     Anna Puig <anna@example.coop>").contains("0 unchanged");
            assertThat(asterisk.jdbc().sql("SELECT id FROM ps_endpoints").query(String.class).list()).containsExactly("199");

            System.setProperty(REALTIME.get(0), asterisk.unreachableUrl());
            Run down = run("extensions", "show");
            assertThat(down.status()).isEqualTo(1);
            assertThat(down.err()).startsWith("error: realtime database unreachable at ").doesNotContain("never-shown");
        }
        JdbcClient tomatic = JdbcClient.create(new DriverManagerDataSource(
            "jdbc:h2:file:" + temp.resolve("data/tomatic") + ";AUTO_SERVER=TRUE", "sa", ""));
        assertThat(tomatic.sql("SELECT DISTINCT actor FROM audit_event WHERE entity = 'extension'").query(String.class)
            .list()).containsExactly("cli:" + System.getProperty("user.name"));
    }
}
