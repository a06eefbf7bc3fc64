package org.tomatic.legacy.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Writes small legacy files for parser tests and compares data ignoring where it came from. */
final class LegacyTestFiles {

    private LegacyTestFiles() {
    }

    static Path write(Path dir, String path, String text) {
        return write(dir, path, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String path, byte[] bytes) {
        try {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one file and reads the directory. */
    static LegacyReadResult readOne(Path dir, String path, String text) {
        write(dir, path, text);
        return LegacyReader.read(dir, null);
    }

    static List<String> problems(LegacyReadResult result) {
        return result.problems().stream().map(LegacyProblem::toString).toList();
    }

    static List<String> errors(LegacyReadResult result) {
        return result.problems().stream().filter(LegacyProblem::error).map(LegacyProblem::toString).toList();
    }

    static void assertNoProblems(LegacyReadResult result) {
        assertThat(problems(result)).isEmpty();
    }

    /**
     * The data with every {@link Source} cleared, no {@code filesRead} and no ignored settings (the writer
     * cannot write back values it never kept), so that a re-read directory compares equal.
     */
    static LegacyData comparable(LegacyData d) {
        LegacySettings s = d.settings();
        return new LegacyData(d.people(),
                s == null ? null : new LegacySettings(s.hours(), s.lines(), s.maxPerDay(), s.maxOverload(),
                        s.maxHolesPerTurn(), s.days(), List.of()),
                busy(d.weeklyBusy()), busy(d.oneShotBusy()), busy(d.vacations()), d.longLeaves(), days(d.holidays()),
                days(d.noService()), d.forcedTurns(),
                d.timetables().stream().map(t -> new LegacyTimetable(t.week(), t.grid(), t.names(), t.colours(),
                        t.extensions(), t.overload(), t.penalties(), t.cost(), t.log(), null)).toList(),
                d.credits().stream().map(c -> new LegacyCredit(c.week(), c.credit(), null)).toList(), Set.of());
    }

    private static List<LegacyBusy> busy(List<LegacyBusy> entries) {
        return entries.stream().map(b -> new LegacyBusy(b.person(), b.required(), b.weekday(), b.date(), b.turns(),
                b.reason(), null)).toList();
    }

    private static List<LegacyDay> days(List<LegacyDay> days) {
        return days.stream().map(d -> new LegacyDay(d.date(), d.name(), null)).toList();
    }

    static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
