package org.tomatic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tomatic.planner.solver.InstanceGenerator;
import org.tomatic.planner.solver.InstanceJson;

/** `tomatic benchmark solve` on generated weeks, with or without the team's benchmark folder. */
class SolveBenchmarkCliTests extends CliTest {

    final Path shared = BenchmarkCommand.SolveBenchmark.sharedInstances;

    @AfterEach
    void restoreSharedFolder() {
        BenchmarkCommand.SolveBenchmark.sharedInstances = shared;
    }

    @Test
    void benchesEveryGeneratedShape() {
        Run run = run("benchmark", "solve", "--generate", "12x5x4x3", "--generate", "10x4x3x2", "--seed", "3",
            "--time-limit", "20s");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).containsSubsequence("instance", "cost", "optimal", "first (s)", "1 % (s)", "proof (s)",
            "cost at 5s", "gen-12x5x4x3-s3", "gen-10x4x3x2-s3", "peak heap");
        assertThat(run.out().lines().filter(l -> l.startsWith("gen-")))
            .hasSize(2).allSatisfy(l -> assertThat(l).contains(" yes "));
    }

    @Test
    void cpSatAloneProvesTheSameCost() {
        Run with = run("benchmark", "solve", "--generate", "30x5x4x4", "--seed", "2", "--time-limit", "30s");
        Run alone = run("benchmark", "solve", "--generate", "30x5x4x4", "--seed", "2", "--time-limit", "30s",
            "--without-relaxation");

        assertThat(alone.status()).as(alone.err()).isZero();
        String[] a = with.out().lines().filter(l -> l.startsWith("gen-")).findFirst().orElseThrow().split("\\s+");
        String[] b = alone.out().lines().filter(l -> l.startsWith("gen-")).findFirst().orElseThrow().split("\\s+");
        assertThat(a[1]).isEqualTo(b[1]);
        assertThat(a[3]).isEqualTo("yes");
        assertThat(b[3]).isEqualTo("yes");
    }

    @Test
    void theDailyMaximumIsInTheName() {
        Run run = run("benchmark", "solve", "--generate", "12x5x4x3", "--max-per-day", "3", "--time-limit", "20s");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("gen-12x5x4x3-max3-s1");
    }

    @Test
    void withNothingGivenAndNoSharedFolderItBenchesTheStandardWeek() {
        BenchmarkCommand.SolveBenchmark.sharedInstances = temp.resolve("no-such-folder");

        Run run = run("benchmark", "solve", "--time-limit", "30s");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("gen-75x5x4x8-s1");
        assertThat(run.out()).contains("gen-75x5x4x8-s1");
    }

    @Test
    void writesTheGeneratedWeekForTomaticSolve() throws Exception {
        Path file = temp.resolve("written/week.json");

        Run write = run("benchmark", "solve", "--generate", "12x5x4x3", "--seed", "5", "--write", file.toString());

        assertThat(write.status()).as(write.err()).isZero();
        assertThat(write.out()).contains(file.toString(), "gen-12x5x4x3-s5", "persons=12");
        assertThat(Files.readString(file))
            .isEqualTo(InstanceGenerator.generate(InstanceGenerator.Shape.parse("12x5x4x3"), 5).json());
        assertThat(InstanceJson.read(file).name()).isEqualTo("gen-12x5x4x3-s5");

        Run solve = run("solve", "--instance", file.toString(), "--time-limit", "20s");
        assertThat(solve.status()).as(solve.err()).isZero();
        assertThat(solve.out()).contains("\"instance\" : \"gen-12x5x4x3-s5\"");

        Run bench = run("benchmark", "solve", file.toString(), "--time-limit", "20s");
        assertThat(bench.status()).as(bench.err()).isZero();
        assertThat(bench.out()).contains("gen-12x5x4x3-s5");
    }

    @Test
    void writesSeveralWeeksIntoAFolder() {
        Path dir = temp.resolve("weeks");

        Run run = run("benchmark", "solve", "--generate", "12x5x4x3", "--generate", "20x5x4x4", "--write",
            dir.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(dir.resolve("gen-12x5x4x3-s1.json")).exists();
        assertThat(dir.resolve("gen-20x5x4x4-s1.json")).exists();
        Run oneFile = run("benchmark", "solve", "--generate", "12x5x4x3", "--generate", "20x5x4x4", "--write",
            temp.resolve("two.json").toString());
        assertThat(oneFile.status()).isEqualTo(2);
        assertThat(oneFile.err()).contains("give a folder");
    }

    @Test
    void badShapesAndMissingFilesAreOneLineErrors() {
        for (String[] args : new String[][] {
            {"benchmark", "solve", "--generate", "75x5"},
            {"benchmark", "solve", "--generate", "75x9x4x8"},
            {"benchmark", "solve", "--generate", "75x5x4x8", "--max-per-day", "0"},
            {"benchmark", "solve", "--write", "x.json"},
            {"benchmark", "solve", temp.resolve("missing.json").toString()},
            {"benchmark", "solve", "--instances", temp.resolve("missing").toString()}}) {
            Run run = run(args);
            assertThat(run.status()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err()).startsWith("error: ").doesNotContain("Exception", "\tat ");
            assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
        }
        assertThat(run("benchmark", "solve", "--generate", "75x5").err())
            .isEqualTo("error: --generate '75x5' is not a week shape: expected PEOPLExDAYSxTURNSxLINES, e.g. 75x5x4x8"
                + System.lineSeparator());
    }
}
