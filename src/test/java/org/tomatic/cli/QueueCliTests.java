package org.tomatic.cli;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code tomatic queue …} on the simulated PBX, with the sample installation imported. */
class QueueCliTests extends CliTest {

    @BeforeAll
    static void sampleInstallation() {
        Run imported = run("import", CliTests.FIXTURE.toString(), "--week", "2026-03-30");
        assertThat(imported.status()).as(imported.err()).isZero();
    }

    @Test
    void previewTellsWhoWouldBeOnThePhone() {
        Run run = run("queue", "preview", "--date", "2026-03-30", "--time", "09:30");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("2026-03-30 09:00 – 10:15: anna (PJSIP/201), jordib (PJSIP/214), nuria (PJSIP/217)");

        Run holiday = run("queue", "preview", "--date", "2026-04-03", "--time", "09:30");
        assertThat(holiday.out()).startsWith("2026-04-03 closed: nobody");
        Run evening = run("queue", "preview", "--date", "2026-03-30", "--time", "19:00");
        assertThat(evening.out()).startsWith("2026-03-30 closed: nobody");
    }

    @Test
    void setFillsTheQueueAndReportsTheChange() {
        Run run = run("queue", "set", "--date", "2026-03-30", "--time", "10:20");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("carla (PJSIP/0218), anna (PJSIP/201)")
            .contains("added: PJSIP/0218, PJSIP/201").contains("removed: -");
    }

    @Test
    void actionsOnThePersonGiveClearErrors() {
        Run ghost = run("queue", "pause", "ghost");
        assertThat(ghost.status()).isEqualTo(1);
        assertThat(ghost.err()).isEqualTo("error: No person with id 'ghost'." + System.lineSeparator());

        Run notInQueue = run("queue", "resume", "anna");
        assertThat(notInQueue.status()).isEqualTo(1);
        assertThat(notInQueue.err()).contains("PJSIP/201 is not in queue support");

        Run added = run("queue", "add", "anna");
        assertThat(added.status()).isZero();
        assertThat(added.out()).isEqualTo("added anna" + System.lineSeparator());

        Run usage = run("queue", "pause");
        assertThat(usage.status()).isEqualTo(2);
        assertThat(usage.err()).contains("Missing required parameter: 'PERSON'");
    }

    @Test
    void anUnreachableAsteriskIsAClearError() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        System.setProperty("tomatic.pbx.backend", "asterisk");
        System.setProperty("tomatic.pbx.asterisk.port", String.valueOf(closedPort));
        System.setProperty("tomatic.pbx.asterisk.timeout", "1s");
        try {
            Run show = run("queue", "show");
            assertThat(show.status()).isEqualTo(1);
            assertThat(show.err()).startsWith("error: PBX unreachable: Asterisk at localhost:" + closedPort);
        } finally {
            System.clearProperty("tomatic.pbx.backend");
            System.clearProperty("tomatic.pbx.asterisk.port");
            System.clearProperty("tomatic.pbx.asterisk.timeout");
        }
    }

    @Test
    void theDailyReport() {
        Run report = run("report", "daily", "--date", "2026-03-30");
        assertThat(report.status()).as(report.err()).isZero();
        assertThat(report.out()).startsWith("Queue figures for 2026-03-30").contains("received 0, answered 0");
        Run send = run("report", "daily", "--date", "2026-03-30", "--send");
        assertThat(send.status()).isEqualTo(1);
        assertThat(send.err()).contains("error: no channel is configured");
    }

    @Test
    void showListsTheQueue() {
        Run show = run("queue", "show");
        assertThat(show.status()).isZero();
        assertThat(show.out()).startsWith("Queue support: 0 member(s), 0 waiting");
    }

    /** A normal run against Asterisk says what it did and nothing else: no warning about a link not yet up. */
    @Test
    void aNormalRunAgainstAsteriskPrintsNoWarning() {
        org.tomatic.pbx.asterisk.AmiTestServer asterisk =
            new org.tomatic.pbx.asterisk.AmiTestServer("support", "tomatic", "s3cret").start();
        // The application's logging writes to the console it finds when each command's context starts.
        java.io.PrintStream console = System.out;
        java.io.ByteArrayOutputStream logged = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(logged, true, java.nio.charset.StandardCharsets.UTF_8));
        System.setProperty("tomatic.pbx.backend", "asterisk");
        System.setProperty("tomatic.pbx.asterisk.port", String.valueOf(asterisk.port()));
        System.setProperty("tomatic.pbx.asterisk.username", "tomatic");
        System.setProperty("tomatic.pbx.asterisk.secret", "s3cret");
        try {
            Run add = run("queue", "add", "anna");
            assertThat(add.status()).as(add.err()).isZero();
            Run show = run("queue", "show");
            assertThat(show.status()).as(show.err()).isZero();
            assertThat(show.out()).contains("PJSIP/201");
            assertThat(logged.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("WARN").doesNotContain("ERROR");
        } finally {
            System.setOut(console);
            asterisk.close();
            System.clearProperty("tomatic.pbx.backend");
            System.clearProperty("tomatic.pbx.asterisk.port");
            System.clearProperty("tomatic.pbx.asterisk.username");
            System.clearProperty("tomatic.pbx.asterisk.secret");
        }
    }
}
