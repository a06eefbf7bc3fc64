package org.tomatic.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Lines per turn (from staffing): never more people than a turn's lines, holes counted against them. */
class SlotLinesTests {

    private static final SolverSettings SETTINGS = new SolverSettings(Duration.ofSeconds(30), 2, 0, true);

    private static String instance(String slotLines) {
        return """
            {"name": "slot-lines", "days": ["dl", "dm"], "nHours": 4, "nLines": 3, "maxPerDay": 2,
             "persons": [{"name": "anna", "maxLoad": 4}, {"name": "pau", "maxLoad": 4},
                         {"name": "rosa", "maxLoad": 4}, {"name": "joan", "maxLoad": 2}]
             %s}
            """.formatted(slotLines.isEmpty() ? "" : ", \"slotLines\": " + slotLines);
    }

    @Test
    void aTurnNeverGetsMorePeopleThanItsLines() {
        Problem problem = InstanceJson.parse(instance("{\"dl\": [3, 1, 0, 2], \"dm\": [2, 3, 3, 1]}"), "test");

        for (boolean relaxation : List.of(true, false)) {
            Solution s = TimetableSolver.solve(problem, SETTINGS.withRelaxation(relaxation), p -> { });

            assertThat(s.optimal()).isTrue();
            List<Integer> monday = List.of(3, 1, 0, 2);
            for (int t = 0; t < 4; t++) {
                assertThat(s.timetable().get("dl").get(t)).hasSize(monday.get(t));
            }
            assertThat(s.timetable().get("dl").get(2)).isEmpty();
            // 15 lines in all, 14 turns of load: one hole, where it costs least.
            long people = s.timetable().values().stream().flatMap(List::stream).flatMap(List::stream)
                .filter(p -> !Problem.NOBODY.equals(p)).count();
            assertThat(people).isEqualTo(14);
            assertThat(s.cost().breakdown().get("emptySlots")).isEqualTo(100);
            assertThat(problem.cells()).isEqualTo(15);
        }
    }

    @Test
    void theSameLinesEverywhereAreTheOldWeek() {
        Problem plain = InstanceJson.parse(instance(""), "plain");
        Problem same = InstanceJson.parse(instance("{\"dl\": [3, 3, 3, 3], \"dm\": [3, 3, 3, 3]}"), "same");

        Solution a = TimetableSolver.solve(plain, SETTINGS, p -> { });
        Solution b = TimetableSolver.solve(same, SETTINGS, p -> { });

        assertThat(b.cost().total()).isEqualTo(a.cost().total());
        assertThat(b.cost().breakdown()).isEqualTo(a.cost().breakdown());
        assertThat(same.cells()).isEqualTo(plain.cells()).isEqualTo(24);
    }

    @Test
    void aGeneratedWeekWithFewerLinesSomeTurnsIsProvedAsByCpSatAlone() {
        Problem week = InstanceGenerator.generate(InstanceGenerator.Shape.parse("30x5x4x5"), 4, 2).problem()
            .withSlotLines(Map.of("dl", List.of(5, 4, 2, 3), "dx", List.of(1, 5, 5, 0)));

        Solution alone = TimetableSolver.solve(week, SETTINGS.withRelaxation(false), p -> { });
        Solution solved = TimetableSolver.solve(week, SETTINGS, p -> { });

        assertThat(solved.optimal()).isTrue();
        assertThat(solved.cost().total()).isEqualTo(alone.cost().total());
        assertThat(solved.timetable().get("dx").get(3)).isEmpty();
        assertThat(solved.timetable().get("dl").get(2)).hasSize(2);
    }

    @Test
    void wrongLinesPerTurnAreRefusedSayingWhere() {
        assertThatThrownBy(() -> InstanceJson.parse(instance("{\"dl\": [3, 4, 1, 1]}"), "f.json"))
            .isInstanceOf(UnsolvableException.class)
            .hasMessageContaining("slotLines: 'dl' turn 2 has 4 lines; each turn takes 0 to nLines (3)");
        assertThatThrownBy(() -> InstanceJson.parse(instance("{\"dl\": [3, 1]}"), "f.json"))
            .hasMessageContaining("slotLines: 'dl' needs 4 counts (one per turn), not 2");
        assertThatThrownBy(() -> InstanceJson.parse(instance("{\"dv\": [1, 1, 1, 1]}"), "f.json"))
            .hasMessageContaining("slotLines: 'dv' is not one of the days [dl, dm]");
        assertThatThrownBy(() -> InstanceJson.parse(instance("{\"dl\": [1, -1, 1, 1]}"), "f.json"))
            .hasMessageContaining("turn 2 has -1 lines");
    }
}
