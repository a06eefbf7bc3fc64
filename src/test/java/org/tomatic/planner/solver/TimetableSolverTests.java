package org.tomatic.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Each rule of the model on a week small enough to reason about by hand. */
class TimetableSolverTests {

    @Test
    void respectBusy() {
        Solution s = Problems.week(4, 1, "dl").person("anna", 4, 4).busy("anna", "dl", 1, 2).solve();

        assertThat(s.timetable().get("dl").get(1)).containsExactly("ningu");
        assertThat(s.timetable().get("dl").get(2)).containsExactly("ningu");
        assertThat(s.holes()).filteredOn(h -> h.slot().turn() == 1).singleElement()
            .satisfies(h -> assertThat(h.busyPeople()).containsEntry("anna", "meeting"));
    }

    @Test
    void nobodyWorksOnAHoliday() {
        Solution s = Problems.week(4, 1, "dl", "dm").holiday("dl").person("anna", 2, 2).solve();

        assertThat(s.timetable().get("dl")).allSatisfy(lines -> assertThat(lines).containsOnly("festiu"));
        assertThat(s.timetable().get("dm").stream().flatMap(List::stream)).contains("anna");
    }

    @Test
    void atMostLinesPeoplePerTurn() {
        Problems week = Problems.week(4, 2, "dl");
        for (String p : List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j")) {
            week.person(p, 1, 2);
        }
        Solution s = week.solve();

        assertThat(s.timetable().get("dl")).allSatisfy(lines -> assertThat(lines).hasSize(2).doesNotContain("ningu"));
        assertThat(s.cost().total()).isZero();
    }

    @Test
    void eachPersonAtMostTheirLoad() {
        Solution s = Problems.week(4, 1, "dl", "dm").person("anna", 3, 2).solve();

        assertThat(s.timetable().values().stream().flatMap(List::stream).flatMap(List::stream)
            .filter("anna"::equals)).hasSize(3);
    }

    @Test
    void atMostTheDailyMaximum() {
        Solution s = Problems.week(4, 1, "dl").person("anna", 4, 1).solve();

        assertThat(s.timetable().get("dl").stream().flatMap(List::stream).filter("anna"::equals)).hasSize(1);
    }

    @Test
    void holesAreSpreadBecauseTheyCostSquared() {
        // Two people with one turn each and two lines: 1 hole in each of two turns (2×100) beats
        // 2 holes in one turn (400 + 1). The other two turns are empty anyway.
        Solution s = Problems.week(2, 2, "dl").person("anna", 1, 1).person("pau", 1, 1).solve();

        assertThat(s.timetable().get("dl")).allSatisfy(lines -> assertThat(lines).containsOnlyOnce("ningu"));
        assertThat(s.cost().breakdown()).containsEntry("emptySlots", 200L).containsEntry("incompletion", 0L);
    }

    @Test
    void twoTurnsADayCostTwentyButBeatAHole() {
        Solution s = Problems.week(2, 1, "dl").person("anna", 2, 2).solve();

        assertThat(s.cost().total()).isEqualTo(20);
        assertThat(s.cost().breakdown()).containsEntry("dailyPersonHours", 20L);
        assertThat(s.cost().penalties()).singleElement().extracting(Penalty::reason).asString()
            .contains("anna, dl: 2 turns in one day (+20)");
    }

    @Test
    void aFarSplitDayIsPenalised() {
        // Only turns 1 and 4 are free: far split (20) + two turns (20) + two holes (200).
        Solution s = Problems.week(4, 1, "dl").person("anna", 2, 2).busy("anna", "dl", 1, 2).solve();

        assertThat(s.cost().breakdown()).containsEntry("farDiscontinuous", 20L).containsEntry("dailyPersonHours", 20L)
            .containsEntry("emptySlots", 200L);
        assertThat(s.cost().total()).isEqualTo(240);
    }

    @Test
    void adjacentTurnsAvoidTheSplitAndBreakfastPenalties() {
        Solution s = Problems.week(4, 1, "dl").person("anna", 2, 2).solve();

        List<String> day = new ArrayList<>();
        s.timetable().get("dl").forEach(lines -> day.add(lines.get(0).equals("anna") ? "1" : "0"));
        assertThat(String.join("", day)).isIn("1100", "0011");
        assertThat(s.cost().total()).isEqualTo(220);
    }

    @Test
    void aMarathonIsPenalisedWhenThreeTurnsAreAllowed() {
        // Three turns in a row (40) and 3·2·10 = 60 for three turns, against 300 for three holes.
        Solution s = Problems.week(4, 1, "dl").person("anna", 3, 3).busy("anna", "dl", 3).solve();

        assertThat(s.cost().breakdown()).containsEntry("marathon", 40L).containsEntry("dailyPersonHours", 60L);
    }

    @Test
    void undesiredTurnsGoToSomeoneElse() {
        Solution s = Problems.week(1, 1, "dl").person("anna", 1, 1).person("pau", 1, 1)
            .undesired("anna", "dl", 0).solve();

        assertThat(s.timetable().get("dl").get(0)).containsExactly("pau");
        assertThat(s.cost().total()).isZero();
    }

    @Test
    void fixedTurnsAreHonouredUnlessTheirPersonIsBusy() {
        Solution honoured = Problems.week(1, 1, "dl").person("anna", 1, 1).person("pau", 1, 1)
            .forced("pau", "dl", 0).solve();
        assertThat(honoured.timetable().get("dl").get(0)).containsExactly("pau");

        Solution busy = Problems.week(2, 1, "dl").person("anna", 1, 1).person("pau", 1, 1)
            .forced("pau", "dl", 0).busy("pau", "dl", 0).solve();
        assertThat(busy.timetable().get("dl").get(0)).containsExactly("anna");
        assertThat(busy.cost().breakdown()).containsEntry("unforced", 0L);

        Solution noLoad = Problems.week(1, 1, "dl").person("anna", 1, 1).person("pau", 0, 1)
            .forced("pau", "dl", 0).solve();
        assertThat(noLoad.cost().breakdown()).containsEntry("unforced", 50L);
    }

    @Test
    void aWeekNobodyCanWorkIsExplained() {
        assertThatThrownBy(() -> Problems.week(4, 2, "dl").person("anna", 0, 2).solve())
            .isInstanceOf(UnsolvableException.class).hasMessageContaining("nobody has any load");
        assertThatThrownBy(() -> Problems.week(2, 1, "dl").person("anna", 2, 2).person("pau", 1, 2)
            .busy("pau", "dl", 0, 1).solve())
            .isInstanceOf(UnsolvableException.class)
            .hasMessageContaining("pau has a load of 1 but is busy (or off) in every turn of the week");
    }

    @Test
    void everyImprovingSolutionIsReported() {
        List<Progress> seen = new ArrayList<>();
        Problem problem = InstanceJson.read(org.tomatic.SharedBench.instance("syn-60p-5d-8h-10L"));

        Solution s = TimetableSolver.solve(problem, new SolverSettings(Duration.ofSeconds(60), 2, 1, true), seen::add);

        assertThat(s.optimal()).isTrue();
        assertThat(s.cost().total()).isEqualTo(2915);
        assertThat(seen).isNotEmpty().last().extracting(Progress::cost).isEqualTo(2915L);
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i).cost()).isLessThanOrEqualTo(seen.get(i - 1).cost());
        }
        assertThat(s.firstSolutionSeconds()).isLessThanOrEqualTo(s.bestSolutionSeconds());
    }
}
