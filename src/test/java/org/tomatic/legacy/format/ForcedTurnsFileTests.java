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
    void anAbsentFileGivesNoGrid() {
        assertThat(LegacyReader.read(dir, null).data().forcedTurns()).isNull();
    }
}
