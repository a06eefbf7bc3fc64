package org.tomatic.legacy.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tomatic.legacy.format.LegacyTestFiles.date;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LegacyWriterTests {

    @TempDir
    Path dir;

    @Test
    void numericLookingTextsStayQuotedStrings() throws IOException {
        var anna = new LegacyPerson("anna", "Anna", "201", null, null, "123456", 3, List.of("2026"), 5, 1);
        LegacyWriter.write(data(List.of(anna), List.of()), dir, null);

        assertThat(Files.readString(dir.resolve("persons.yaml"))).isEqualTo("""
                names:
                  anna: Anna
                extensions:
                  anna: '201'
                colors:
                  anna: '123456'
                tables:
                  anna: 3
                groups:
                  '2026': [anna]
                idealloads:
                  anna: 5
                """);
        assertThat(Files.readString(dir.resolve("config.yaml"))).isEqualTo("""
                hours: ['09:00', '10:15', '11:30']
                maximHoresDiaries:
                  anna: 1
                """);
        assertThat(LegacyReader.read(dir, null).data().people()).containsExactly(anna);
    }

    @Test
    void writesOnlyTheVacationsOfTheGivenWeek() throws IOException {
        var vacations = List.of(
                new LegacyBusy("anna", true, null, date("2026-03-10"), "1111", "vacances", null),
                new LegacyBusy("pau", false, null, date("2026-03-13"), "0011", "assumptes propis", null),
                new LegacyBusy("anna", true, null, date("2026-03-16"), "1111", "vacances", null));

        LegacyWriter.write(data(List.of(), vacations), dir, date("2026-03-09"));

        assertThat(Files.readAllLines(dir.resolve("indisponibilitats-vacances.conf")))
                .containsExactly("+anna dm # vacances", "pau dv 0011 # assumptes propis");
    }

    @Test
    void writesTimetablesWithWholeNumbersAndOnlyTheKeysThatHaveData() throws IOException {
        var grid = new LegacyGrid(List.of(DayOfWeek.MONDAY), List.of("09:00", "10:15"), List.of("L1", "L2"),
                Map.of(DayOfWeek.MONDAY, List.of(List.of("anna", "ningu"))));
        var timetable = new LegacyTimetable(date("2026-03-09"), grid, Map.of(), Map.of(), Map.of(),
                Map.of("anna", -0.5), List.of(new LegacyPenalty(100, "1 forats a dl 09:00")), 120.0, List.of(), null);
        var data = new LegacyData(List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                null, List.of(timetable), List.of(new LegacyCredit(null, Map.of("anna", 2.0), null)), Set.of());

        LegacyWriter.write(data, dir, null);

        assertThat(Files.readString(dir.resolve("graelles/graella-2026-03-09.yaml"))).isEqualTo("""
                week: '2026-03-09'
                days: [dl]
                hours: ['09:00', '10:15']
                turns: [L1, L2]
                timetable:
                  dl:
                  - [anna, ningu]
                overload:
                  anna: -0.5
                penalties:
                - [100, '1 forats a dl 09:00']
                cost: 120
                """);
        assertThat(Files.readString(dir.resolve("graelles/shiftcredit.yaml"))).isEqualTo("anna: 2\n");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactly("graelles");
    }

    private static LegacyData data(List<LegacyPerson> people, List<LegacyBusy> vacations) {
        var settings = new LegacySettings(List.of("09:00", "10:15", "11:30"), null, null, null, null, null, List.of());
        return new LegacyData(people, settings, List.of(), List.of(), vacations, List.of(), List.of(), List.of(), null,
                List.of(), List.of(), Set.of());
    }
}
