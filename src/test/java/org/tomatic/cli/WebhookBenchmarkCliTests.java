package org.tomatic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** `tomatic benchmark webhook`: a short run on its own server and H2 database, and its usage errors. */
class WebhookBenchmarkCliTests extends CliTest {

    @Test
    void aShortRunHasNoErrors() {
        Run run = run("benchmark", "webhook", "--callers", "4", "--seconds", "2", "--agents", "3");

        assertThat(run.status()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("temporary H2 file database, pool of 10 connections", "4 callers for 2 s",
            "errors:      0", "requests/s", "latency ms:  p50", "one per accepted request");
    }

    @Test
    void nothingToRunIsAUsageError() {
        Run run = run("benchmark", "webhook", "--callers", "0");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--callers, --seconds and --agents must be at least 1");
        Run h2 = run("benchmark", "webhook", "--database-url", "jdbc:h2:mem:x");
        assertThat(h2.status()).isEqualTo(2);
        assertThat(h2.err()).contains("--database-url takes a PostgreSQL URL");
        assertThat(run("benchmark", "webhook", "--help").out()).contains("--callers", "--seconds", "--database-url");
    }
}
