package org.tomatic.pbx.asterisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tomatic.pbx.Member;
import org.tomatic.pbx.PbxEvent.ConnectionChanged;
import org.tomatic.pbx.PbxException;

/**
 * The link survives Asterisk: unreachable at start, dropped, restarted (and forgetting its members),
 * wrong credentials, a port that is not AMI. Backoff is shortened to keep the tests fast.
 */
class AsteriskPbxConnectionTests {

    static final Backoff QUICK = new Backoff(Duration.ofMillis(50), Duration.ofMillis(200));

    final List<AutoCloseable> closeAfter = new ArrayList<>();
    final Recorder events = new Recorder();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : closeAfter) {
            c.close();
        }
    }

    AmiTestServer server() {
        AmiTestServer server = new AmiTestServer("support", "tomatic", "s3cret").start();
        closeAfter.add(server);
        return server;
    }

    AsteriskPbx pbx(int port, String secret, Duration timeout, Duration keepAlive) {
        AsteriskPbx pbx = new AsteriskPbx("support", new AmiAccount("127.0.0.1", port, "tomatic", secret, timeout),
            Clock.systemUTC(), QUICK, keepAlive);
        pbx.listen(events);
        closeAfter.add(0, pbx::stop);
        return pbx;
    }

    AsteriskPbx pbx(int port) {
        return pbx(port, "s3cret", Duration.ofSeconds(5), Duration.ofSeconds(20));
    }

    @Test
    void backoffDoublesFromOneSecondToFive() {
        assertThat(List.of(1, 2, 3, 4, 5, 20).stream().map(n -> Backoff.DEFAULT.after(n).toSeconds()))
            .containsExactly(1L, 2L, 4L, 5L, 5L, 5L);
    }

    @Test
    void unreachableAtStartIsHealthDownThenComesUpWhenAsteriskDoes() {
        AmiTestServer server = server();
        server.stop();
        AsteriskPbx pbx = pbx(server.port());

        long started = System.nanoTime();
        pbx.start();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("start does not wait").isLessThan(
            Duration.ofMillis(500));
        Recorder.until(() -> pbx.health().detail().contains("connection refused"));
        assertThat(pbx.health().up()).isFalse();
        assertThat(pbx.health().detail()).startsWith("Asterisk at 127.0.0.1:" + server.port()
            + " unreachable: connection refused");
        Recorder.until(() -> pbx.health().detail().matches(".*; next try in \\d+ ms"));
        assertThatThrownBy(() -> pbx.add(new Member("PJSIP/214", "Alice", null))).isInstanceOf(PbxException.class)
            .hasMessage("PBX unreachable: Asterisk at 127.0.0.1:" + server.port() + ": connection refused");
        assertThat(events.all()).as("no link yet, so no change").isEmpty();

        server.start();

        events.await(ConnectionChanged.class, ConnectionChanged::up);
        assertThat(pbx.health().up()).isTrue();
        assertThat(events.of(ConnectionChanged.class).get(0).detail())
            .isEqualTo("connected to Asterisk 22.10.1 at 127.0.0.1:" + server.port());
    }

    @Test
    void connectWaitsForTheLinkOrSaysWhyNot() {
        AmiTestServer server = server();
        server.stop();
        AsteriskPbx pbx = pbx(server.port());

        long started = System.nanoTime();
        assertThatThrownBy(() -> pbx.connect(Duration.ofMillis(300))).isInstanceOf(PbxException.class)
            .hasMessageStartingWith("PBX unreachable: Asterisk at 127.0.0.1:" + server.port());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));

        server.start();
        pbx.connect(Duration.ofSeconds(5));
        assertThat(pbx.read().members()).isEmpty();
    }

    @Test
    void aDroppedLinkIsReportedAndComesBackWithTheQueueAsItWas() {
        AmiTestServer server = server();
        AsteriskPbx pbx = pbx(server.port());
        pbx.connect(Duration.ofSeconds(5));
        pbx.add(new Member("PJSIP/214", "Alice", null));

        server.dropConnections();

        ConnectionChanged down = events.await(ConnectionChanged.class, e -> !e.up());
        assertThat(down.detail()).isEqualTo("lost Asterisk at 127.0.0.1:" + server.port()
            + ": the connection was closed");
        Recorder.until(() -> events.of(ConnectionChanged.class).size() >= 3);
        assertThat(events.of(ConnectionChanged.class)).extracting(ConnectionChanged::up)
            .containsExactly(true, false, true);
        assertThat(pbx.read().member("PJSIP/214")).isPresent();
        assertThat(server.loggedIn()).isEqualTo(1);
    }

    @Test
    void afterAsteriskRestartsTheTurnIsAppliedAgain() {
        AmiTestServer server = server();
        AsteriskPbx pbx = pbx(server.port());
        List<Member> turn = List.of(new Member("PJSIP/214", "Alice", null), new Member("PJSIP/215", "Bob", null));
        // What the turn switcher does: on every (re)connection, make sure the turn's members are there.
        pbx.listen(e -> {
            if (e instanceof ConnectionChanged c && c.up()) {
                pbx.ensureMembers(turn);
            }
        });
        pbx.start();
        Recorder.until(() -> server.memberInterfaces().size() == 2);

        server.restart();

        Recorder.until(() -> events.of(ConnectionChanged.class).size() >= 3);
        assertThat(events.of(ConnectionChanged.class)).extracting(ConnectionChanged::up)
            .containsExactly(true, false, true);
        Recorder.until(() -> server.memberInterfaces().size() == 2);
        assertThat(server.memberInterfaces()).containsExactly("PJSIP/214", "PJSIP/215");
        assertThat(server.actions("QueueAdd")).hasSize(4);
    }

    @Test
    void asteriskAwayForAWhileIsRetriedUntilItIsBack() {
        AmiTestServer server = server();
        AsteriskPbx pbx = pbx(server.port());
        pbx.connect(Duration.ofSeconds(5));

        server.stop();
        events.await(ConnectionChanged.class, e -> !e.up());
        Recorder.until(() -> pbx.health().detail().contains("connection refused"));
        int attempts = server.actions("Login").size();

        server.start();

        Recorder.until(() -> events.of(ConnectionChanged.class).size() >= 3);
        assertThat(pbx.health().up()).isTrue();
        assertThat(server.actions("Login")).hasSize(attempts + 1);
    }

    @Test
    void aWrongSecretKeepsHealthDownAndSaysSo() {
        AmiTestServer server = server();
        server.authFailureDelay(Duration.ZERO);
        AsteriskPbx pbx = pbx(server.port(), "wrong", Duration.ofSeconds(5), Duration.ofSeconds(20));

        assertThatThrownBy(() -> pbx.connect(Duration.ofMillis(500)))
            .hasMessage("PBX unreachable: Asterisk at 127.0.0.1:" + server.port()
                + ": login as tomatic refused: Authentication failed");
        assertThat(pbx.health().up()).isFalse();
    }

    @Test
    void aPortThatIsNotAsterisksManagerIsNamed() throws IOException {
        try (ServerSocket silent = new ServerSocket(0)) {
            List<Socket> accepted = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // test over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            AsteriskPbx pbx = pbx(silent.getLocalPort(), "s3cret", Duration.ofMillis(200), Duration.ofSeconds(20));

            assertThatThrownBy(() -> pbx.connect(Duration.ofMillis(600))).hasMessageContaining(
                "no AMI greeting within 200 ms (is 127.0.0.1:" + silent.getLocalPort() + " Asterisk's manager port?)");
        }
    }

    @Test
    void stoppingLogsOffAndSaysStopped() {
        AmiTestServer server = server();
        AsteriskPbx pbx = pbx(server.port());
        pbx.connect(Duration.ofSeconds(5));
        assertThat(pbx.isRunning()).isTrue();

        pbx.stop();

        assertThat(pbx.isRunning()).isFalse();
        assertThat(pbx.health()).satisfies(h -> {
            assertThat(h.up()).isFalse();
            assertThat(h.detail()).endsWith(": not connected (stopped)");
        });
        assertThat(server.actions("Logoff")).hasSize(1);
        Recorder.until(() -> server.loggedIn() == 0);
        assertThatThrownBy(pbx::read).hasMessageEndingWith("not connected (stopped)");
    }

    @Test
    void aSilentLinkIsNoticedByTheKeepAlive() {
        AmiTestServer server = server();
        AsteriskPbx pbx = pbx(server.port(), "s3cret", Duration.ofMillis(300), Duration.ofMillis(200));
        pbx.connect(Duration.ofSeconds(5));

        server.mute(true);

        ConnectionChanged down = events.await(ConnectionChanged.class, e -> !e.up());
        assertThat(down.detail()).contains("no answer to the keep-alive");
        server.mute(false);
        Recorder.until(() -> events.of(ConnectionChanged.class).size() >= 3);
        assertThat(pbx.health().up()).isTrue();
    }
}
