package org.tomatic.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.tomatic.load.Accounts.account;
import static org.tomatic.load.Accounts.credits;
import static org.tomatic.load.Accounts.turns;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CompensationTests {

    @Test
    void movesATurnFromCreditorToDebtor() {
        // The doc's small check at this step: limited {a:1, b:2}, upper bounds leave a room for one more
        var accounts = List.of(account("a", 1, 2, -1), account("b", 2, 3, 1));

        Compensation.compensate(accounts);

        assertThat(turns(accounts)).isEqualTo(Map.of("a", 2, "b", 1));
        assertThat(credits(accounts)).isEqualTo(Map.of("a", 0.0, "b", 0.0));
    }

    @Test
    void aMoveThatOnlyKeepsTheImbalanceIsNotMade() {
        // |-0.5| + |0.5| = 1 before, |0.5| + |-0.5| = 1 after: not strictly lower
        var accounts = List.of(account("a", 1, 2, -0.5), account("b", 2, 3, 0.5));

        Compensation.compensate(accounts);

        assertThat(turns(accounts)).isEqualTo(Map.of("a", 1, "b", 2));
        assertThat(credits(accounts)).isEqualTo(Map.of("a", -0.5, "b", 0.5));
    }

    @Test
    void anEqualImbalanceIsNotMovedWhateverTheFloatNoiseSays() {
        // 0.33 + 0.67 = 1 before and 0.67 + 0.33 = 1 after, but in doubles the "after" comes out 0.9999999999999999
        var accounts = List.of(account("a", 1, 5, -0.33), account("b", 2, 5, 0.67));

        Compensation.compensate(accounts);

        assertThat(turns(accounts)).isEqualTo(Map.of("a", 1, "b", 2));
    }

    @Test
    void smallCreditsAboveOneInAllAreCompensated() {
        // 0.6 + 0.6 = 1.2 before, 0.4 + 0.4 = 0.8 after
        var accounts = List.of(account("a", 1, 5, -0.6), account("b", 2, 5, 0.6));

        Compensation.compensate(accounts);

        assertThat(turns(accounts)).isEqualTo(Map.of("a", 2, "b", 1));
        assertThat(credits(accounts).get("a")).isCloseTo(0.4, offset(1e-12));
        assertThat(credits(accounts).get("b")).isCloseTo(-0.4, offset(1e-12));
    }

    @Test
    void aCreditorWithoutTurnsGivesNothing() {
        var accounts = List.of(account("a", 1, 5, -2), account("b", 0, 5, 2));

        Compensation.compensate(accounts);

        assertThat(turns(accounts)).isEqualTo(Map.of("a", 1, "b", 0));
    }

    @Test
    void aDebtorAtItsUpperBoundGetsNothing() {
        var accounts = List.of(account("a", 2, 2, -2), account("b", 2, 5, 2));

        Compensation.compensate(accounts);

        assertThat(turns(accounts)).isEqualTo(Map.of("a", 2, "b", 2));
    }

    @Test
    void repeatsPassesUntilNothingMoves() {
        var accounts = List.of(account("x", 2, 5, -2), account("y", 2, 5, -1), account("p", 2, 5, 3),
                account("q", 2, 5, 1));

        // Pass 1 pairs (x, p) and (y, q): both move. x -1, p 2, y 0, q 0.
        // Pass 2 pairs (x, p): moves. x 0, p 1. Pass 3: no debtors.
        Compensation.compensate(accounts);

        assertThat(turns(accounts)).isEqualTo(Map.of("x", 4, "y", 3, "p", 0, "q", 1));
        assertThat(credits(accounts)).isEqualTo(Map.of("x", 0.0, "y", 0.0, "p", 1.0, "q", 0.0));
    }

    @Test
    void unpairedDebtorsWaitForTheNextPass() {
        var accounts = List.of(account("a", 0, 5, -1), account("b", 0, 5, -1), account("c", 3, 5, 2));

        // Pass 1 pairs (a, c) only: a 0, c 1. Pass 2 pairs (b, c): b 0, c 0.
        Compensation.compensate(accounts);

        assertThat(turns(accounts)).isEqualTo(Map.of("a", 1, "b", 1, "c", 1));
        assertThat(credits(accounts)).isEqualTo(Map.of("a", 0.0, "b", 0.0, "c", 0.0));
    }

    @Test
    void pairsTheBiggestDebtorWithTheBiggestCreditor() {
        var accounts = List.of(account("a", 2, 9, -0.4), account("b", 2, 9, -2), account("c", 2, 9, 0.4),
                account("d", 3, 9, 3));

        // Pass 1 pairs (b, d): 5 -> 3, moves (b -1, d 2); and (a, c): 0.8 -> 1.2, no move.
        // Had a been paired with d it would have moved (3.4 -> 2.6).
        assertThat(Compensation.compensationPass(accounts)).isTrue();
        assertThat(turns(accounts)).isEqualTo(Map.of("a", 2, "b", 3, "c", 2, "d", 2));

        // Pass 2 pairs (b, d): 3 -> 1 (b 0, d 1); (a, c) again no. Pass 3 pairs (a, d): 1.4 -> 0.6 (a 0.6, d 0).
        // Pass 4: no debtors.
        Compensation.compensate(accounts);

        assertThat(turns(accounts)).isEqualTo(Map.of("a", 3, "b", 4, "c", 2, "d", 0));
        assertThat(credits(accounts).get("a")).isCloseTo(0.6, offset(1e-12));
        assertThat(credits(accounts).get("b")).isZero();
        assertThat(credits(accounts).get("c")).isEqualTo(0.4);
        assertThat(credits(accounts).get("d")).isZero();
    }

    @Test
    void withoutDebtorsOrCreditorsNothingMoves() {
        var accounts = List.of(account("a", 1, 5, 0), account("b", 2, 5, 3));

        assertThat(Compensation.compensationPass(accounts)).isFalse();
        assertThat(turns(accounts)).isEqualTo(Map.of("a", 1, "b", 2));
    }
}
