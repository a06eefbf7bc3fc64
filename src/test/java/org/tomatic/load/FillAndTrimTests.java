package org.tomatic.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tomatic.load.Accounts.account;
import static org.tomatic.load.Accounts.credits;
import static org.tomatic.load.Accounts.turns;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FillAndTrimTests {

    @Test
    void aTotalThatFitsIsLeftAlone() {
        var accounts = List.of(account("a", 2, 3, 1), account("b", 1, 3, -1));

        FillAndTrim.reachCells(accounts, 3);

        assertThat(turns(accounts)).isEqualTo(Map.of("a", 2, "b", 1));
        assertThat(credits(accounts)).isEqualTo(Map.of("a", 1.0, "b", -1.0));
    }

    @Test
    void trimsCreditorsFirstByCreditDescendingThenId() {
        var accounts = List.of(account("a", 3, 9, 1), account("b", 3, 9, 2), account("c", 3, 9, 2),
                account("d", 3, 9, -1));

        // 12 turns, 8 cells. Pass 1 over creditors: b(2), c(2), a(1) give one each -> 9.
        // Pass 2 over creditors, now b(1), c(1) (a is at 0): b gives -> 8, fits.
        FillAndTrim.reachCells(accounts, 8);

        assertThat(turns(accounts)).isEqualTo(Map.of("a", 2, "b", 1, "c", 2, "d", 3));
        assertThat(credits(accounts)).isEqualTo(Map.of("a", 0.0, "b", 0.0, "c", 1.0, "d", -1.0));
    }

    @Test
    void trimsTheTieBreakByIdNotByInputOrder() {
        var accounts = List.of(account("z", 3, 9, 2), account("y", 3, 9, 2));

        FillAndTrim.reachCells(accounts, 5);

        assertThat(turns(accounts)).isEqualTo(Map.of("z", 3, "y", 2));
    }

    @Test
    void trimsOnlyThoseWithPositiveCreditWhileAnyIsLeft() {
        var accounts = List.of(account("a", 2, 9, 0), account("b", 3, 9, 3));

        // 5 turns, 3 cells. a has no credit: b alone gives in two passes (credit 3 -> 2 -> 1).
        FillAndTrim.reachCells(accounts, 3);

        assertThat(turns(accounts)).isEqualTo(Map.of("a", 2, "b", 1));
        assertThat(credits(accounts)).isEqualTo(Map.of("a", 0.0, "b", 1.0));
    }

    @Test
    void whenCreditRunsOutTrimsEveryoneInTheSameOrder() {
        var accounts = List.of(account("a", 2, 9, 1), account("b", 2, 9, -1), account("c", 2, 9, 0));

        // 6 turns, 3 cells. Creditors: a gives -> 5 (a credit 0); next creditor pass has nobody.
        // Everyone by credit descending, id: a(0), c(0), b(-1): a gives -> 4, c gives -> 3, fits.
        FillAndTrim.reachCells(accounts, 3);

        assertThat(turns(accounts)).isEqualTo(Map.of("a", 0, "b", 2, "c", 1));
        assertThat(credits(accounts)).isEqualTo(Map.of("a", -1.0, "b", -1.0, "c", -1.0));
    }

    @Test
    void trimsNobodyBelowZero() {
        var accounts = List.of(account("a", 1, 9, 5), account("b", 0, 9, 3), account("c", 4, 9, -2));

        // 5 turns, 2 cells. Creditors a(5), b(3): a gives -> 4; b has none. Next creditor pass: nobody can give.
        // Everyone a(4), b(3), c(-2): only c can give -> 3; again -> 2, fits.
        FillAndTrim.reachCells(accounts, 2);

        assertThat(turns(accounts)).isEqualTo(Map.of("a", 0, "b", 0, "c", 2));
        assertThat(credits(accounts)).isEqualTo(Map.of("a", 4.0, "b", 3.0, "c", -4.0));
    }

    @Test
    void trimsDownToZeroWhenThereAreNoCells() {
        var accounts = List.of(account("a", 2, 9, 0), account("b", 1, 9, 0));

        FillAndTrim.reachCells(accounts, 0);

        assertThat(turns(accounts)).isEqualTo(Map.of("a", 0, "b", 0));
    }

    @Test
    void fillsDebtorsFirstByCreditAscendingThenId() {
        var accounts = List.of(account("a", 1, 3, -1), account("b", 1, 3, -2), account("c", 1, 3, -1),
                account("d", 1, 3, 0));

        // 4 turns, 6 cells. Debtors b(-2), a(-1), c(-1): b gains -> 5, a gains -> 6, fits.
        FillAndTrim.reachCells(accounts, 6);

        assertThat(turns(accounts)).isEqualTo(Map.of("a", 2, "b", 2, "c", 1, "d", 1));
        assertThat(credits(accounts)).isEqualTo(Map.of("a", 0.0, "b", -1.0, "c", -1.0, "d", 0.0));
    }

    @Test
    void fillsDebtorsInRepeatedPassesWhileTheyStayDebtors() {
        var accounts = List.of(account("a", 0, 5, -1.5), account("b", 0, 5, -0.5));

        // 0 turns, 3 cells. Pass 1: a(-1.5), b(-0.5) gain -> 2; b is now +0.5. Pass 2: only a(-0.5) gains -> 3.
        FillAndTrim.reachCells(accounts, 3);

        assertThat(turns(accounts)).isEqualTo(Map.of("a", 2, "b", 1));
        assertThat(credits(accounts)).isEqualTo(Map.of("a", 0.5, "b", 0.5));
    }

    @Test
    void fillsOnlyThoseWithNegativeCreditWhileAnyIsLeft() {
        var accounts = List.of(account("a", 0, 9, 0), account("b", 0, 9, -3));

        // 0 turns, 2 cells. a has no debt: b alone gains in two passes (credit -3 -> -2 -> -1).
        FillAndTrim.reachCells(accounts, 2);

        assertThat(turns(accounts)).isEqualTo(Map.of("a", 0, "b", 2));
        assertThat(credits(accounts)).isEqualTo(Map.of("a", 0.0, "b", -1.0));
    }

    @Test
    void whenDebtorsAreFullFillsEveryoneBelowTheirUpperBound() {
        var accounts = List.of(account("a", 1, 1, -3), account("b", 1, 3, 2), account("c", 1, 2, 1));

        // 3 turns, 6 cells. Debtor a is at its upper bound: the debtor pass changes nothing.
        // Everyone a(-3), c(1), b(2): c gains -> 4, b gains -> 5. Next: a(-3), c(2), b(3): only b -> 6.
        FillAndTrim.reachCells(accounts, 6);

        assertThat(turns(accounts)).isEqualTo(Map.of("a", 1, "b", 3, "c", 2));
        assertThat(credits(accounts)).isEqualTo(Map.of("a", -3.0, "b", 4.0, "c", 2.0));
    }

    @Test
    void stopsFillingWhenEveryoneIsAtTheirUpperBound() {
        var accounts = List.of(account("a", 1, 2, 0), account("b", 2, 2, 0));

        FillAndTrim.reachCells(accounts, 10);

        assertThat(turns(accounts)).isEqualTo(Map.of("a", 2, "b", 2));
        assertThat(credits(accounts)).isEqualTo(Map.of("a", 1.0, "b", 0.0));
    }
}
