package org.tomatic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** `tomatic benchmark staffing`: Erlang A against the simulated queue on a small history, and the timing. */
class StaffingBenchmarkCliTests extends CliTest {

    static final Pattern ROW = Pattern.compile(
        "^(Monday|Tuesday|Wednesday|Thursday|Friday) (\\d\\d:\\d\\d–\\d\\d:\\d\\d) +([\\d.]+) +(\\d+) +(\\d+) +"
            + "([\\d.]+)% +([\\d.]+)% +([-+][\\d.]+) +([\\d.]+)% +([\\d.]+)%$", Pattern.MULTILINE);
    static final Pattern MEAN = Pattern.compile(
        "Mean \\|measured − predicted\\| over the turns: service level ([\\d.]+) points, abandonment ([\\d.]+) points");

    @Test
    void measuredFiguresFollowThePredictedOnesPerTurn() {
        Run run = run("benchmark", "staffing", "--weeks", "8", "--simulated-weeks", "40", "--runs", "3", "--seed", "7");

        assertThat(run.status()).as(run.err() + run.out()).isZero();
        assertThat(run.out()).contains("History: 8 weeks of generated calls", "forecast from the last 8",
            "Target: 80 % in 20 s, at most 5 % abandoned", "Simulated queue: 40 weeks", "answered within 20 s",
            "Staffing computation over 8 weeks", "target under 200 ms: met");
        Matcher rows = ROW.matcher(run.out());
        int count = 0;
        while (rows.find()) {
            count++;
            double predicted = Double.parseDouble(rows.group(6));
            double measured = Double.parseDouble(rows.group(7));
            assertThat(Integer.parseInt(rows.group(4))).as("lines").isBetween(1, 4);
            assertThat(Integer.parseInt(rows.group(5))).as("callers over 40 weeks").isGreaterThan(100);
            assertThat(measured).as(rows.group()).isBetween(predicted - 15, predicted + 15);
            assertThat(Double.parseDouble(rows.group(8))).isEqualTo(measured - predicted,
                org.assertj.core.api.Assertions.within(0.11));
        }
        assertThat(count).as(run.out()).isEqualTo(20);
        Matcher mean = MEAN.matcher(run.out());
        assertThat(mean.find()).as(run.out()).isTrue();
        assertThat(Double.parseDouble(mean.group(1))).as("service level").isLessThan(10);
        assertThat(Double.parseDouble(mean.group(2))).as("abandonment").isLessThan(10);
        assertThat(run.out()).containsPattern("min [\\d.]+ ms, median [\\d.]+ ms, max [\\d.]+ ms \\(3 runs");
    }

    @Test
    void wrongOptions() {
        for (List<String> args : List.of(List.of("--weeks", "0"), List.of("--simulated-weeks", "0"),
            List.of("--scale", "-1"))) {
            Run run = run(java.util.stream.Stream.concat(java.util.stream.Stream.of("benchmark", "staffing"),
                args.stream()).toArray(String[]::new));
            assertThat(run.status()).as(args.toString()).isEqualTo(2);
            assertThat(run.err()).contains("error: --weeks 1–520");
        }
    }
}
