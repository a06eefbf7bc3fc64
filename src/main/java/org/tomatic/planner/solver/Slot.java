package org.tomatic.planner.solver;

/** One turn of one day: day is the Catalan code (dl … dv), turn 0-based. */
public record Slot(String day, int turn) {}
