package org.tomatic.staffing;

/**
 * One weekday × turn: its demand, the lines it needs for the target, and — for a week with a timetable — the lines
 * scheduled and what they are predicted to give.
 *
 * @param linesScheduled people in the turn in the week's timetable; null without a timetable, 0 on a holiday
 * @param predicted      the queue with the scheduled lines; null without a timetable, on a holiday, or without a
 *                       handle time to predict from
 * @param lowData        fewer recorded calls than {@code tomatic.staffing.min-calls} behind the figures
 */
public record TurnStaffing(TurnDemand demand, int linesNeeded, Integer linesScheduled, ErlangA.Prediction predicted,
                           boolean lowData, boolean holiday, boolean belowTarget) {}
