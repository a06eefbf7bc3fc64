package org.tomatic.legacy.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tomatic.legacy.format.LegacyTestFiles.date;
import static org.tomatic.legacy.format.LegacyTestFiles.problems;
import static org.tomatic.legacy.format.LegacyTestFiles.readOne;
import static org.tomatic.legacy.format.LegacyTestFiles.write;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CreditFileTests {

    @TempDir
    Path dir;

    @Test
    void readsDatedSnapshots() {
        var result = readOne(dir, "graelles/shiftcredit-2026-03-02.yaml", "anna: 2\npau: -1.5\n");

        LegacyTestFiles.assertNoProblems(result);
        assertThat(result.data().credits()).containsExactly(new LegacyCredit(date("2026-03-02"),
                Map.of("anna", 2.0, "pau", -1.5), new Source("graelles/shiftcredit-2026-03-02.yaml", 0)));
    }

    @Test
    void aBareSnapshotBelongsToTheGivenWeekOrToNone() {
        write(dir, "shiftcredit.yaml", "anna: 1\n");
        write(dir, "graelles/shiftcredit-2026-03-02.yaml", "anna: 3\n");

        assertThat(LegacyReader.read(dir, null).data().credits()).extracting(LegacyCredit::week)
                .containsExactly(null, date("2026-03-02"));
        assertThat(LegacyReader.read(dir, date("2026-03-09")).data().credits()).extracting(LegacyCredit::week)
                .containsExactly(date("2026-03-02"), date("2026-03-09"));
    }

    @Test
    void reportsValuesThatAreNotNumbers() {
        var result = readOne(dir, "graelles/shiftcredit.yaml", "anna: 2\npau: molt\n.inf: 3\njordi: .nan\nmarc: 1e400\n");

        assertThat(problems(result)).containsExactly(
                "graelles/shiftcredit.yaml:2: `shiftcredit.yaml`: pau: 'molt' is not a number",
                "graelles/shiftcredit.yaml:3: `shiftcredit.yaml`: bad person id '.inf'",
                "graelles/shiftcredit.yaml:4: `shiftcredit.yaml`: jordi: '.nan' is not a number",
                "graelles/shiftcredit.yaml:5: `shiftcredit.yaml`: marc: '1e400' is not a number");
        assertThat(result.data().credits()).isEmpty();
    }

    @Test
    void aListIsNotACreditMap() {
        var result = readOne(dir, "graelles/shiftcredit-2026-03-02.yaml", "- anna\n- 2\n");

        assertThat(problems(result)).containsExactly(
                "graelles/shiftcredit-2026-03-02.yaml:1: `shiftcredit-2026-03-02.yaml` must be a map of person -> number");
    }
}
