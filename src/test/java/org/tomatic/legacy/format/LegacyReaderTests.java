package org.tomatic.legacy.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tomatic.legacy.format.LegacyTestFiles.errors;
import static org.tomatic.legacy.format.LegacyTestFiles.write;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LegacyReaderTests {

    @TempDir
    Path dir;

    @Test
    void dataFilesTomaticDoesNotReadAreWarningsNotSilence() {
        write(dir, "persons.yaml", "names: {anna: Anna}\n");
        write(dir, "overload-2026-03-09.yaml", "anna: 1\n");
        write(dir, "data/backup.conf", "x\n");
        write(dir, "graelles/overload-2026-03-09.yaml", "anna: 1\n");
        write(dir, "graelles/graella-2026-03-09.yaml.bak", "x\n");
        write(dir, "carrega.csv", "anna,1\n");
        write(dir, "tomatic/api.py", "pass\n");

        var result = LegacyReader.read(dir, null);

        assertThat(LegacyTestFiles.problems(result)).containsExactly(
                "overload-2026-03-09.yaml:0: warning: not imported: Tomatic does not read this file",
                "data/backup.conf:0: warning: not imported: Tomatic does not read this file",
                "graelles/overload-2026-03-09.yaml:0: warning: not imported: Tomatic does not read this file");
    }

    @Test
    void reportsTheProblemsOfEveryFileNotOnlyTheFirst() {
        write(dir, "persons.yaml", "names: {anna: Anna}\nextensions: [201]\n");
        write(dir, "config.yaml", "nTelefons: three\n");
        write(dir, "indisponibilitats.conf", "anna dl 1000 # ok\nanna dz 1000 # dia\nanna dl 10 # torns\n");
        write(dir, "oneshot.conf", "anna 2026-13-01 # data\n");
        write(dir, "leaves.conf", "Anna\n");
        write(dir, "holidays.conf", "2026-12-32\tNadal\n");
        write(dir, "data/noservice.conf", "demà\ttancat\n");
        write(dir, "data/forced-turns.yaml", "days: [dl]\nhours: ['09:00']\nturns: [L1]\ntimetable: {}\n");
        write(dir, "graelles/graella-2026-03-09.yaml", "days: [dl\n");
        write(dir, "graelles/shiftcredit-2026-03-09.yaml", "anna: x\n");
        write(dir, "shiftcredit.yaml", "[1, 2]\n");
        write(dir, "idealshifts.yaml", "anna: -1\n");

        var result = LegacyReader.read(dir, null);

        assertThat(result.hasErrors()).isTrue();
        assertThat(errors(result)).containsExactly(
                "config.yaml:1: `nTelefons` must be a whole number >= 1",
                "persons.yaml:2: `extensions` must be a map of person -> text",
                "idealshifts.yaml:1: `idealshifts.yaml`: anna: '-1' is not a whole number >= 0",
                "indisponibilitats.conf:2: unknown weekday 'dz' (expected dl, dm, dx, dj or dv)",
                "indisponibilitats.conf:3: malformed turns '10': 2 turns, expected 4",
                "oneshot.conf:1: bad date '2026-13-01' (expected an existing YYYY-MM-DD date)",
                "leaves.conf:1: bad person id 'Anna' (one id per line)",
                "holidays.conf:1: bad date '2026-12-32' (expected an existing YYYY-MM-DD date, a TAB and a description)",
                "data/noservice.conf:1: bad date 'demà' (expected an existing YYYY-MM-DD date, a TAB and a description)",
                "data/forced-turns.yaml:2: `hours` needs at least two times (the start and end of a turn)",
                "shiftcredit.yaml:1: `shiftcredit.yaml` must be a map of person -> number",
                "graelles/graella-2026-03-09.yaml:2: YAML syntax error: while parsing a flow sequence: expected ',' or ']', but got <stream end>",
                "graelles/shiftcredit-2026-03-09.yaml:1: `shiftcredit-2026-03-09.yaml`: anna: 'x' is not a number");
        // the good parts are still there
        assertThat(result.data().weeklyBusy()).hasSize(1);
        assertThat(result.data().people()).extracting(LegacyPerson::name).containsExactly("Anna");
        assertThat(result.data().filesRead()).hasSize(12);
    }

    @Test
    void anEmptyDirectoryIsEmptyData() {
        var result = LegacyReader.read(dir, null);

        assertThat(result.problems()).isEmpty();
        assertThat(result.data().people()).isEmpty();
        assertThat(result.data().settings()).isNull();
        assertThat(result.data().forcedTurns()).isNull();
        assertThat(result.data().timetables()).isEmpty();
        assertThat(result.data().filesRead()).isEmpty();
    }

    @Test
    void aMissingDirectoryIsAnError() {
        var result = LegacyReader.read(dir.resolve("nothing-here"), null);

        assertThat(errors(result)).containsExactly(".:0: not a directory: " + dir.resolve("nothing-here"));
        assertThat(result.data().people()).isEmpty();
    }

    @Test
    void aParserFailureBecomesAnErrorOfThatFile() {
        var problems = new Problems();

        String parsed = LegacyReader.guarded("persons.yaml", "fallback", () -> {
            throw new IllegalStateException("boom");
        }, problems);

        assertThat(parsed).isEqualTo("fallback");
        assertThat(problems.all()).extracting(LegacyProblem::toString)
                .containsExactly("persons.yaml:0: cannot parse the file: java.lang.IllegalStateException: boom");
    }

    @Test
    void aWeekThatIsNotAMondayMeansItsWeek() {
        write(dir, "indisponibilitats-vacances.conf", "+anna dl # vacances\n");

        var result = LegacyReader.read(dir, LegacyTestFiles.date("2026-03-12"));

        assertThat(result.data().vacations()).extracting(LegacyBusy::date)
                .containsExactly(LegacyTestFiles.date("2026-03-09"));
    }

    @Test
    void problemsPrintAsFileLineMessage() {
        assertThat(new LegacyProblem(new Source("oneshot.conf", 3), true, "bad date").toString())
                .isEqualTo("oneshot.conf:3: bad date");
        assertThat(new LegacyProblem(new Source("config.yaml", 0), false, "ignored").toString())
                .isEqualTo("config.yaml:0: warning: ignored");
    }
}
