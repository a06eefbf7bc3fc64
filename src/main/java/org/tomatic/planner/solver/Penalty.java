package org.tomatic.planner.solver;

/** One occurrence of a soft rule broken, with its cost and a sentence that says why. */
public record Penalty(String term, long cost, String reason) {}
