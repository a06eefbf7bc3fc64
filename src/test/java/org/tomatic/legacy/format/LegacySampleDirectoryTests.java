package org.tomatic.legacy.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tomatic.system.Weekdays;

class LegacySampleDirectoryTests {

    private static final int PEOPLE = 45;
    private static final int WEEKS = 8;

    @TempDir
    Path tmp;

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedOthers() throws IOException {
        LegacySampleDirectory.write(tmp.resolve("a"), 20, 3, 11);
        LegacySampleDirectory.write(tmp.resolve("b"), 20, 3, 11);
        LegacySampleDirectory.write(tmp.resolve("c"), 20, 3, 12);

        assertThat(Files.readString(tmp.resolve("b/persons.yaml"))).isEqualTo(Files.readString(tmp.resolve("a/persons.yaml")));
        assertThat(Files.readString(tmp.resolve("b/indisponibilitats.conf")))
                .isEqualTo(Files.readString(tmp.resolve("a/indisponibilitats.conf")));
        assertThat(Files.readString(tmp.resolve("b/graelles/graella-2026-11-23.yaml")))
                .isEqualTo(Files.readString(tmp.resolve("a/graelles/graella-2026-11-23.yaml")));
        assertThat(Files.readString(tmp.resolve("c/persons.yaml"))).isNotEqualTo(Files.readString(tmp.resolve("a/persons.yaml")));
    }

    @Test
    void peopleLookLikeARealTeam() throws IOException {
        LegacyData data = read();
        List<LegacyPerson> people = data.people();

        assertThat(people).hasSize(PEOPLE);
        assertThat(people).extracting(LegacyPerson::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z]{3,10}"));
        assertThat(people).extracting(LegacyPerson::extension).doesNotHaveDuplicates()
                .allMatch(ext -> ext.matches("\\d{4}"));
        assertThat(people).extracting(LegacyPerson::colour).allMatch(c -> c.matches("[0-9a-f]{6}"));
        assertThat(people).filteredOn(p -> p.groups().contains("admin")).hasSize(2);
        assertThat(people).filteredOn(p -> p.idealLoad() == null).isNotEmpty();
        assertThat(people).extracting(LegacyPerson::idealLoad).filteredOn(Objects::nonNull)
                .allMatch(load -> load >= 0 && load <= 6);
        Map<Integer, Long> perDesk = people.stream().map(LegacyPerson::desk).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(d -> d, Collectors.counting()));
        assertThat(perDesk.values()).allMatch(n -> n == 2 || n == 3);
        assertThat(perDesk.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(PEOPLE / 3);
        assertThat(people).filteredOn(p -> p.maxPerDay() != null).hasSize(2);
        assertThat(data.longLeaves()).hasSize(2);
    }

    @Test
    void busyEntriesAreManyAndVaried() throws IOException {
        LegacyData data = read();

        Map<String, Long> perPerson = data.weeklyBusy().stream()
                .collect(Collectors.groupingBy(LegacyBusy::person, Collectors.counting()));
        assertThat(perPerson).hasSize(PEOPLE);
        assertThat(perPerson.values()).allMatch(n -> n >= 4 && n <= 6);
        assertThat(data.weeklyBusy()).anyMatch(LegacyBusy::required).anyMatch(b -> !b.required())
                .anyMatch(b -> b.weekday() == null).anyMatch(b -> b.weekday() != null);
        assertThat(data.weeklyBusy().stream().map(LegacyBusy::turns).distinct().count()).isGreaterThan(5);
        assertThat(data.oneShotBusy()).isNotEmpty().allMatch(b -> b.date() != null
                && !b.date().isBefore(LegacySampleDirectory.CURRENT_WEEK)
                && b.date().isBefore(LegacySampleDirectory.CURRENT_WEEK.plusWeeks(4))
                && Weekdays.isWorkingDay(b.date().getDayOfWeek()));
        assertThat(data.vacations()).isNotEmpty();
    }

    @Test
    void historyIsConsecutiveWeeksWithHolidaysAndACreditSnapshot() throws IOException {
        LegacyData data = read();

        assertThat(data.timetables()).extracting(LegacyTimetable::week).containsExactlyElementsOf(
                Stream.iterate(LegacySampleDirectory.CURRENT_WEEK.minusWeeks(WEEKS), w -> w.plusWeeks(1)).limit(WEEKS)
                        .toList());
        List<String> cells = data.timetables().stream()
                .flatMap(t -> t.grid().cells().values().stream())
                .flatMap(Collection::stream).flatMap(Collection::stream).toList();
        long holidaysInHistory = data.holidays().stream().map(LegacyDay::date)
                .filter(d -> !d.isBefore(data.timetables().get(0).week()) && d.isBefore(LegacySampleDirectory.CURRENT_WEEK)
                        && Weekdays.isWorkingDay(d.getDayOfWeek()))
                .count();
        assertThat(holidaysInHistory).isPositive();
        assertThat(cells.stream().filter(LegacyGrid.HOLIDAY::equals).count()).isEqualTo(holidaysInHistory * 4 * 8);
        assertThat(cells.stream().filter(c -> !c.equals(LegacyGrid.HOLIDAY) && !c.equals(LegacyGrid.NOBODY)))
                .hasSizeGreaterThan(cells.size() / 2);
        assertThat(data.timetables()).allSatisfy(t -> {
            assertThat(t.grid().days()).hasSize(5);
            assertThat(t.grid().cells().get(DayOfWeek.MONDAY)).hasSize(4).allSatisfy(row -> assertThat(row).hasSize(8));
            assertThat(t.overload()).isNotEmpty();
            assertThat(t.cost()).isEqualTo(t.penalties().stream().mapToDouble(LegacyPenalty::cost).sum());
        });
        assertThat(data.timetables()).anyMatch(t -> !t.log().isEmpty()).anyMatch(t -> !t.penalties().isEmpty());
        assertThat(data.credits()).singleElement().extracting(LegacyCredit::week)
                .isEqualTo(LegacySampleDirectory.CURRENT_WEEK.minusWeeks(WEEKS));
    }

    @Test
    void configCarriesOldSolverKeysThatAreReportedAsIgnored() throws IOException {
        LegacySampleDirectory.write(tmp, 10, 1, 3);

        var result = LegacyReader.read(tmp, LegacySampleDirectory.CURRENT_WEEK);

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.data().settings().ignoredKeys()).contains("aleatori", "maximCompeticioPerTorn");
        assertThat(result.data().settings().lines()).isEqualTo(8);
        assertThat(result.data().settings().maxPerDay()).isEqualTo(2);
        assertThat(result.problems()).allMatch(p -> !p.error() && p.source().file().equals("config.yaml"));
    }

    private LegacyData read() throws IOException {
        LegacySampleDirectory.write(tmp, PEOPLE, WEEKS, 2026);
        var result = LegacyReader.read(tmp, LegacySampleDirectory.CURRENT_WEEK);
        assertThat(result.hasErrors()).isFalse();
        return result.data();
    }
}
