package org.tomatic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** `tomatic customers import` and `tomatic benchmark customers` as an operator runs them. */
class CustomersCliTests extends CliTest {

    static final Path EXAMPLE = Path.of("src/test/resources/customers");

    @Test
    void importTheExampleThenAgainAsADryRun() {
        String[] files = {EXAMPLE.resolve("customers.csv").toString(), "--invoices", EXAMPLE.resolve("invoices.csv").toString(),
            "--readings", EXAMPLE.resolve("readings.csv").toString(), "--cases", EXAMPLE.resolve("cases.csv").toString()};
        Run first = run(concat(new String[] {"customers", "import"}, files));
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).contains("customers:  3 created, 0 updated", "invoices:   3", "imported");

        Run again = run(concat(new String[] {"customers", "import", "--dry-run"}, files));
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out()).contains("customers:  0 created, 3 updated", "dry run: nothing was changed");
    }

    @Test
    void errorsArePrintedWithFileAndLineAndExitWithTwo() throws IOException {
        Path bad = Files.writeString(temp.resolve("bad.csv"), """
            customer_number;name;phones;contract_number;status
            S1;Anna;600112233;1000001;active
            S2;Jordi;6001122xx;1000002;gone
            """);

        Run run = run("customers", "import", bad.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(bad + ":3: bad phone '6001122xx'", bad + ":3: unknown status 'gone'",
            "import aborted: 2 error(s); nothing was changed");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void usage() {
        assertThat(run("--help").out()).contains("customers");
        Run nothing = run("customers", "import");
        assertThat(nothing.status()).isEqualTo(2);
        assertThat(nothing.err()).contains("give a customer file");
        assertThat(run("customers", "import", "--help").out()).contains("--replace", "--dry-run", "--invoices");
    }

    @Test
    void theSearchBenchmarkOnAFewCustomers() {
        Run run = run("benchmark", "customers", "--customers", "3000", "--searches", "200", "--warm-up", "50");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("generated 3,000 customers", "p99 ms", "known numbers", "unknown numbers");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
