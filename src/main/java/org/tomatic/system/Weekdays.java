package org.tomatic.system;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;

/**
 * The Catalan weekday codes dl dm dx dj dv ds dg = Monday ... Sunday: the days of the legacy files and of the
 * planner's solver problems, so both speak them without one depending on the other.
 */
public final class Weekdays {

    private static final List<String> CODES = List.of("dl", "dm", "dx", "dj", "dv", "ds", "dg");

    private Weekdays() {
    }

    /** The day for a code, empty when the code is unknown. */
    public static Optional<DayOfWeek> parse(String code) {
        int index = CODES.indexOf(code);
        return index < 0 ? Optional.empty() : Optional.of(DayOfWeek.of(index + 1));
    }

    /** The day for a code; an unknown code is an {@link IllegalArgumentException} naming the valid ones. */
    public static DayOfWeek require(String code) {
        return parse(code).orElseThrow(() -> new IllegalArgumentException(
                "unknown weekday '" + code + "' (expected one of " + String.join(", ", CODES) + ")"));
    }

    public static String code(DayOfWeek day) {
        return CODES.get(day.getValue() - 1);
    }

    public static boolean isWorkingDay(DayOfWeek day) {
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }
}
