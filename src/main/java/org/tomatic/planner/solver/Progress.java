package org.tomatic.planner.solver;

/** An improving solution as the search finds it. */
public record Progress(long cost, double bound, double elapsedSeconds) {}
