package org.tomatic.planner.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One person's cheapest week when every turn has a price: the turns to take (within their load,
 * daily maximum, busy turns and pins) that minimise their own cost (turns in a day, daily
 * patterns, undesired, fixed and previous turns) minus the prices of the turns taken. Exact: each
 * day's best choice of every size, then the best split of the load over the days.
 *
 * <p>Turns are numbered {@code day × turns + turn} over the working days, as in {@link WeekBound}.
 */
final class CheapestWeek {

    /** A week of turns (ascending numbers), its own cost, and that cost minus the prices. */
    record Plan(int[] turns, long cost, double priced) {}

    private static final double NEVER = Double.POSITIVE_INFINITY;

    final Problem.Person person;
    private final int days;
    private final int turnsADay;
    /** Turns 0–3 of a day carry the daily patterns (when the day has four turns or more). */
    private final int head;
    private final int mostADay;
    private final int[] freeHead;
    private final int[] pinnedHead;
    private final int[][] tailFree;
    private final int[][] tailPinned;
    private final long[] own;
    private final long[] patternCost;
    private final long multiple;

    CheapestWeek(Problem problem, Problem.Person person, List<String> workingDays) {
        this.person = person;
        this.days = workingDays.size();
        this.turnsADay = problem.turns();
        this.head = turnsADay >= DailyPattern.TURNS ? DailyPattern.TURNS : 0;
        this.mostADay = Math.min(person.maxPerDay(), turnsADay);
        this.multiple = problem.weights().multipleTurns();
        this.freeHead = new int[days];
        this.pinnedHead = new int[days];
        this.tailFree = new int[days][];
        this.tailPinned = new int[days][];
        this.own = new long[days * turnsADay];
        this.patternCost = new long[1 << head];
        for (int mask = 0; mask < patternCost.length; mask++) {
            patternCost[mask] = head == 0 ? 0 : DailyPattern.weightOf(mask, problem.weights());
        }
        Weights w = problem.weights();
        Rules rules = problem.rules();
        String name = person.name();
        for (int d = 0; d < days; d++) {
            List<Integer> free = new ArrayList<>();
            List<Integer> pins = new ArrayList<>();
            for (int t = 0; t < turnsADay; t++) {
                Slot slot = new Slot(workingDays.get(d), t);
                if (problem.isBusy(name, slot)) {
                    continue;
                }
                long cost = 0;
                if (problem.isUndesired(name, slot)) {
                    cost += w.undesired();
                }
                if (problem.forced().getOrDefault(slot, Set.of()).contains(name)) {
                    cost -= w.unforced();
                }
                if (rules.changedCell() > 0 && rules.previous().getOrDefault(slot, Set.of()).contains(name)) {
                    cost -= rules.changedCell();
                }
                own[d * turnsADay + t] = cost;
                boolean pinned = rules.pinned().getOrDefault(slot, Set.of()).contains(name);
                if (t < head) {
                    freeHead[d] |= 1 << t;
                    if (pinned) {
                        pinnedHead[d] |= 1 << t;
                    }
                } else if (pinned) {
                    pins.add(t);
                } else {
                    free.add(t);
                }
            }
            tailFree[d] = free.stream().mapToInt(Integer::intValue).toArray();
            tailPinned[d] = pins.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Whether this person can take any turn at all. */
    boolean takesTurns() {
        return person.maxLoad() > 0 && mostADay > 0;
    }

    /** The cheapest week at {@code price} (one per turn number); null if the pins cannot be kept. */
    Plan cheapest(double[] price) {
        int load = Math.max(0, person.maxLoad());
        double[][] best = new double[days][];
        int[][] bestMask = new int[days][];
        int[][][] order = new int[days][][];
        for (int d = 0; d < days; d++) {
            best[d] = new double[mostADay + 1];
            bestMask[d] = new int[mostADay + 1];
            order[d] = new int[1][];
            bestOfEachSize(d, price, best[d], bestMask[d], order[d]);
        }
        // dp[d][j]: the cheapest first d days with j turns taken.
        int most = Math.min(load, days * mostADay);
        double[][] dp = new double[days + 1][most + 1];
        int[][] taken = new int[days + 1][most + 1];
        for (double[] row : dp) {
            Arrays.fill(row, NEVER);
        }
        dp[0][0] = 0;
        for (int d = 0; d < days; d++) {
            for (int j = 0; j <= most; j++) {
                if (dp[d][j] == NEVER) {
                    continue;
                }
                for (int k = 0; k <= mostADay && j + k <= most; k++) {
                    double value = dp[d][j] + best[d][k];
                    if (value < dp[d + 1][j + k]) {
                        dp[d + 1][j + k] = value;
                        taken[d + 1][j + k] = k;
                    }
                }
            }
        }
        int end = -1;
        for (int j = 0; j <= most; j++) {
            if (dp[days][j] < NEVER && (end < 0 || dp[days][j] < dp[days][end])) {
                end = j;
            }
        }
        if (end < 0) {
            return null;
        }
        int[] chosen = new int[end];
        int n = 0;
        long cost = 0;
        for (int d = days, j = end; d > 0; j -= taken[d][j], d--) {
            int k = taken[d][j];
            if (k == 0) {
                continue;
            }
            int day = d - 1;
            int mask = bestMask[day][k];
            int base = day * turnsADay;
            int inHead = Integer.bitCount(mask);
            for (int t = 0; t < head; t++) {
                if ((mask >> t & 1) == 1) {
                    chosen[n++] = base + t;
                    cost += own[base + t];
                }
            }
            for (int t : tailPinned[day]) {
                chosen[n++] = base + t;
                cost += own[base + t];
            }
            int[] cheapestTail = order[day][0];
            for (int i = 0; i < k - inHead - tailPinned[day].length; i++) {
                chosen[n++] = base + cheapestTail[i];
                cost += own[base + cheapestTail[i]];
            }
            cost += patternCost[mask] + multiple * k * (k - 1);
        }
        Arrays.sort(chosen);
        return new Plan(chosen, cost, dp[days][end]);
    }

    /** For one day, the cheapest choice of each size k (its head mask), the tail turns cheapest first. */
    private void bestOfEachSize(int d, double[] price, double[] best, int[] bestMask, int[][] tailOrder) {
        int base = d * turnsADay;
        int[] tail = tailFree[d].clone();
        double[] tailCost = new double[turnsADay];
        for (int t : tail) {
            tailCost[t] = own[base + t] - price[base + t];
        }
        Integer[] boxed = Arrays.stream(tail).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, (a, b) -> Double.compare(tailCost[a], tailCost[b]));
        tailOrder[0] = Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
        double[] prefix = new double[boxed.length + 1];
        for (int i = 0; i < boxed.length; i++) {
            prefix[i + 1] = prefix[i] + tailCost[boxed[i]];
        }
        double pinned = 0;
        for (int t : tailPinned[d]) {
            pinned += own[base + t] - price[base + t];
        }
        int pins = tailPinned[d].length;
        Arrays.fill(best, NEVER);
        for (int mask = 0; mask < (1 << head); mask++) {
            if ((mask & ~freeHead[d]) != 0 || (mask & pinnedHead[d]) != pinnedHead[d]) {
                continue;
            }
            double headCost = patternCost[mask];
            for (int t = 0; t < head; t++) {
                if ((mask >> t & 1) == 1) {
                    headCost += own[base + t] - price[base + t];
                }
            }
            int inHead = Integer.bitCount(mask);
            for (int k = inHead + pins; k <= mostADay && k - inHead - pins <= boxed.length; k++) {
                double value = headCost + pinned + prefix[k - inHead - pins] + multiple * k * (k - 1);
                if (value < best[k]) {
                    best[k] = value;
                    bestMask[k] = mask;
                }
            }
        }
    }

    /** The slot of a turn number. */
    static Slot slot(int number, List<String> workingDays, int turnsADay) {
        return new Slot(workingDays.get(number / turnsADay), number % turnsADay);
    }
}
