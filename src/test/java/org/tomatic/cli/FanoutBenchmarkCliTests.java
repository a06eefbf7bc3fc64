package org.tomatic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** `tomatic benchmark fanout`: a short run on two instances and the machine's PostgreSQL, and its usage errors. */
class FanoutBenchmarkCliTests extends CliTest {

    static final String URL = System.getenv().getOrDefault("TOMATIC_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = System.getenv().getOrDefault("TOMATIC_TEST_PG_USER", "postgres");

    @Test
    @Tag("postgres")
    void aShortRunLosesNoEvent() {
        Run run = run("benchmark", "fanout", "--events", "40", "--warm-up", "5", "--target", "1s",
            "--database-url", URL, "--database-user", USER);

        assertThat(run.status()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("40 timed (after 5 not timed)", "latency ms:  p50", "lost: 0 of 45",
            "target p99 < 1000 ms: met");
    }

    @Test
    void nothingToTimeOrNoPostgresqlIsAUsageError() {
        Run none = run("benchmark", "fanout", "--events", "0");
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).contains("--events must be at least 1");
        Run h2 = run("benchmark", "fanout", "--database-url", "jdbc:h2:mem:x");
        assertThat(h2.status()).isEqualTo(2);
        assertThat(h2.err()).contains("--database-url takes a PostgreSQL URL");
        assertThat(run("benchmark", "fanout", "--help").out()).contains("--events", "--database-url", "p99");
    }
}
