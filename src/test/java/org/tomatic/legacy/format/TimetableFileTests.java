package org.tomatic.legacy.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tomatic.legacy.format.LegacyTestFiles.date;
import static org.tomatic.legacy.format.LegacyTestFiles.problems;
import static org.tomatic.legacy.format.LegacyTestFiles.readOne;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimetableFileTests {

    private static final String PATH = "graelles/graella-2026-03-09.yaml";

    @TempDir
    Path dir;

    @Test
    void readsATimetableWithItsHistory() {
        var result = readOne(dir, PATH, """
                week: '2026-03-09'
                days: [dl, dm]
                hours: ['09:00', '10:15', '11:30']
                turns: [L1, L2]
                timetable:
                  dl: [[festiu, festiu], [festiu, festiu]]
                  dm:
                  - [anna, pau]
                  - [jordib, ningu]
                names: {anna: Anna, pau: Pau}
                colors: {anna: fbe8bc}
                extensions: {anna: 201}
                overload: {anna: -0.6, pau: 1}
                penalties: [[100, '1 forats a dm 10:15'], [20.5, 'anna dm té 2 hores el mateix dia']]
                cost: 120.5
                log: ['2026-03-10 08:02:11: carla ha canviat dm 10:15-11:30 L2 de pau a ningu']
                """);

        LegacyTestFiles.assertNoProblems(result);
        var grid = new LegacyGrid(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), List.of("09:00", "10:15", "11:30"),
                List.of("L1", "L2"), Map.of(
                        DayOfWeek.MONDAY, List.of(List.of("festiu", "festiu"), List.of("festiu", "festiu")),
                        DayOfWeek.TUESDAY, List.of(List.of("anna", "pau"), List.of("jordib", "ningu"))));
        assertThat(result.data().timetables()).containsExactly(new LegacyTimetable(date("2026-03-09"), grid,
                Map.of("anna", "Anna", "pau", "Pau"), Map.of("anna", "fbe8bc"), Map.of("anna", "201"),
                Map.of("anna", -0.6, "pau", 1.0),
                List.of(new LegacyPenalty(100, "1 forats a dm 10:15"),
                        new LegacyPenalty(20.5, "anna dm té 2 hores el mateix dia")),
                120.5, List.of("2026-03-10 08:02:11: carla ha canviat dm 10:15-11:30 L2 de pau a ningu"),
                new Source(PATH, 0)));
    }

    @Test
    void theWeekMustMatchTheFileName() {
        var result = readOne(dir, PATH, "week: '2026-03-16'\n" + minimalGrid());

        assertThat(problems(result)).containsExactly(
                PATH + ":1: `week` 2026-03-16 does not match the file name (2026-03-09)");
        assertThat(result.data().timetables()).isEmpty();
    }

    @Test
    void theFileNameMustBeAMonday() {
        var result = readOne(dir, "graelles/graella-2026-03-10.yaml", minimalGrid());

        assertThat(problems(result)).containsExactly(
                "graelles/graella-2026-03-10.yaml:0: the date in the file name must be a Monday, 2026-03-10 is a tuesday");
    }

    @Test
    void otherFilesInTheFolderAreNotTimetables() {
        var result = readOne(dir, "graelles/notes.txt", "not yaml: [");

        assertThat(result.problems()).isEmpty();
        assertThat(result.data().filesRead()).isEmpty();
    }

    @Test
    void reportsShapeErrorsWithTheirLines() {
        var result = readOne(dir, PATH, """
                days: [dl, dm]
                hours: ['09:00', '10:15', '11:30']
                turns: [L1, L2]
                timetable:
                  dl:
                  - [anna, pau]
                  dm:
                  - [anna]
                  - [anna, Pau]
                  dx: [[anna, pau], [anna, pau]]
                  dd: []
                overload: {anna: lots}
                penalties: [[100]]
                cost: many
                solver: cp
                """);

        assertThat(problems(result)).containsExactly(
                PATH + ":15: warning: key `solver` is not used by Tomatic, ignored",
                PATH + ":6: `timetable`: dl has 1 turns, expected 2 (one per interval of `hours`)",
                PATH + ":8: `timetable`: dm turn 1 has 1 lines, expected 2 (one per entry of `turns`)",
                PATH + ":9: `timetable`: dm: bad person id 'Pau'",
                PATH + ":10: `timetable`: day 'dx' is not in `days`",
                PATH + ":11: `timetable`: unknown day 'dd'",
                PATH + ":12: `overload`: anna: 'lots' is not a number",
                PATH + ":13: `penalties` must be a list of [cost, reason] pairs",
                PATH + ":14: `cost` must be a number");
        assertThat(result.data().timetables()).isEmpty();
    }

    @Test
    void reportsMissingKeysAndMissingDays() {
        var result = readOne(dir, PATH, """
                days: [dl, dm]
                hours: ['09:00', '10:15']
                timetable:
                  dl: [[anna]]
                """);

        assertThat(problems(result)).containsExactly(
                PATH + ":1: missing `turns`",
                PATH + ":4: `timetable` has no day 'dm'");
    }

    @Test
    void anEmptyCellIsReadAsNobodyWithAWarning() {
        var result = readOne(dir, PATH, """
                days: [dl]
                hours: ['09:00', '10:15']
                turns: [L1, L2]
                timetable:
                  dl:
                  - [anna, null]
                """);

        assertThat(problems(result)).containsExactly(PATH + ":6: warning: `timetable`: dl: empty cell read as ningu");
        assertThat(result.data().timetables().get(0).grid().cells().get(DayOfWeek.MONDAY))
                .containsExactly(List.of("anna", "ningu"));
    }

    @Test
    void aYamlSyntaxErrorNamesItsLine() {
        var result = readOne(dir, PATH, "days: [dl]\nhours: ['09:00', '10:15']\nturns: [L1\ntimetable: {}\n");

        assertThat(problems(result)).singleElement().asString().startsWith(PATH + ":4: YAML syntax error");
    }

    private static String minimalGrid() {
        return "days: [dl]\nhours: ['09:00', '10:15']\nturns: [L1]\ntimetable:\n  dl: [[anna]]\n";
    }
}
