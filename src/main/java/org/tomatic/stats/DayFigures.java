package org.tomatic.stats;

import java.time.LocalDate;
import java.util.List;

/**
 * A day's queue figures (or an hour's, or an agent's: {@code label} says which). Waits and talks
 * in seconds; {@code serviceLevel} = answered within the threshold / received (0–100, null when
 * there were no calls).
 */
public record DayFigures(LocalDate date, String label, int received, int answered, int abandoned, int unanswered,
                         int answeredWithinThreshold, Double serviceLevel, Double averageWait, Integer maxWait,
                         Double averageTalk, int outOfHours) {

    /** The figures of a day with their breakdowns by hour and by agent. */
    public record Report(DayFigures day, List<DayFigures> byHour, List<DayFigures> byAgent, int thresholdSeconds) {}
}
