package org.tomatic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tomatic.pbx.asterisk.AmiTestServer;

/** {@code tomatic benchmark queue} against the AMI test peer. */
class AsteriskQueueBenchmarkTests {

    final AmiTestServer server = new AmiTestServer("support", "bench", "bench").start();

    @AfterEach
    void stop() {
        server.stop();
    }

    record Run(int status, String out, String err) {}

    Run benchmark(String... more) {
        String[] args = new String[] {"benchmark", "queue", "--host", "127.0.0.1", "--port", String.valueOf(server.port()),
            "--username", "bench", "--secret", "bench"};
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(more))
            .toArray(String[]::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = TomaticCommand.execute(all, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void timesSettingChangingAndClearingTheQueue() {
        Run run = benchmark("--members", "6", "--runs", "2");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("queue support at 127.0.0.1:" + server.port() + ", 2 runs")
            .containsPattern("set 6 members \\(empty queue\\) +[0-9.]+ ms +[0-9.]+ ms")
            .containsPattern("change 3 of 6 members +[0-9.]+ ms")
            .containsPattern("clear 6 members +[0-9.]+ ms");
        assertThat(server.actions("QueueAdd")).hasSize(2 * (6 + 3));
        assertThat(server.memberInterfaces()).isEmpty();
    }

    @Test
    void refusesAQueueThatIsNotEmpty() {
        server.addStaticMember("PJSIP/200", "reception");
        Run run = benchmark("--runs", "1");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("queue support has 1 members; the benchmark needs it empty");
        assertThat(server.actions("QueueAdd")).isEmpty();
    }

    @Test
    void saysWhenAsteriskCannotBeReached() {
        server.stop();
        Run run = benchmark("--timeout", "1s");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("error: PBX unreachable: Asterisk at 127.0.0.1:" + server.port());
    }
}
