package org.tomatic.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The §3 rules, each on its own. */
class BeyondTheOldModelTests {

    static final Slot MONDAY_FIRST = new Slot("dl", 0);

    private static Problems team(int turns, int lines, String... people) {
        Problems week = Problems.week(turns, lines, "dl");
        for (String p : people) {
            week.person(p, 1, 1);
        }
        return week;
    }

    @Test
    void atMostSoManyPeopleOfOneDeskOnThePhone() {
        Rules desks = Rules.NONE.withDesks(Map.of("anna", 1, "pau", 1, "marta", 1), 1, 0);
        Solution s = team(1, 3, "anna", "pau", "marta", "joan", "rosa").rules(desks).solve();

        List<String> onThePhone = s.timetable().get("dl").get(0);
        assertThat(onThePhone.stream().filter(List.of("anna", "pau", "marta")::contains)).hasSize(1);
        assertThat(onThePhone).contains("joan", "rosa");
    }

    @Test
    void sharingADeskCostsPerPairButBeatsAHole() {
        Rules desks = Rules.NONE.withDesks(Map.of("anna", 1, "pau", 1), 0, 10);
        Solution s = team(1, 2, "anna", "pau").rules(desks).solve();

        assertThat(s.timetable().get("dl").get(0)).containsExactly("anna", "pau");
        assertThat(s.cost().breakdown()).containsEntry("sharedDesk", 10L);
        assertThat(s.cost().penalties()).extracting(Penalty::reason)
            .contains("desk 1, dl 09:00: 2 people on the phone at once (+10)");
    }

    @Test
    void aGroupHasAtMostSoManyOnThePhone() {
        Rules groups = Rules.NONE.withGroups(List.of(new Rules.Group("it", Set.of("anna", "pau", "marta"), 1, 0)));
        Solution s = team(1, 3, "anna", "pau", "marta", "joan").rules(groups).solve();

        assertThat(s.timetable().get("dl").get(0).stream().filter(Set.of("anna", "pau", "marta")::contains))
            .hasSize(1);
    }

    @Test
    void aGroupKeepsSomeoneOffThePhone() {
        Rules groups = Rules.NONE.withGroups(List.of(new Rules.Group("factura", Set.of("anna", "pau"), 0, 1)));
        Solution s = team(1, 2, "anna", "pau").rules(groups).solve();

        assertThat(s.timetable().get("dl").get(0)).containsOnlyOnce("ningu");
    }

    @Test
    void pinnedPeopleStayWhereTheyAre() {
        Rules pinned = Rules.NONE.withStability(Map.of(MONDAY_FIRST, Set.of("pau")), Map.of(), 0);
        Solution s = team(1, 1, "anna", "pau").undesired("pau", "dl", 0).rules(pinned).solve();

        assertThat(s.timetable().get("dl").get(0)).containsExactly("pau");
        assertThat(s.cost().breakdown()).containsEntry("undesired", 5L);
    }

    @Test
    void pinningABusyPersonIsExplained() {
        Rules pinned = Rules.NONE.withStability(Map.of(MONDAY_FIRST, Set.of("pau")), Map.of(), 0);
        assertThatThrownBy(() -> team(2, 1, "anna", "pau").busy("pau", "dl", 0).rules(pinned).solve())
            .isInstanceOf(UnsolvableException.class)
            .hasMessageContaining("pau is pinned on dl 09:00 but busy then: meeting");
    }

    @Test
    void aRepairChangesAsLittleAsItCan() {
        Map<Slot, Set<String>> previous = Map.of(MONDAY_FIRST, Set.of("anna"), new Slot("dl", 1), Set.of("pau"));
        Problems week = team(2, 1, "anna", "pau").undesired("anna", "dl", 0);

        Solution free = week.solve();
        assertThat(free.timetable().get("dl").get(0)).containsExactly("pau");

        Solution stable = week.rules(Rules.NONE.withStability(Map.of(), previous, 30)).solve();
        assertThat(stable.timetable().get("dl").get(0)).containsExactly("anna");
        assertThat(stable.cost().breakdown()).containsEntry("changedCells", 0L).containsEntry("undesired", 5L);
    }
}
