package org.tomatic.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.tomatic.planner.solver.InstanceGenerator.Shape;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Generated benchmark weeks: reproducible, of the shape asked, readable and solvable. */
class InstanceGeneratorTests {

    static final Shape STANDARD = Shape.parse("75x5x4x8");

    @Test
    void theSameSeedGivesTheSameJson() {
        assertThat(InstanceGenerator.generate(STANDARD, 1).json()).isEqualTo(InstanceGenerator.generate(STANDARD, 1).json());
        assertThat(InstanceGenerator.generate(STANDARD, 7, 3).json())
            .isEqualTo(InstanceGenerator.generate(STANDARD, 7, 3).json());
    }

    @Test
    void anotherSeedGivesAnotherWeek() {
        var one = InstanceGenerator.generate(STANDARD, 1);
        var two = InstanceGenerator.generate(STANDARD, 2);
        assertThat(one.name()).isEqualTo("gen-75x5x4x8-s1");
        assertThat(two.name()).isEqualTo("gen-75x5x4x8-s2");
        assertThat(busyOf(one.problem())).isNotEqualTo(busyOf(two.problem()));
    }

    @Test
    void theReaderReadsTheStatedSizes() {
        Problem p = InstanceGenerator.generate(STANDARD, 1).problem();

        assertThat(p.name()).isEqualTo("gen-75x5x4x8-s1");
        assertThat(p.persons()).hasSize(75);
        assertThat(p.workingDays()).containsExactly("dl", "dm", "dx", "dj", "dv");
        assertThat(p.turns()).isEqualTo(4);
        assertThat(p.lines()).isEqualTo(8);
        assertThat(p.maxPerDay()).isEqualTo(2);
        assertThat(p.persons()).allSatisfy(person -> assertThat(person.maxPerDay()).isEqualTo(2));
    }

    @Test
    void fewerDaysAreHolidaysAndTheDailyMaximumIsEveryones() {
        Problem p = InstanceGenerator.generate(Shape.parse("40x3x5x6"), 4, 3).problem();

        assertThat(p.name()).isEqualTo("gen-40x3x5x6-max3-s4");
        assertThat(p.days()).hasSize(5);
        assertThat(p.workingDays()).hasSize(3);
        assertThat(p.holidays()).hasSize(2);
        assertThat(p.turns()).isEqualTo(5);
        assertThat(p.maxPerDay()).isEqualTo(3);
        assertThat(p.persons()).allSatisfy(person -> assertThat(person.maxPerDay()).isEqualTo(3));
        assertThat(p.busy().keySet()).allSatisfy(slot -> assertThat(p.workingDays()).contains(slot.day()));
    }

    @Test
    void theWeekLooksLikeARealOne() {
        Problem p = InstanceGenerator.generate(Shape.parse("200x5x4x20"), 3).problem();
        int cells = 5 * 4 * 20;

        int load = p.persons().stream().mapToInt(Problem.Person::maxLoad).sum();
        assertThat(load).isLessThanOrEqualTo(cells).isGreaterThan(cells * 9 / 10);
        assertThat(p.persons()).allSatisfy(person -> assertThat(person.maxLoad()).isBetween(0, capacity(p, person)));
        assertThat(p.persons().stream().map(Problem.Person::maxLoad).distinct().count()).as("loads vary").isGreaterThan(2);
        assertThat(reasons(p.busy())).contains("weekly meeting", "vacation day", "family (every day)");
        assertThat(p.undesired()).isNotEmpty();
        assertThat(p.forced()).isNotEmpty();
        assertThat(p.persons()).filteredOn(person -> capacity(p, person) < 10).as("some have fewer days").isNotEmpty();
    }

    @Test
    void theJsonHasTheFormatFields(@TempDir Path dir) throws Exception {
        var week = InstanceGenerator.generate(STANDARD, 1);
        Path file = dir.resolve("week.json");
        week.write(file);
        JsonNode doc = JsonMapper.builder().build().readTree(file);

        assertThat(doc.get("format").asString()).isEqualTo("tomatic-timetable-instance/1");
        int load = 0;
        for (JsonNode person : doc.get("persons")) {
            load += person.get("maxLoad").asInt();
        }
        assertThat(load + doc.get("nobodyLoad").asInt()).isEqualTo(160);
        assertThat(doc.get("hours")).hasSize(5);
        assertThat(InstanceJson.read(file).persons()).isEqualTo(week.problem().persons());
    }

    @Test
    void aSmallWeekSolvesToAFeasibleTimetable() {
        Problem p = InstanceGenerator.generate(Shape.parse("12x5x4x3"), 1).problem();

        Solution s = TimetableSolver.solve(p, SolverSettings.defaults().withTimeLimit(Duration.ofSeconds(10)), x -> { });

        assertThat(s.optimal()).isTrue();
        Map<String, Integer> taken = new java.util.HashMap<>();
        for (String day : p.workingDays()) {
            List<List<String>> turns = s.timetable().get(day);
            assertThat(turns).hasSize(4);
            for (int turn = 0; turn < 4; turn++) {
                Slot slot = new Slot(day, turn);
                List<String> people = turns.get(turn).stream().filter(n -> !Problem.NOBODY.equals(n)).toList();
                assertThat(turns.get(turn)).hasSize(3);
                assertThat(people).doesNotHaveDuplicates().allSatisfy(n -> assertThat(p.isBusy(n, slot)).isFalse());
                people.forEach(n -> taken.merge(n, 1, Integer::sum));
            }
        }
        assertThat(p.persons()).allSatisfy(person ->
            assertThat(taken.getOrDefault(person.name(), 0)).isLessThanOrEqualTo(person.maxLoad()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"75x5", "75x5x4", "75x5x4x8x1", "axbxcxd", "75 x 5 x 4 x 8", "0x5x4x8", "75x6x4x8",
        "75x0x4x8", "75x5x0x8", "75x5x4x0", "-1x5x4x8", "", "99999999x5x4x8"})
    void theShapeParserRejectsBadText(String text) {
        assertThatThrownBy(() -> Shape.parse(text)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'" + text + "'");
    }

    @Test
    void theShapeParserReadsPeopleDaysTurnsLines() {
        assertThat(Shape.parse("500x5x4x60")).isEqualTo(new Shape(500, 5, 4, 60));
        assertThat(Shape.parse(" 12X5X4X3 ")).isEqualTo(new Shape(12, 5, 4, 3));
        assertThat(Shape.parse("75x5x4x8")).hasToString("75x5x4x8");
    }

    private static Map<Slot, java.util.Set<String>> busyOf(Problem p) {
        Map<Slot, java.util.Set<String>> busy = new java.util.HashMap<>();
        p.busy().forEach((slot, people) -> busy.put(slot, people.keySet()));
        return busy;
    }

    private static List<String> reasons(Map<Slot, Map<String, String>> cells) {
        return cells.values().stream().flatMap(m -> m.values().stream()).distinct().toList();
    }

    private static int capacity(Problem p, Problem.Person person) {
        int capacity = 0;
        for (String day : p.workingDays()) {
            int free = 0;
            for (int turn = 0; turn < p.turns(); turn++) {
                free += p.isBusy(person.name(), new Slot(day, turn)) ? 0 : 1;
            }
            capacity += Math.min(person.maxPerDay(), free);
        }
        return capacity;
    }
}
