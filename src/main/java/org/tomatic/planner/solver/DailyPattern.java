package org.tomatic.planner.solver;

import java.util.List;

/** The penalised shapes of a person's day, on its first four turns (as the old model). */
enum DailyPattern {
    NO_BRUNCH("0110", "noBrunch"),
    FAR_DISCONTINUOUS("1001", "farDiscontinuous"),
    DISCONTINUOUS_EARLY("1010", "discontinuous"),
    DISCONTINUOUS_LATE("0101", "discontinuous"),
    MARATHON_EARLY("1110", "marathon"),
    MARATHON_LATE("0111", "marathon");

    static final int TURNS = 4;

    final String bits;
    final String term;

    DailyPattern(String bits, String term) {
        this.bits = bits;
        this.term = term;
    }

    int weight(Weights w) {
        return switch (term) {
            case "noBrunch" -> w.noBrunch();
            case "farDiscontinuous" -> w.farDiscontinuous();
            case "discontinuous" -> w.discontinuous();
            default -> w.marathon();
        };
    }

    int ones() {
        return (int) bits.chars().filter(c -> c == '1').count();
    }

    boolean on(int turn) {
        return bits.charAt(turn) == '1';
    }

    /** The cost of a day whose first four turns are {@code mask} (bit t = turn t), 0 if no pattern. */
    static int weightOf(int mask, Weights w) {
        for (DailyPattern p : values()) {
            if (p.mask() == mask) {
                return p.weight(w);
            }
        }
        return 0;
    }

    int mask() {
        int mask = 0;
        for (int t = 0; t < TURNS; t++) {
            if (on(t)) {
                mask |= 1 << t;
            }
        }
        return mask;
    }

    static DailyPattern of(List<Boolean> firstFour) {
        StringBuilder sb = new StringBuilder();
        firstFour.forEach(b -> sb.append(b ? '1' : '0'));
        for (DailyPattern p : values()) {
            if (p.bits.contentEquals(sb)) {
                return p;
            }
        }
        return null;
    }
}
