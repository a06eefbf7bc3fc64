package org.tomatic.load;

/** How many turns someone can take on one day, given their required-busy turns and daily maximum (§1.3). */
final class DayCapacity {

    private DayCapacity() {
    }

    /** busy: one character per turn, '1' = busy; max: the person's turns-a-day maximum. */
    static int of(String busy, int max) {
        int turns = busy.length();
        boolean anyFree = busy.indexOf('0') >= 0;
        if (!anyFree || max <= 0) {
            return 0;
        }
        if (max == 1) {
            return 1;
        }
        if (max == 2) {
            // The doc's rule for four turns: both of the first two free, or both of the last two.
            boolean firstTwo = turns >= 2 && busy.charAt(0) == '0' && busy.charAt(1) == '0';
            boolean lastTwo = turns >= 2 && busy.charAt(turns - 2) == '0' && busy.charAt(turns - 1) == '0';
            return firstTwo || lastTwo ? 2 : 1;
        }
        int run = longestFreeRun(busy);
        if (turns == 4) {
            if (max >= 4 && run == 4) {
                return 4;
            }
            return run >= 3 ? 3 : run >= 2 ? 2 : 1;
        }
        // Other turn counts (a generalisation the doc leaves open): the longest free run, capped.
        return Math.max(1, Math.min(max, run));
    }

    private static int longestFreeRun(String busy) {
        int best = 0;
        int current = 0;
        for (char c : busy.toCharArray()) {
            current = c == '0' ? current + 1 : 0;
            best = Math.max(best, current);
        }
        return best;
    }
}
