package org.tomatic.timetable;

import java.time.DayOfWeek;
import java.time.Instant;

/**
 * One entry of a week's change log: a hand edit of a cell (or the undoing of one), before → after
 * (a swap is two such rows, the second {@code pairedWith} the first: one change, one undo),
 * by whom, when and why; or a whole-week change (a publish over the week, a legacy re-import) that
 * names no cell: then {@code day} is null, {@code turn} and {@code line} are -1 and before/after
 * are null. A whole-week change cannot be undone.
 */
public record Change(Long id, Instant at, String by, DayOfWeek day, int turn, int line, String before,
                     String after, String reason, Kind kind, Long undoes, Long pairedWith) {

    /** A change of one cell alone (not the second half of a swap). */
    public Change(Long id, Instant at, String by, DayOfWeek day, int turn, int line, String before, String after,
                  String reason, Kind kind, Long undoes) {
        this(id, at, by, day, turn, line, before, after, reason, kind, undoes, null);
    }

    /** The second cell of a swap (or of its undo): shown and undone with the change it is paired with. */
    public boolean secondHalf() {
        return pairedWith != null;
    }

    public enum Kind {
        EDIT, UNDO,
        /** A planning run published over the week's timetable: every cell replaced at once. */
        PUBLISH,
        /** The legacy import replaced the week's timetable with a different one. */
        IMPORT;

        public boolean wholeWeek() {
            return this == PUBLISH || this == IMPORT;
        }
    }

    /** A whole-week change (kind PUBLISH or IMPORT), not yet stored. */
    public static Change wholeWeek(Instant at, String by, Kind kind, String reason) {
        if (!kind.wholeWeek()) {
            throw new IllegalArgumentException(kind + " is a cell change");
        }
        return new Change(null, at, by, null, -1, -1, null, null, reason, kind, null);
    }

    public boolean wholeWeek() {
        return kind.wholeWeek();
    }

    /** The longest reason (timetable_change.reason). */
    public static final int MAX_REASON = 500;

    /** A reason the application composes (with someone's text in it), shortened to fit. */
    public static String fitted(String reason) {
        return reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1) + "…";
    }
}
