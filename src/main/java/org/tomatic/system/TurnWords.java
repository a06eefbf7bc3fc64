package org.tomatic.system;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** Days and turns as people say them: "Monday", "09:00–10:15", "L2". */
public final class TurnWords {

    private TurnWords() {}

    /** The weekday's full name in the language, capitalised ("Dilluns", "Monday"). */
    public static String day(DayOfWeek day, Locale locale) {
        String name = day.getDisplayName(TextStyle.FULL, locale);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** A day given by its code ({@code dl}…), or the code itself when it is none. */
    public static String day(String code, Locale locale) {
        return Weekdays.parse(code).map(d -> day(d, locale)).orElse(code);
    }

    /** The turn's times from the boundaries ("09:00–10:15"); its number when they are not known. */
    public static String turn(List<String> boundaries, int turn) {
        return turn >= 0 && turn + 1 < boundaries.size()
            ? boundaries.get(turn) + "–" + boundaries.get(turn + 1) : String.valueOf(turn + 1);
    }

    /** A cell: "Monday 09:00–10:15, L2". */
    public static String cell(DayOfWeek day, List<String> boundaries, int turn, int line, Locale locale) {
        return day(day, locale) + " " + turn(boundaries, turn) + ", " + line(line);
    }

    public static String line(int line) {
        return "L" + (line + 1);
    }
}
