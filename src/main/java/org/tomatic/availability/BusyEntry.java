package org.tomatic.availability;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A time someone cannot (required) or would rather not (optional) be on the phone.
 * Weekly when {@code date} is null ({@code weekday} null = every working day); one-off otherwise.
 * {@code turns}: one character per turn, '1' = busy.
 */
public record BusyEntry(Long id, String personId, DayOfWeek weekday, LocalDate date, String turns,
                        boolean required, String reason, int version) {

    /** The longest reason (busy_entry.reason); one line, as the legacy files keep it. */
    public static final int MAX_REASON = 500;

    public boolean oneOff() {
        return date != null;
    }

    /** Whether the entry counts on that date: its date, its weekday, or every day. */
    public boolean appliesOn(LocalDate day) {
        return date != null ? date.equals(day) : weekday == null || weekday == day.getDayOfWeek();
    }

    public boolean busyInTurn(int turn) {
        return turn < turns.length() && turns.charAt(turn) == '1';
    }
}
