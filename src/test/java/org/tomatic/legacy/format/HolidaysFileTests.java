package org.tomatic.legacy.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tomatic.legacy.format.LegacyTestFiles.date;
import static org.tomatic.legacy.format.LegacyTestFiles.problems;
import static org.tomatic.legacy.format.LegacyTestFiles.readOne;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HolidaysFileTests {

    @TempDir
    Path dir;

    @Test
    void readsDatesWithTabOrSpaces() {
        var result = readOne(dir, "holidays.conf", """
                # festius
                2026-12-08\tla Immaculada
                2026-12-25   Nadal

                2026-12-26
                """);

        LegacyTestFiles.assertNoProblems(result);
        assertThat(result.data().holidays()).containsExactly(
                new LegacyDay(date("2026-12-08"), "la Immaculada", new Source("holidays.conf", 2)),
                new LegacyDay(date("2026-12-25"), "Nadal", new Source("holidays.conf", 3)),
                new LegacyDay(date("2026-12-26"), "", new Source("holidays.conf", 5)));
    }

    @Test
    void readsNoServiceDaysFromTheDataFolder() {
        var result = readOne(dir, "data/noservice.conf", "2026-12-24\tNit de Nadal\n");

        assertThat(result.data().noService()).containsExactly(
                new LegacyDay(date("2026-12-24"), "Nit de Nadal", new Source("data/noservice.conf", 1)));
        assertThat(result.data().holidays()).isEmpty();
    }

    @Test
    void reportsBadDates() {
        var result = readOne(dir, "holidays.conf", "2026-12-08\tok\n2026-02-30\tmai\n08/12/2026\tno\n");

        assertThat(problems(result)).containsExactly(
                "holidays.conf:2: bad date '2026-02-30' (expected an existing YYYY-MM-DD date, a TAB and a description)",
                "holidays.conf:3: bad date '08/12/2026' (expected an existing YYYY-MM-DD date, a TAB and a description)");
        assertThat(result.data().holidays()).hasSize(1);
    }

    @Test
    void readsLeavesOnePerLine() {
        var result = readOne(dir, "leaves.conf", "# baixes\nanna\n\npau # baixa llarga\nJordi B\n");

        assertThat(result.data().longLeaves()).containsExactly("anna", "pau");
        assertThat(problems(result)).containsExactly("leaves.conf:5: bad person id 'Jordi B' (one id per line)");
    }
}
