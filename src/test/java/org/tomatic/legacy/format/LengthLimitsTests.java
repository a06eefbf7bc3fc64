package org.tomatic.legacy.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tomatic.legacy.format.LegacyTestFiles.errors;
import static org.tomatic.legacy.format.LegacyTestFiles.write;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Texts longer than Tomatic keeps are errors with their file:line, found while reading: they never reach the
 * database (where they would be a clash without a line). A text at its maximum is fine.
 */
class LengthLimitsTests {

    @TempDir
    Path dir;

    @Test
    void aBusyReasonOver500Characters() {
        write(dir, "indisponibilitats.conf", "anna dl 1000 # " + "x".repeat(500) + "\nanna dm 1000 # "
                + "y".repeat(501) + "\n");
        write(dir, "oneshot.conf", "\n\npau 2026-03-12 # " + "z".repeat(501) + "\n");
        write(dir, "indisponibilitats-vacances.conf", "pau dl # " + "v".repeat(501) + "\n");

        var result = LegacyReader.read(dir, LocalDate.of(2026, 3, 9));

        assertThat(errors(result)).containsExactly(
                "indisponibilitats.conf:2: the reason is longer than 500 characters",
                "oneshot.conf:3: the reason is longer than 500 characters",
                "indisponibilitats-vacances.conf:1: the reason is longer than 500 characters");
        assertThat(result.data().weeklyBusy()).singleElement().extracting(b -> b.reason().length()).isEqualTo(500);
    }

    @Test
    void aHolidayNameOver200Characters() {
        write(dir, "holidays.conf", "2026-12-08\t" + "n".repeat(200) + "\n2026-12-25\t" + "n".repeat(201) + "\n");
        write(dir, "data/noservice.conf", "2026-08-14\t" + "t".repeat(201) + "\n");

        var result = LegacyReader.read(dir, null);

        assertThat(errors(result)).containsExactly(
                "holidays.conf:2: the name is longer than 200 characters",
                "data/noservice.conf:1: the name is longer than 200 characters");
        assertThat(result.data().holidays()).hasSize(1);
    }

    @Test
    void aPersonIdOver32Characters() {
        String id = "a".repeat(33);
        write(dir, "persons.yaml", "names:\n  " + "b".repeat(32) + ": B\n  " + id + ": A\ngroups:\n  it: [" + id
                + "]\n");

        var result = LegacyReader.read(dir, null);

        String expected = "person id '" + "a".repeat(32) + "…' is longer than 32 characters";
        assertThat(errors(result)).containsExactly("persons.yaml:3: `names`: " + expected,
                "persons.yaml:5: `groups`: it: " + expected);
        assertThat(result.data().people()).extracting(LegacyPerson::id).containsExactly("b".repeat(32));
    }

    @Test
    void configHoursOverSixteenTurns() {
        var hours = new StringBuilder();
        for (int h = 6; h <= 23; h++) {
            hours.append(hours.length() == 0 ? "" : ", ").append("'").append(h).append(":00'");
        }
        write(dir, "config.yaml", "nTelefons: 3\nhours: [" + hours + "]\n");

        var result = LegacyReader.read(dir, null);

        assertThat(errors(result)).containsExactly("config.yaml:2: `hours` gives 17 turns; Tomatic takes at most 16 a day");
    }

    @Test
    void timetableTextsOverTheirMaxima() {
        String labels = String.join(", ", java.util.Collections.nCopies(80, "Line")); // 80 × 4 + 79 commas = 399
        write(dir, "graelles/graella-2026-03-09.yaml", """
                week: '2026-03-09'
                days: [dl]
                hours: ['09:00', '10:00']
                turns: [%s, L2]
                timetable:
                  dl: [[%s]]
                penalties: [[1, '%s'], [2, ok]]
                log:
                - fine
                - '%s'
                """.formatted(labels, "anna, ".repeat(80) + "anna", "p".repeat(2001), "l".repeat(2001)));

        var result = LegacyReader.read(dir, null);

        assertThat(errors(result)).containsExactly(
                "graelles/graella-2026-03-09.yaml:4: `turns` is longer than 400 characters"
                        + " (the items and a comma between each: 402)",
                "graelles/graella-2026-03-09.yaml:7: `penalties`: the reason is longer than 2000 characters",
                "graelles/graella-2026-03-09.yaml:10: `log`: the message is longer than 2000 characters");
        assertThat(result.data().timetables()).isEmpty();
    }

    @Test
    void aTimetableCellOrOverloadIdOver32Characters() {
        String id = "c".repeat(33);
        write(dir, "graelles/graella-2026-03-09.yaml", """
                days: [dl]
                hours: ['09:00', '10:00']
                turns: [L1]
                timetable:
                  dl: [[%s]]
                overload: {%s: 1}
                """.formatted(id, id));
        write(dir, "graelles/shiftcredit-2026-03-09.yaml", id + ": 2\n");

        var result = LegacyReader.read(dir, null);

        String expected = "person id '" + "c".repeat(32) + "…' is longer than 32 characters";
        assertThat(errors(result)).containsExactly(
                "graelles/graella-2026-03-09.yaml:5: `timetable`: dl: " + expected,
                "graelles/graella-2026-03-09.yaml:6: `overload`: " + expected,
                "graelles/shiftcredit-2026-03-09.yaml:1: `shiftcredit-2026-03-09.yaml`: " + expected);
    }
}
