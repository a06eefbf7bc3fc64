package org.tomatic.load;

import java.util.List;

/** Step 6: move turns from creditors to debtors while that brings both credits closer to zero. */
final class Compensation {

    // Credits carry decimals (0.3 + 1 − 1 is not 0.3 in binary): a move must lower the imbalance by more than noise
    private static final double NOISE = 1e-9;

    private Compensation() {
    }

    /** Repeats passes until a whole pass moves nothing. */
    static void compensate(List<LoadAccount> accounts) {
        while (compensationPass(accounts)) {
            // each move lowers the sum of |credit| by more than NOISE, so this ends
        }
    }

    /**
     * Pairs the i-th debtor (credit ascending, id) with the i-th creditor (credit descending, id), both lists taken
     * when the pass starts; the longer list's extra people wait for the next pass. Returns whether any turn moved.
     */
    static boolean compensationPass(List<LoadAccount> accounts) {
        List<LoadAccount> debtors = accounts.stream().filter(a -> a.credit() < 0)
                .sorted(LoadAccount.BY_CREDIT_ASCENDING).toList();
        List<LoadAccount> creditors = accounts.stream().filter(a -> a.credit() > 0)
                .sorted(LoadAccount.BY_CREDIT_DESCENDING).toList();
        boolean moved = false;
        for (int i = 0; i < Math.min(debtors.size(), creditors.size()); i++) {
            LoadAccount debtor = debtors.get(i);
            LoadAccount creditor = creditors.get(i);
            if (creditor.hasTurns() && debtor.belowUpperBound() && lowersImbalance(debtor, creditor)) {
                creditor.giveTurn();
                debtor.gainTurn();
                moved = true;
            }
        }
        return moved;
    }

    /** Whether moving one turn strictly lowers |debtor credit| + |creditor credit|. */
    static boolean lowersImbalance(LoadAccount debtor, LoadAccount creditor) {
        double now = Math.abs(debtor.credit()) + Math.abs(creditor.credit());
        double after = Math.abs(debtor.credit() + 1) + Math.abs(creditor.credit() - 1);
        return after < now - NOISE;
    }
}
