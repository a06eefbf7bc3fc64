package org.tomatic.planner.solver;

import java.time.Duration;

/**
 * How to search. workers: CP-SAT threads (the machine's cores); seed: fixed for reproducible runs;
 * maxLp: run the workers with the full LP relaxation, which proves the timetables optimal far sooner;
 * relaxation: start with the week's relaxation over whole weeks per person ({@link WeekBound}),
 * which proves large weeks optimal in seconds (off only to compare with CP-SAT alone).
 */
public record SolverSettings(Duration timeLimit, int workers, int seed, boolean maxLp, boolean relaxation) {

    public SolverSettings(Duration timeLimit, int workers, int seed, boolean maxLp) {
        this(timeLimit, workers, seed, maxLp, true);
    }

    public static SolverSettings defaults() {
        return new SolverSettings(Duration.ofSeconds(60), Runtime.getRuntime().availableProcessors(), 0, true, true);
    }

    public SolverSettings withTimeLimit(Duration limit) {
        return new SolverSettings(limit, workers, seed, maxLp, relaxation);
    }

    public SolverSettings withSeed(int newSeed) {
        return new SolverSettings(timeLimit, workers, newSeed, maxLp, relaxation);
    }

    public SolverSettings withRelaxation(boolean on) {
        return new SolverSettings(timeLimit, workers, seed, maxLp, on);
    }
}
