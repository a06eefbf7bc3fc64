package org.tomatic.load;

/** Step 4: the most a person may get this week, and their rounded load cut down to it. */
final class Bounds {

    private Bounds() {
    }

    /** round(min(ponderated + maxOverload, capacity)), halves to even like the rounded load. */
    static int upperBound(double ponderated, double maxOverload, int capacity) {
        return (int) Math.rint(Math.min(ponderated + maxOverload, capacity));
    }

    static int limited(int rounded, int upperBound) {
        return Math.min(rounded, upperBound);
    }
}
