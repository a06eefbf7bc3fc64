package org.tomatic.planner.solver;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The best timetable of a search made of several stages (relaxation, choice, CP-SAT), on one
 * clock from the search's start. It passes on a timetable only when it costs less than every one
 * before, so the progress people see never goes up.
 */
final class BestSoFar {

    private final Problem problem;
    private final Consumer<Progress> listener;
    private final long started = System.nanoTime();
    private Map<String, List<List<String>>> timetable;
    private Cost cost;
    private double first = -1;
    private double best = -1;
    private double bound = Double.NEGATIVE_INFINITY;

    BestSoFar(Problem problem, Consumer<Progress> listener) {
        this.problem = problem;
        this.listener = listener;
    }

    /** Seconds since the search started. */
    double elapsed() {
        return (System.nanoTime() - started) / 1e9;
    }

    long deadline(java.time.Duration limit) {
        return started + limit.toNanos();
    }

    /** A lower bound on the week's cost, from any stage. */
    synchronized void bound(double value) {
        bound = Math.max(bound, value);
    }

    synchronized double bound() {
        return bound;
    }

    /** Keeps and reports {@code found} if it is better than the best so far; its cost either way. */
    synchronized long offer(Map<String, List<List<String>>> found) {
        Cost candidate = Cost.of(problem, found);
        double now = elapsed();
        if (first < 0) {
            first = now;
        }
        if (cost == null || candidate.total() < cost.total()) {
            cost = candidate;
            timetable = found;
            best = now;
            listener.accept(new Progress(candidate, bound, now, found));
        }
        return candidate.total();
    }

    synchronized boolean found() {
        return cost != null;
    }

    /** Whether the best costs no more than the proven bound. */
    synchronized boolean reachedTheBound() {
        return cost != null && cost.total() <= bound;
    }

    synchronized Solution solution(boolean provenOptimal) {
        boolean optimal = provenOptimal || reachedTheBound();
        double shownBound = optimal ? cost.total() : Math.max(bound, 0);
        return new Solution(timetable, cost, optimal, shownBound, elapsed(), first, best,
            Solution.holes(problem, timetable));
    }
}
