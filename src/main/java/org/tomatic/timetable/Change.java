package org.tomatic.timetable;

import java.time.DayOfWeek;
import java.time.Instant;

/**
 * One entry of a week's change log: a hand edit of a cell (or the undoing of one), before → after
 * (a swap is two such rows, the second {@code pairedWith} the first: one change, one undo),
 * by whom, when and why; or a whole-week change (a publish over the week, a legacy re-import) that
 * names no cell: then {@code day} is null, {@code turn} and {@code line} are -1 and before/after
 * are null. A whole-week change cannot be undone. A line added or removed ({@link Kind#ofLine}) names the line and no
 * cell; the cells a removed line held are rows paired with it.
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
        IMPORT,
        /**
         * A line added to the week ({@code line}, no cell); with a cell, someone put back on it by the undo of its
         * removal, paired with the line's change.
         */
        ADD_LINE,
        /**
         * A line removed from the week ({@code line}, no cell); with a cell, someone who lost that turn with it,
         * paired with the line's change.
         */
        DROP_LINE;

        public boolean wholeWeek() {
            return this == PUBLISH || this == IMPORT;
        }

        public boolean ofLine() {
            return this == ADD_LINE || this == DROP_LINE;
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

    /** A line added or removed, not one of the cells that came with it. */
    public boolean lineChange() {
        return kind.ofLine() && day == null;
    }

    /** A line change, not yet stored: no cell; {@code undoes} the line change it undoes, if any. */
    public static Change ofLine(Instant at, String by, Kind kind, int line, String reason, Long undoes) {
        if (!kind.ofLine()) {
            throw new IllegalArgumentException(kind + " is not a line change");
        }
        return new Change(null, at, by, null, -1, line, null, null, reason, kind, undoes, null);
    }

    /** The longest reason (timetable_change.reason). */
    public static final int MAX_REASON = 500;

    /** A reason the application composes (with someone's text in it), shortened to fit. */
    public static String fitted(String reason) {
        return reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1) + "…";
    }
}
