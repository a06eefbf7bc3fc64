package org.tomatic.timetable;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/** Who could take a cell, best fit first, each with what choosing them would cost (explain-and-repair). */
public interface CandidateRanking {

    /** NOBODY, leaving the cell empty, is always the last choice. */
    enum Fit { FREE, OVERLOADS, BUSY, NOBODY }

    /**
     * person null = nobody. {@code turns} this week now, {@code load} their target (0 when they have none);
     * {@code dayTurns} that day and {@code dayMax}; {@code busy} and {@code undesired}: the reasons, if any.
     * costDelta = the week's cost with them minus the week's cost now.
     */
    record Candidate(String person, String name, Fit fit, int turns, int load, int dayTurns, int dayMax,
                     String busy, String undesired, long costDelta) {}

    List<Candidate> rank(LocalDate week, DayOfWeek day, int turn, int line);

    /**
     * For each other cell of the week (day/turn/line), how the week's cost changes when its holder and the
     * holder of the given cell swap places; holidays are left out.
     */
    java.util.Map<TimetableEditor.CellRef, Long> swapDeltas(LocalDate week, DayOfWeek day, int turn, int line);

    /** Each person's target load for the week (the load computation's final load). */
    java.util.Map<String, Integer> targets(LocalDate week, int lines);
}
