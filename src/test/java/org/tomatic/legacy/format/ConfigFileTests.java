package org.tomatic.legacy.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tomatic.legacy.format.LegacyTestFiles.problems;
import static org.tomatic.legacy.format.LegacyTestFiles.readOne;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTests {

    @TempDir
    Path dir;

    @Test
    void keepsTheSettingsTomaticUsesAndReportsTheRest() {
        var result = readOne(dir, "config.yaml", """
                hours: ['09:00', '10:15', 11:30, '12:45', '14:00']
                nTelefons: 3
                aleatori: true
                maximHoresDiariesGeneral: 2
                maxOverload: 1.5
                maxNingusPerTurnInEdition: 0
                diesVisualitzacio: [dl, dm, dx, dj, dv]
                maximCompeticioPerTorn: 6
                """);

        assertThat(result.data().settings()).isEqualTo(new LegacySettings(
                List.of("09:00", "10:15", "11:30", "12:45", "14:00"), 3, 2, 1.5, 0,
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                List.of("aleatori", "maximCompeticioPerTorn")));
        assertThat(problems(result)).containsExactly(
                "config.yaml:3: warning: setting aleatori is not used by Tomatic, ignored",
                "config.yaml:8: warning: setting maximCompeticioPerTorn is not used by Tomatic, ignored");
    }

    @Test
    void absentSettingsAreNullAndAnAbsentFileGivesNoSettings() {
        assertThat(readOne(dir, "config.yaml", "nTelefons: 2\n").data().settings())
                .isEqualTo(new LegacySettings(null, 2, null, null, null, null, List.of()));
        assertThat(LegacyReader.read(dir.resolve("missing"), null).data().settings()).isNull();
    }

    @Test
    void hoursNormaliseToTwoDigits() {
        var settings = readOne(dir, "config.yaml", "hours: ['8:00', '9:30']\n").data().settings();

        assertThat(settings.hours()).containsExactly("08:00", "09:30");
    }

    @Test
    void reportsBadValuesAtTheirLines() {
        var result = readOne(dir, "config.yaml", """
                hours:
                - '09:00'
                - '10:15'
                - '10:15'
                nTelefons: many
                maxOverload: high
                diesVisualitzacio: [dl, dz]
                maximHoresDiariesGeneral: 0
                maximHoresDiaries: [anna]
                """);

        assertThat(problems(result)).containsExactly(
                "config.yaml:4: `hours` must be strictly increasing ('10:15' is not after '10:15')",
                "config.yaml:5: `nTelefons` must be a whole number >= 1",
                "config.yaml:6: `maxOverload` must be a number",
                "config.yaml:7: `diesVisualitzacio`: unknown weekday 'dz' (expected dl, dm, dx, dj, dv)",
                "config.yaml:8: `maximHoresDiariesGeneral` must be a whole number >= 1",
                "config.yaml:9: `maximHoresDiaries` must be a map of person -> whole number");
    }

    /** The import takes the turn grid page's limits: a million lines would tie up every page that draws them. */
    @Test
    void moreLinesThanTheTurnGridTakesAreRefused() {
        assertThat(problems(readOne(dir, "config.yaml", "nTelefons: 1000000\n"))).containsExactly(
            "config.yaml:1: `nTelefons` is 1000000; Tomatic takes at most 100 lines, as on the turn grid page");
        assertThat(problems(readOne(dir, "config.yaml", "nTelefons: 100\n"))).isEmpty();
    }

    @Test
    void hoursNeedTwoValidTimes() {
        assertThat(problems(readOne(dir, "config.yaml", "hours: ['09:00']\n")))
                .containsExactly("config.yaml:1: `hours` needs at least two times (the start and end of a turn)");
        assertThat(problems(readOne(dir, "config.yaml", "hours:\n- '09:00'\n- '25:00'\n")))
                .containsExactly("config.yaml:3: `hours`: '25:00' is not a time like '09:00'");
    }

    @Test
    void aConfigThatIsNotAMapIsAnError() {
        assertThat(problems(readOne(dir, "config.yaml", "- hours\n- nTelefons\n")))
                .containsExactly("config.yaml:1: config.yaml must be a map of setting -> value");
    }
}
