package org.tomatic.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** §1 step by step, with fixtures small enough to compute by hand. */
class WeeklyLoadTests {

    /** Someone free all week (five four-turn days). */
    static LoadPerson free(String id, int ideal, double credit) {
        return new LoadPerson(id, ideal, 0, Collections.nCopies(5, "0000"), null, credit);
    }

    static LoadResult week(int lines, double maxOverload, LoadPerson... people) {
        return WeeklyLoad.compute(new LoadInput(List.of(people), 5, 4, lines, 2, maxOverload, true));
    }

    static PersonLoad of(LoadResult r, String id) {
        return r.persons().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void ponderatedCountsOnlyTheDaysPresent() {
        assertThat(WeeklyLoad.ponderated(5, 5, 0)).isEqualTo(5.0);
        assertThat(WeeklyLoad.ponderated(4, 5, 3)).isEqualTo(1.6);
        assertThat(WeeklyLoad.ponderated(5, 4, 0)).isEqualTo(4.0); // a holiday week: still divided by 5
        assertThat(WeeklyLoad.ponderated(5, 5, 5)).isZero();
    }

    @Test
    void roundedHalvesToEven() {
        assertThat(WeeklyLoad.rounded(2.5)).isEqualTo(2);
        assertThat(WeeklyLoad.rounded(3.5)).isEqualTo(4);
        assertThat(WeeklyLoad.rounded(1.6)).isEqualTo(2);
        assertThat(WeeklyLoad.rounded(1.4)).isEqualTo(1);
    }

    @Test
    void upperBoundIsTheSmallerOfOverloadAndCapacity() {
        assertThat(WeeklyLoad.upperBound(3.0, 0, 10)).isEqualTo(3);
        assertThat(WeeklyLoad.upperBound(3.0, 1, 10)).isEqualTo(4);
        assertThat(WeeklyLoad.upperBound(3.0, 1, 2)).isEqualTo(2);
        assertThat(WeeklyLoad.upperBound(1.5, 1, 10)).isEqualTo(2); // 2.5 → 2, half to even
    }

    @Test
    void theDocsSmallCheckOfTheCompensation() {
        // ideal {a:1, b:2}, credit {a:−1, b:+1}: the pair is compensated → final {a:2, b:1}
        // (a may go one above its load: upper bound 2 with maxOverload 1).
        List<WeeklyLoad.Row> rows = rows(-1, 1);
        WeeklyLoad.compensate(rows);
        assertThat(rows).extracting(r -> r.load).containsExactly(2, 1);
        assertThat(rows).extracting(r -> r.credit).containsExactly(0.0, 0.0);

        // credits −0.5/+0.5: moving would not lower |−0.5| + |0.5| → unchanged.
        List<WeeklyLoad.Row> halves = rows(-0.5, 0.5);
        WeeklyLoad.compensate(halves);
        assertThat(halves).extracting(r -> r.load).containsExactly(1, 2);
    }

    @Test
    void compensationNeedsRoomBelowTheDebtorsUpperBound() {
        List<WeeklyLoad.Row> rows = List.of(
            new WeeklyLoad.Row(new LoadPerson("a", 1, 0, List.of(), null, -3), 1, 1, 10, 1),
            new WeeklyLoad.Row(new LoadPerson("b", 2, 0, List.of(), null, 3), 2, 2, 10, 3));
        WeeklyLoad.compensate(rows);
        assertThat(rows).extracting(r -> r.load).containsExactly(1, 2);
    }

    private static List<WeeklyLoad.Row> rows(double creditA, double creditB) {
        return List.of(
            new WeeklyLoad.Row(new LoadPerson("a", 1, 0, List.of(), null, creditA), 1, 1, 10, 2),
            new WeeklyLoad.Row(new LoadPerson("b", 2, 0, List.of(), null, creditB), 2, 2, 10, 3));
    }

    @Test
    void trimmingTakesFromTheBiggestCreditFirstThenFromEveryone() {
        // 1 line × 5 days × 4 turns = 20 cells; loads 8 + 8 + 8 = 24: four turns too many.
        LoadResult r = week(1, 0, free("ana", 8, 3), free("bea", 8, 1), free("cai", 8, -2));
        // credit pass 1: ana (3), bea (1) → 22; pass 2: ana (2) → 21 (bea is at 0 now); pass 3: ana (1) → 20.
        assertThat(of(r, "ana").finalLoad()).isEqualTo(5);
        assertThat(of(r, "bea").finalLoad()).isEqualTo(7);
        assertThat(of(r, "cai").finalLoad()).isEqualTo(8);
        assertThat(of(r, "ana").creditAfter()).isEqualTo(0.0);
        assertThat(r.totalFinal()).isEqualTo(20);
    }

    @Test
    void trimmingGoesOnOverEveryoneWhenCreditRunsOut() {
        LoadResult r = week(1, 0, free("ana", 10, 0), free("bea", 10, 0), free("cai", 6, -1));
        // 26 → 20: nobody has positive credit, so passes over everyone by (credit desc, id): ana, bea, cai.
        assertThat(List.of(of(r, "ana").finalLoad(), of(r, "bea").finalLoad(), of(r, "cai").finalLoad()))
            .containsExactly(8, 8, 4);
    }

    @Test
    void fillingGivesToDebtorsFirstWithinTheirUpperBound() {
        // 20 cells, loads 5 + 5 = 10; maxOverload 2 → upper bounds 7 and 7.
        LoadResult r = week(1, 2, free("ana", 5, -1), free("bea", 5, 0));
        // debtor pass: ana +1 (credit 0); then everyone: ana, bea, ana, bea … up to 7 each.
        assertThat(of(r, "ana").finalLoad()).isEqualTo(7);
        assertThat(of(r, "bea").finalLoad()).isEqualTo(7);
        assertThat(r.nobodyLoad()).isEqualTo(6);
    }

    @Test
    void nobodyGoesBelowZeroWhenTrimming() {
        LoadResult r = week(1, 0, free("ana", 30, 5));
        assertThat(of(r, "ana").finalLoad()).isLessThanOrEqualTo(20).isGreaterThanOrEqualTo(0);
    }

    @Test
    void wholeLinesNobodyCanFillAreDropped() {
        // 3 lines × 20 turns = 60 cells; loads 4 + 4 → 52 nobody; 52 div 20 = 2 lines dropped, 12 left.
        LoadResult r = week(3, 0, free("ana", 4, 0), free("bea", 4, 0));
        assertThat(r.droppedLines()).isEqualTo(2);
        assertThat(r.lines()).isEqualTo(1);
        assertThat(r.nobodyLoad()).isEqualTo(12);
        assertThat(r.cells()).isEqualTo(60);
    }

    @Test
    void overloadIsFinalMinusPonderatedToOneDecimal() {
        assertThat(WeeklyLoad.overload(2, 1.6)).isEqualTo(0.4);
        assertThat(WeeklyLoad.overload(1, 1.6)).isEqualTo(-0.6);
        assertThat(WeeklyLoad.overload(3, 3.0)).isZero();
    }

    @Test
    void daysOffLowerTheLoadAndTheCapacity() {
        List<String> week = new ArrayList<>(Collections.nCopies(5, "0000"));
        LoadPerson away = new LoadPerson("ana", 5, 2, week, null, 0);
        LoadResult r = WeeklyLoad.compute(new LoadInput(List.of(away), 5, 4, 1, 2, 0, false));
        assertThat(of(r, "ana").ponderated()).isEqualTo(3.0);
    }

    @Test
    void badInputIsRefusedWithTheReason() {
        LoadPerson wrong = new LoadPerson("ana", 5, 0, List.of("000"), null, 0);
        assertThatThrownBy(() -> WeeklyLoad.compute(new LoadInput(List.of(wrong), 1, 4, 1, 2, 0, true)))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ana: busy pattern '000'");
    }
}
