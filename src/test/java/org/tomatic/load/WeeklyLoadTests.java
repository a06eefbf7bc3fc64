package org.tomatic.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tomatic.load.Accounts.account;
import static org.tomatic.load.Accounts.turns;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WeeklyLoadTests {

    private static List<String> free(int days, String pattern) {
        return Collections.nCopies(days, pattern);
    }

    private static LoadPerson person(String id, int ideal, double credit, int workingDays) {
        return new LoadPerson(id, ideal, 0, free(workingDays, "0"), null, credit);
    }

    /**
     * The doc's small check. Its numbers come out only when the limited loads already fill the cells, so that
     * step 5 has nothing to do and step 6 moves one turn inside the debtor/creditor pair (a, b): with cells left
     * to fill, step 5 would give a its turn first and b would keep its two. Here a and b hold 1 + 2 = 3 turns
     * for 3 cells, and a's upper bound (ponderated 1 + max overload 1) leaves room for its second turn.
     */
    @Test
    void theDocsSmallCheckOnStepsFiveAndSix() {
        var accounts = List.of(account("a", 1, 2, -1), account("b", 2, 3, 1));
        FillAndTrim.reachCells(accounts, 3);
        Compensation.compensate(accounts);
        assertThat(turns(accounts)).isEqualTo(Map.of("a", 2, "b", 1));

        var halves = List.of(account("a", 1, 2, -0.5), account("b", 2, 3, 0.5));
        FillAndTrim.reachCells(halves, 3);
        Compensation.compensate(halves);
        assertThat(turns(halves)).isEqualTo(Map.of("a", 1, "b", 2));
    }

    /**
     * The doc's small check end to end. A five-day week (so ponderated = ideal) of one turn and one line has 5
     * cells, not 3: c, with ideal 2 and no credit, takes the other two so that again nothing is left to fill.
     * Max overload 1 gives upper bounds a 2, b 3, c 3 (capacity 5 each: one turn a day).
     */
    @Test
    void theDocsSmallCheckEndToEnd() {
        var input = new LoadInput(List.of(person("a", 1, -1, 5), person("b", 2, 1, 5), person("c", 2, 0, 5)),
                5, 1, 1, 2, 1, true);

        LoadResult result = WeeklyLoad.compute(input);

        assertThat(result.persons()).containsExactly(
                new PersonLoad("a", 1, 1.0, 1, 5, 2, 1, 2, 1.0, -1.0, 0.0),
                new PersonLoad("b", 2, 2.0, 2, 5, 3, 2, 1, -1.0, 1.0, 0.0),
                new PersonLoad("c", 2, 2.0, 2, 5, 3, 2, 2, 0.0, 0.0, 0.0));
        assertThat(result).extracting(LoadResult::cells, LoadResult::totalFinal, LoadResult::nobodyLoad,
                LoadResult::lines, LoadResult::droppedLines).containsExactly(5, 5, 0, 1, 0);
    }

    @Test
    void theDocsSmallCheckWithHalfCreditsChangesNothing() {
        var input = new LoadInput(List.of(person("a", 1, -0.5, 5), person("b", 2, 0.5, 5), person("c", 2, 0, 5)),
                5, 1, 1, 2, 1, true);

        LoadResult result = WeeklyLoad.compute(input);

        assertThat(result.persons()).extracting(PersonLoad::finalLoad).containsExactly(1, 2, 2);
        assertThat(result.persons()).extracting(PersonLoad::creditAfter).containsExactly(-0.5, 0.5, 0.0);
        assertThat(result.persons()).extracting(PersonLoad::overload).containsExactly(0.0, 0.0, 0.0);
    }

    /**
     * A four-day week (a holiday) of 4 turns and 2 lines: 32 cells, max 2 turns a day, max overload 1.
     * ana: ponderated 5 × 4/5 = 4.0, capacity 4 × 2 = 8, upper bound min(5, 8) = 5, limited 4.
     * bob: one day off (marked all busy), 5 × 3/5 = 3.0, capacity 0 + 3 × 2 = 6, upper min(4, 6) = 4, limited 3.
     * cai: max 1 a day, 4 × 4/5 = 3.2 → 3, capacity 1 + 1 + 0 + 1 = 3, upper min(4.2, 3) = 3, limited 3.
     * dan: off all four days (not marked), 0 everywhere.
     * Fill 22: debtors dan and cai are at their upper bound; everyone: ana → 5, bob → 4; then nobody can take more.
     * Compensation: (dan, bob) and (cai, ana) fail, the debtors being at their upper bound.
     * 12 turns: 20 holes, one line of 16 cells dropped, 4 holes left.
     */
    @Test
    void aWeekWithAHolidayDaysOffAndHoles() {
        LoadResult result = WeeklyLoad.compute(holidayWeek(true));

        assertThat(result.persons()).containsExactly(
                new PersonLoad("ana", 5, 4.0, 4, 8, 5, 4, 5, 1.0, 0.0, 1.0),
                new PersonLoad("bob", 5, 3.0, 3, 6, 4, 3, 4, 1.0, 2.0, 3.0),
                new PersonLoad("cai", 4, 3.2, 3, 3, 3, 3, 3, -0.2, -1.0, -1.0),
                new PersonLoad("dan", 6, 0.0, 0, 0, 0, 0, 0, 0.0, -3.0, -3.0));
        assertThat(result).extracting(LoadResult::cells, LoadResult::totalFinal, LoadResult::nobodyLoad,
                LoadResult::lines, LoadResult::droppedLines).containsExactly(32, 12, 4, 1, 1);
    }

    @Test
    void withoutAdjustingLinesAllHolesAreNobodyLoad() {
        LoadResult result = WeeklyLoad.compute(holidayWeek(false));

        assertThat(result.persons()).extracting(PersonLoad::finalLoad).containsExactly(5, 4, 3, 0);
        assertThat(result).extracting(LoadResult::cells, LoadResult::totalFinal, LoadResult::nobodyLoad,
                LoadResult::lines, LoadResult::droppedLines).containsExactly(32, 12, 20, 2, 0);
    }

    private static LoadInput holidayWeek(boolean adjustLines) {
        return new LoadInput(List.of(
                new LoadPerson("ana", 5, 0, free(4, "0000"), null, 0),
                new LoadPerson("bob", 5, 1, List.of("1111", "0000", "0000", "0000"), null, 2),
                new LoadPerson("cai", 4, 0, List.of("0110", "0101", "1111", "0000"), 1, -1),
                new LoadPerson("dan", 6, 4, free(4, "0000"), null, -3)),
                4, 4, 2, 2, 1, adjustLines);
    }

    /**
     * Five days, one turn, one line: 5 cells, capacity 5 each, no overload. Limited 4 + 3 + 2 = 9: trim 4.
     * Creditors a(1), b(0.5) give one each → 7; then nobody has credit: everyone by credit descending,
     * a(0), b(-0.5), c(-1): a and b give → 5.
     */
    @Test
    void tooManyTurnsAreTrimmed() {
        var input = new LoadInput(List.of(person("a", 4, 1, 5), person("b", 3, 0.5, 5), person("c", 2, -1, 5)),
                5, 1, 1, 2, 0, true);

        LoadResult result = WeeklyLoad.compute(input);

        assertThat(result.persons()).containsExactly(
                new PersonLoad("a", 4, 4.0, 4, 5, 4, 4, 2, -2.0, 1.0, -1.0),
                new PersonLoad("b", 3, 3.0, 3, 5, 3, 3, 1, -2.0, 0.5, -1.5),
                new PersonLoad("c", 2, 2.0, 2, 5, 2, 2, 2, 0.0, -1.0, -1.0));
        assertThat(result).extracting(LoadResult::cells, LoadResult::totalFinal, LoadResult::nobodyLoad)
                .containsExactly(5, 5, 0);
    }

    @Test
    void keepsThePersonsInInputOrder() {
        var input = new LoadInput(List.of(person("zoe", 1, 0, 5), person("abel", 1, 0, 5)), 5, 1, 1, 2, 0, true);

        assertThat(WeeklyLoad.compute(input).persons()).extracting(PersonLoad::id).containsExactly("zoe", "abel");
    }

    @Test
    void usesThePersonalMaxPerDayOverTheGeneralOne() {
        var input = new LoadInput(List.of(
                new LoadPerson("a", 5, 0, free(5, "0000"), 1, 0),
                new LoadPerson("b", 5, 0, free(5, "0000"), null, 0),
                new LoadPerson("c", 5, 0, free(5, "0000"), 4, 0)),
                5, 4, 1, 2, 0, true);

        assertThat(WeeklyLoad.compute(input).persons()).extracting(PersonLoad::capacity)
                .containsExactly(5, 10, 20);
    }

    @Test
    void nobodyAtAllLeavesNoLines() {
        var input = new LoadInput(List.of(), 5, 4, 3, 2, 0, true);

        LoadResult result = WeeklyLoad.compute(input);

        assertThat(result).extracting(LoadResult::cells, LoadResult::totalFinal, LoadResult::nobodyLoad,
                LoadResult::lines, LoadResult::droppedLines).containsExactly(60, 0, 0, 0, 3);
    }
}
