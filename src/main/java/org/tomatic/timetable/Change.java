package org.tomatic.timetable;

import java.time.DayOfWeek;
import java.time.LocalDateTime;

/** One hand edit of a cell (or the undoing of one): before → after, by whom, when and why. */
public record Change(Long id, LocalDateTime at, String by, DayOfWeek day, int turn, int line, String before,
                     String after, String reason, Kind kind, Long undoes) {

    public enum Kind { EDIT, UNDO }
}
