package org.tomatic.legacy.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tomatic.legacy.format.LegacyTestFiles.problems;
import static org.tomatic.legacy.format.LegacyTestFiles.readOne;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForcedTurnsFileTests {

    private static final String PATH = "data/forced-turns.yaml";

    @TempDir
    Path dir;

    @Test
    void nullCellsAreNotFixedAndMissingDaysAreAllNull() {
        var result = readOne(dir, PATH, """
                days: [dl, dm]
                hours: ['09:00', '10:15', '11:30']
                turns: [L1, L2]
                timetable:
                  dl:
                  - [anna, null]
                  - [~, ningu]
                """);

        LegacyTestFiles.assertNoProblems(result);
        LegacyGrid grid = result.data().forcedTurns();
        assertThat(grid.days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
        assertThat(grid.lineLabels()).containsExactly("L1", "L2");
        assertThat(grid.cells().get(DayOfWeek.MONDAY)).containsExactly(Arrays.asList("anna", null),
                Arrays.asList(null, "ningu"));
        assertThat(grid.cells().get(DayOfWeek.TUESDAY)).containsExactly(Arrays.asList(null, null),
                Arrays.asList(null, null));
    }

    @Test
    void holidaysAndBadShapesAreErrors() {
        var result = readOne(dir, PATH, """
                days: [dl]
                hours: ['09:00', '10:15']
                turns: [L1, L2]
                timetable:
                  dl:
                  - [festiu, [anna]]
                """);

        assertThat(problems(result)).containsExactly(
                PATH + ":6: `timetable`: dl: festiu is only for timetables",
                PATH + ":6: `timetable`: dl: a cell must be a person id or ningu");
        assertThat(result.data().forcedTurns()).isNull();
    }

    @Test
    void turnsMustBeAListOfLabels() {
        var result = readOne(dir, PATH, "days: [dl]\nhours: ['09:00', '10:15']\nturns: L1\ntimetable: {dl: [[anna]]}\n");

        assertThat(problems(result)).containsExactly(PATH + ":3: `turns` must be a list of line labels (L1, L2...)");
    }

    @Test
    void olderInstallationsHoldOnlyTheTimetable() {
        LegacyTestFiles.write(dir, "config.yaml", """
                hours: ['09:00', '10:15', '11:30', '12:45', '14:00']
                forcedTimeTable: forced-turns.yaml
                """);

        var result = readOne(dir, "forced-turns.yaml", """
                timetable:
                  dl:
                  - [anna, null]
                  - [null, null, pau]
                  - [null]
                  - [null, ningu]
                  dm:
                  - [null]
                  dv:
                  - [jordib]
                """);

        LegacyTestFiles.assertNoProblems(result);
        LegacyGrid grid = result.data().forcedTurns();
        // days are its keys, turns its rows (as many as config.yaml's hours), lines its widest row
        assertThat(grid.days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.FRIDAY);
        assertThat(grid.hours()).containsExactly("09:00", "10:15", "11:30", "12:45", "14:00");
        assertThat(grid.lineLabels()).containsExactly("L1", "L2", "L3");
        assertThat(grid.cells().get(DayOfWeek.MONDAY)).containsExactly(Arrays.asList("anna", null, null),
                Arrays.asList(null, null, "pau"), Arrays.asList(null, null, null), Arrays.asList(null, "ningu", null));
        assertThat(grid.cells().get(DayOfWeek.TUESDAY)).hasSize(4)
                .allSatisfy(row -> assertThat(row).containsExactly(null, null, null));
        assertThat(grid.cells().get(DayOfWeek.FRIDAY).get(0)).containsExactly("jordib", null, null);
        assertThat(result.data().forcedTurnsFile()).isEqualTo("forced-turns.yaml");
        assertThat(result.data().forcedTurnLines()).containsEntry(new GridCell(DayOfWeek.MONDAY, 1, 2), 4)
                .containsEntry(new GridCell(DayOfWeek.FRIDAY, 0, 0), 10);
    }

    @Test
    void withoutHoursInConfigTheDayHasTheDefaultFourTurnsAndFixedTurnsBeyondThemAreWarned() {
        var result = readOne(dir, PATH, """
                timetable:
                  dl: [[anna], [null], [null], [null], [pau], [null]]
                """);

        assertThat(problems(result)).containsExactly(PATH + ":2: warning: `timetable`: dl turn 5 is beyond the 4 "
                + "turns of the day (config.yaml `hours`); its fixed turns are not imported");
        assertThat(result.data().forcedTurns().cells().get(DayOfWeek.MONDAY)).hasSize(4);
    }

    @Test
    void onlyTheTimetableIsRequiredAndAMissingOneIsAtItsLine() {
        var result = readOne(dir, PATH, """
                # fixed turns
                days: [dl]
                hours: ['09:00', '10:15']
                """);

        assertThat(problems(result)).containsExactly(PATH + ":2: missing `timetable`");
    }

    @Test
    void theFileTheSettingNamesIsReadAndAnyOtherIsReportedNotImported() {
        LegacyTestFiles.write(dir, "config.yaml", "forcedTimeTable: ./forced-turns.yaml");
        LegacyTestFiles.write(dir, PATH, "timetable: {dl: [[pau], [null], [null], [null]]}");

        var result = readOne(dir, "forced-turns.yaml", "timetable: {dl: [[anna], [null], [null], [null]]}");

        assertThat(result.data().forcedTurns().cells().get(DayOfWeek.MONDAY).get(0)).containsExactly("anna");
        assertThat(problems(result)).containsExactly(PATH + ":0: warning: not imported: the fixed turns are read "
                + "from the file config.yaml's `forcedTimeTable` names (./forced-turns.yaml)");
    }

    @Test
    void aRootFileTheSettingDoesNotNameIsReportedNotImported() {
        var result = readOne(dir, "forced-turns.yaml", "timetable: {dl: [[anna], [null], [null], [null]]}");

        assertThat(result.data().forcedTurns()).isNull();
        assertThat(problems(result)).containsExactly("forced-turns.yaml:0: warning: not imported: the fixed turns "
                + "are read from data/forced-turns.yaml (config.yaml sets no `forcedTimeTable`)");
    }

    @Test
    void aSettingNamingAMissingOrOutsideFileIsWarned() {
        LegacyTestFiles.write(dir, PATH, "timetable: {dl: [[pau], [null], [null], [null]]}");

        var missing = readOne(dir, "config.yaml", """
                nTelefons: 3
                forcedTimeTable: fixes.yaml
                """);
        assertThat(missing.data().forcedTurns()).isNull();
        assertThat(problems(missing)).containsExactly(
                "config.yaml:2: warning: `forcedTimeTable` names fixes.yaml, which is not in the directory: no fixed "
                        + "turns are imported",
                PATH + ":0: warning: not imported: the fixed turns are read from the file config.yaml's "
                        + "`forcedTimeTable` names (fixes.yaml)");

        var outside = readOne(dir, "config.yaml", "forcedTimeTable: ../forced-turns.yaml");
        assertThat(problems(outside)).first().isEqualTo("config.yaml:1: warning: `forcedTimeTable` names "
                + "../forced-turns.yaml, outside the directory: its fixed turns are not imported");
    }

    @Test
    void anAbsentFileGivesNoGrid() {
        assertThat(LegacyReader.read(dir, null).data().forcedTurns()).isNull();
    }
}
