package org.tomatic.availability;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.tomatic.system.ValidationException;

/** Reads the days of an iCalendar holiday calendar: one {@link DayOff} per day each event covers. */
public final class IcsHolidays {

    /** A holiday calendar lists single days; anything longer is surely the wrong file. */
    private static final int MAX_DAYS_PER_EVENT = 31;

    private IcsHolidays() {
    }

    public static List<DayOff> read(InputStream in) {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(in);
        } catch (ParserException e) {
            throw ValidationException.of("file", "Not a valid iCalendar file (line " + e.getLineNo() + "): " + e.getMessage());
        } catch (IOException e) {
            throw ValidationException.of("file", "Could not read the file: " + e.getMessage());
        }
        try {
            return days(calendar);
        } catch (java.time.DateTimeException | IllegalArgumentException e) {
            throw ValidationException.of("file", "An event has dates that cannot be read: " + e.getMessage());
        }
    }

    private static List<DayOff> days(Calendar calendar) {
        List<DayOff> days = new ArrayList<>();
        List<VEvent> events = calendar.getComponents("VEVENT");
        for (VEvent event : events) {
            LocalDate start = event.getStartDate().map(IcsHolidays::date)
                .orElseThrow(() -> ValidationException.of("file", "An event has no start date"));
            LocalDate end = event.getEndDate(false).map(IcsHolidays::date).orElse(start.plusDays(1));
            String name = event.getSummary() == null ? "" : event.getSummary().getValue().trim();
            if (name.isEmpty()) {
                throw ValidationException.of("file", "The event on " + start + " has no summary (name)");
            }
            if (end.isAfter(start.plusDays(MAX_DAYS_PER_EVENT))) {
                throw ValidationException.of("file", "The event '" + name + "' lasts more than " + MAX_DAYS_PER_EVENT + " days");
            }
            for (LocalDate day = start; day.isBefore(end) || day.equals(start); day = day.plusDays(1)) {
                days.add(new DayOff(day, name.length() > DayOff.MAX_NAME ? name.substring(0, DayOff.MAX_NAME) : name));
            }
        }
        return days;
    }

    private static LocalDate date(DateProperty<? extends Temporal> property) {
        Temporal t = property.getDate();
        if (t instanceof LocalDate d) {
            return d;
        }
        if (t instanceof LocalDateTime dt) {
            return dt.toLocalDate();
        }
        if (t instanceof ZonedDateTime zdt) {
            return zdt.toLocalDate();
        }
        if (t instanceof OffsetDateTime odt) {
            return odt.toLocalDate();
        }
        return LocalDate.from(t);
    }
}
