package org.tomatic.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The cost recomputed from a timetable, term by term, as ../shared/bench/check.py does. */
class CostTests {

    @Test
    void theDocsExamplesForTwoTurnsInADay() {
        // (A day with turns 1 and 2 costs 20; turns 2 and 3: 30; 1 and 4: 40; 1 and 3: 50.)
        assertThat(costOfDay("1100")).isEqualTo(20);
        assertThat(costOfDay("0110")).isEqualTo(30);
        assertThat(costOfDay("1001")).isEqualTo(40);
        assertThat(costOfDay("1010")).isEqualTo(50);
    }

    @Test
    void holesCostSquaredPlusIncompletion() {
        Problem p = Problems.week(1, 3, "dl").person("anna", 1, 1).build();
        Cost cost = Cost.of(p, Map.of("dl", List.of(List.of("anna", "ningu", "ningu"))));

        assertThat(cost.breakdown()).containsEntry("emptySlots", 400L).containsEntry("incompletion", 1L);
        assertThat(cost.total()).isEqualTo(401);
        assertThat(cost.penalties()).extracting(Penalty::reason).contains("dl 09:00: 2 empty lines (+400)");
    }

    @Test
    void undesiredAndUnforcedTurns() {
        Problem p = Problems.week(1, 1, "dl").person("anna", 1, 1).person("pau", 1, 1)
            .undesired("anna", "dl", 0).forced("pau", "dl", 0).build();
        Cost cost = Cost.of(p, Map.of("dl", List.of(List.of("anna"))));

        assertThat(cost.breakdown()).containsEntry("undesired", 5L).containsEntry("unforced", 50L);
        assertThat(cost.penalties()).extracting(Penalty::reason)
            .contains("fixed turn of pau on dl 09:00 not placed (+50)");
    }

    private static long costOfDay(String pattern) {
        Problem p = Problems.week(4, 1, "dl").person("anna", 2, 2).build();
        List<List<String>> day = pattern.chars().mapToObj(c -> List.of(c == '1' ? "anna" : "ningu")).toList();
        long holes = 100L * pattern.chars().filter(c -> c == '0').count();
        return Cost.of(p, Map.of("dl", day)).total() - holes;
    }
}
