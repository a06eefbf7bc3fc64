package org.tomatic.legacy.format;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.tomatic.availability.DayOff;

/** {@code holidays.conf} and {@code data/noservice.conf}: {@code YYYY-MM-DD<TAB>description} per line. */
final class HolidaysFile {

    static final String HOLIDAYS = "holidays.conf";
    static final String NO_SERVICE = "data/noservice.conf";

    private HolidaysFile() {
    }

    static List<LegacyDay> parse(TextFile text, Problems problems) {
        var days = new ArrayList<LegacyDay>();
        List<String> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 2); // the old tool wrote a TAB; people typed spaces too
            try {
                LocalDate date = LocalDate.parse(parts[0]);
                String name = parts.length > 1 ? parts[1].strip() : "";
                if (name.length() > DayOff.MAX_NAME) {
                    problems.error(text.path(), i + 1, "the name is longer than " + DayOff.MAX_NAME + " characters");
                    continue;
                }
                days.add(new LegacyDay(date, name, new Source(text.path(), i + 1)));
            }
            catch (DateTimeException e) {
                problems.error(text.path(), i + 1,
                        "bad date '" + parts[0] + "' (expected an existing YYYY-MM-DD date, a TAB and a description)");
            }
        }
        return days;
    }

    static String format(LegacyDay day) {
        return day.date() + "\t" + day.name().replaceAll("[\r\n]+", " ");
    }
}
