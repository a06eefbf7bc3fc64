package org.tomatic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The command line as an operator's script uses it: output, error messages and exit status. */
class CliTests extends CliTest {

    static final Path FIXTURE = Path.of("src/test/resources/legacy/sample");

    @Test
    void helpListsTheCommands() {
        Run help = run("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("serve", "import", "export", "password", "benchmark");
    }

    @Test
    void usageErrorsExitWithTwo() {
        Run missing = run("import");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("Missing required parameter: 'DIR'");
        Run badWeek = run("import", "x", "--week", "next-monday");
        assertThat(badWeek.status()).isEqualTo(2);
        assertThat(badWeek.err()).contains("--week");
    }

    @Test
    void importErrorsArePrintedWithFileAndLineAndExitWithTwo() throws IOException {
        Path dir = temp.resolve("broken");
        copy(FIXTURE, dir);
        Files.writeString(dir.resolve("leaves.conf"), "anna\n", java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(dir.resolve("indisponibilitats.conf"), "+anna dx 10x0 # typo\n",
            java.nio.file.StandardOpenOption.APPEND);
        int line = Files.readAllLines(dir.resolve("indisponibilitats.conf")).size();

        Run run = run("import", dir.toString(), "--week", "2026-03-30");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("indisponibilitats.conf:" + line + ": ").contains("nothing was changed");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void importThenExportWritesTheOldFormats() throws IOException {
        Run dryRun = run("import", FIXTURE.toString(), "--week", "2026-03-30", "--dry-run");
        assertThat(dryRun.status()).isZero();
        assertThat(dryRun.out()).contains("people:", "created", "dry run: nothing was changed");

        Run imported = run("import", FIXTURE.toString(), "--week", "2026-03-30");
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("imported;");

        Path out = temp.resolve("exported");
        Run exported = run("export", out.toString(), "--week", "2026-03-30");
        assertThat(exported.status()).as(exported.err()).isZero();
        assertThat(out.resolve("persons.yaml")).exists();
        assertThat(out.resolve("graelles/graella-2026-03-30.yaml")).exists();
        assertThat(Files.readString(out.resolve("indisponibilitats.conf"))).contains(" # ");
    }

    @Test
    void loadAndScheduleAWeek() throws Exception {
        assertThat(run("import", FIXTURE.toString()).status()).isZero();

        Run json = run("load", "--week", "2026-04-13", "--format", "json");
        assertThat(json.status()).as(json.err()).isZero();
        var doc = tools.jackson.databind.json.JsonMapper.builder().build().readTree(json.out());
        assertThat(doc.get("week").asString()).isEqualTo("2026-04-13");
        assertThat(doc.get("lines").asInt()).isPositive();
        assertThat(doc.has("nobodyLoad")).isTrue();
        var anna = doc.get("persons").get("anna");
        for (String column : List.of("ideal", "ponderated", "rounded", "capacity", "upperBound", "final", "overload")) {
            assertThat(anna.has(column)).as(column).isTrue();
        }

        Run table = run("load", "--week", "2026-04-13");
        assertThat(table.out()).contains("upper bound", "total", "nobody load");

        Run schedule = run("schedule", "--week", "2026-04-13", "--time-limit", "10s", "--publish");
        assertThat(schedule.status()).as(schedule.err()).isZero();
        assertThat(schedule.out()).contains("run ", "proven optimal", "published:");

        Run notMonday = run("load", "--week", "2026-04-14");
        assertThat(notMonday.status()).isEqualTo(2);
        assertThat(notMonday.err()).contains("2026-04-14 is not a Monday");
    }

    @Test
    void solveWritesTheTimetableWithItsCost() throws Exception {
        Path out = temp.resolve("solved.json");
        Run solve = run("solve", "--instance", org.tomatic.SharedBench.instance("syn-60p-5d-8h-10L").toString(), "--time-limit",
            "30s", "--seed", "1", "--out", out.toString());
        assertThat(solve.status()).as(solve.err()).isZero();
        var doc = tools.jackson.databind.json.JsonMapper.builder().build().readTree(out);
        assertThat(doc.get("cost").asLong()).isEqualTo(2915);
        assertThat(doc.get("optimal").asBoolean()).isTrue();
        assertThat(doc.get("breakdown").get("emptySlots")).isNotNull();
        assertThat(doc.get("elapsedSeconds").asDouble()).isPositive();

        Run missing = run("solve", "--instance", "no-such.json");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("no-such.json: no such file");
    }

    @Test
    void passwordOfAnUnknownPersonIsAClearError() {
        Run run = run("password", "nobody");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("error: No person with id nobody");
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
