package org.tomatic.timetable;

import java.time.DayOfWeek;
import java.time.LocalDateTime;

/** One hand edit of a cell (or the undoing of one): before → after, by whom, when and why. */
public record Change(Long id, LocalDateTime at, String by, DayOfWeek day, int turn, int line, String before,
                     String after, String reason, Kind kind, Long undoes) {

    public enum Kind { EDIT, UNDO }

    /** The longest reason (timetable_change.reason). */
    public static final int MAX_REASON = 500;

    /** A reason the application composes (with someone's text in it), shortened to fit. */
    public static String fitted(String reason) {
        return reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1) + "…";
    }
}
