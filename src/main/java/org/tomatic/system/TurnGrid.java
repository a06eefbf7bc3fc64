package org.tomatic.system;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The shape of a working week: which weekdays have service, the turn boundaries
 * (n+1 times for n turns), how many lines, in which time zone, and the daily limits.
 */
public record TurnGrid(List<DayOfWeek> weekdays, List<LocalTime> boundaries, int lines, ZoneId timeZone,
                       int maxPerDay, double maxOverload, int maxHolesPerTurn, int version) {

    /** Turns a day at most (a busy entry's turns are busy_entry.turns, VARCHAR(16)). */
    public static final int MAX_TURNS = 16;
    /** The most lines a turn grid (and so a timetable, a fixed-turns page, a planner run) has. */
    public static final int MAX_LINES = 100;

    public TurnGrid {
        weekdays = List.copyOf(weekdays);
        boundaries = List.copyOf(boundaries);
    }

    public int turns() {
        return boundaries.size() - 1;
    }

    /** "09:00 – 10:15" for turn index 0. */
    public String turnLabel(int turn) {
        return boundaries.get(turn) + " – " + boundaries.get(turn + 1);
    }

    public String allTurns() {
        return "1".repeat(turns());
    }
}
