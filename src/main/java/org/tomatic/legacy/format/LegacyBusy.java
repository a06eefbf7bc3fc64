package org.tomatic.legacy.format;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * One busy line.
 *
 * @param required a leading {@code +}: hard, not negotiable
 * @param weekday for weekly entries; null with a null date = every working day
 * @param date for dated entries (one-shot, vacations)
 * @param turns one character per turn, {@code 1} = busy; all ones when the line gave none
 */
public record LegacyBusy(String person, boolean required, DayOfWeek weekday, LocalDate date, String turns,
        String reason, Source source) {
}
