package org.tomatic.load;

import java.util.Comparator;

/** One person's turns and credit while steps 5 and 6 move turns around: every turn gained adds 1 to the credit. */
final class LoadAccount {

    /** Debtors first; ties by id (String order, the old tool's Python order for ordinary ids). */
    static final Comparator<LoadAccount> BY_CREDIT_ASCENDING =
            Comparator.comparingDouble(LoadAccount::credit).thenComparing(LoadAccount::id);

    /** Creditors first; ties by id. */
    static final Comparator<LoadAccount> BY_CREDIT_DESCENDING =
            Comparator.comparingDouble(LoadAccount::credit).reversed().thenComparing(LoadAccount::id);

    private final String id;
    private final int upperBound;
    private final double creditBefore;
    private int turns;
    // Kept apart from creditBefore so that 0.1 + 1 − 1 stays 0.1 instead of gathering float noise
    private int creditChange;

    LoadAccount(String id, int turns, int upperBound, double creditBefore) {
        this.id = id;
        this.turns = turns;
        this.upperBound = upperBound;
        this.creditBefore = creditBefore;
    }

    String id() {
        return id;
    }

    int turns() {
        return turns;
    }

    int upperBound() {
        return upperBound;
    }

    double credit() {
        return creditBefore + creditChange;
    }

    boolean hasTurns() {
        return turns > 0;
    }

    boolean belowUpperBound() {
        return turns < upperBound;
    }

    void gainTurn() {
        turns++;
        creditChange++;
    }

    void giveTurn() {
        turns--;
        creditChange--;
    }

    @Override
    public String toString() {
        return id + ": " + turns + " turns (upper bound " + upperBound + "), credit " + credit();
    }
}
