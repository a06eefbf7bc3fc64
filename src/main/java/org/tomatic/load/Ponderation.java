package org.tomatic.load;

/** Steps 1 and 2: the ideal load scaled to the days the person works this week, and its rounding. */
final class Ponderation {

    private Ponderation() {
    }

    /**
     * ideal × (working days − days off) / 5. Divided by 5 even in a shorter week (holidays), as the old tool did:
     * the ideal load is a five-day figure.
     */
    static double ponderated(int ideal, int workingDays, int daysOff) {
        int daysWorked = Math.max(0, workingDays - daysOff);
        return ideal * daysWorked / 5.0;
    }

    /** Nearest integer, halves to even. */
    static int rounded(double ponderated) {
        return (int) Math.rint(ponderated);
    }
}
