package org.tomatic.timetable;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/** Who could take a cell, best fit first, each with what choosing them would cost (explain-and-repair). */
public interface CandidateRanking {

    enum Fit { FREE, OVERLOADS, BUSY }

    /** person null = nobody; costDelta = the week's cost with them minus the week's cost now. */
    record Candidate(String person, String name, Fit fit, String why, long costDelta) {}

    List<Candidate> rank(LocalDate week, DayOfWeek day, int turn, int line);

    /** Each person's target load for the week (the load computation's final load). */
    java.util.Map<String, Integer> targets(LocalDate week, int lines);
}
