package org.tomatic.planner.solver;

import java.time.Duration;

/**
 * How to search. workers: CP-SAT threads (the machine's cores); seed: fixed for reproducible runs;
 * maxLp: run the workers with the full LP relaxation, which proves the timetables optimal far sooner.
 */
public record SolverSettings(Duration timeLimit, int workers, int seed, boolean maxLp) {

    public static SolverSettings defaults() {
        return new SolverSettings(Duration.ofSeconds(60), Runtime.getRuntime().availableProcessors(), 0, true);
    }

    public SolverSettings withTimeLimit(Duration limit) {
        return new SolverSettings(limit, workers, seed, maxLp);
    }

    public SolverSettings withSeed(int newSeed) {
        return new SolverSettings(timeLimit, workers, newSeed, maxLp);
    }
}
