package org.tomatic.load;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Step 8: what the week adds to a person's credit once the timetable is published. */
final class Overload {

    private Overload() {
    }

    /**
     * final − ponderated to one decimal, halves away from zero (HALF_UP on the shortest decimal form of the double).
     * Ponderated loads are multiples of 0.2, so in practice this only clears float noise (3 − 2.4 = 0.6000000000000001).
     */
    static double of(int finalLoad, double ponderated) {
        return BigDecimal.valueOf(finalLoad - ponderated).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
