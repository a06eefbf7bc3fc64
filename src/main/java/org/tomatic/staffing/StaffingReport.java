package org.tomatic.staffing;

import java.time.LocalDate;
import java.util.List;

/**
 * Staffing from the last {@code weeks} complete weeks of recorded calls ({@code from} … {@code to}), and for
 * {@code week} (null = none asked) with its timetable, if it has one.
 *
 * @param weeksWithCalls weeks of the history with at least one recorded call in a turn
 * @param calls          recorded calls behind the figures
 * @param overall        the week's predicted figures over all its turns, weighted by their expected calls;
 *                       null without a timetable
 */
public record StaffingReport(int weeks, Target target, LocalDate from, LocalDate to, LocalDate week,
                             boolean timetable, List<TurnStaffing> turns, int weeksWithCalls, int calls,
                             Overall overall) {

    /** The week's service level and abandonment, expected callers answered in time ÷ expected callers. */
    public record Overall(double serviceLevel, double abandonRate, double expectedCalls) {}

    public boolean littleData() {
        return weeksWithCalls < weeks;
    }
}
