package org.tomatic.load;

import java.util.List;

/** Step 3: how many turns a person can still take in the week, given their required busy turns. */
final class Capacity {

    private Capacity() {
    }

    /**
     * Sum of the day capacities, with {@code daysOff} days counting as all busy. Only the number of days off is known,
     * not which ones, so the least capable days stand for them: exact when the caller marks the days off as all
     * busy, and otherwise still an upper bound, as the capacity is meant to be.
     */
    static int ofWeek(List<String> busyByDay, int daysOff, int maxPerDay) {
        return busyByDay.stream()
                .mapToInt(busy -> ofDay(busy, maxPerDay))
                .sorted()
                .skip(daysOff)
                .sum();
    }

    /**
     * The turns a person can take on a day with this busy pattern ('1' = busy). For the four-turn day this is §1
     * of the scheduling model exactly. Other days generalise it: with at most two a day, two only when the first
     * two or the last two turns are free (two turns go together and not around the middle of the day); with three
     * or more, the longest run of free turns, capped at the maximum (for four turns: 4 if all free and the maximum
     * allows, else 3, 2 or 1 by the longest run).
     */
    static int ofDay(String busy, int maxPerDay) {
        if (!busy.contains("0")) {
            return 0;
        }
        if (maxPerDay == 1) {
            return 1;
        }
        if (maxPerDay == 2) {
            return firstTwoFree(busy) || lastTwoFree(busy) ? 2 : 1;
        }
        return Math.min(maxPerDay, longestFreeRun(busy));
    }

    private static boolean firstTwoFree(String busy) {
        return busy.length() >= 2 && busy.startsWith("00");
    }

    private static boolean lastTwoFree(String busy) {
        return busy.length() >= 2 && busy.endsWith("00");
    }

    private static int longestFreeRun(String busy) {
        int longest = 0;
        int current = 0;
        for (char turn : busy.toCharArray()) {
            current = turn == '0' ? current + 1 : 0;
            longest = Math.max(longest, current);
        }
        return longest;
    }
}
