package org.tomatic.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tomatic.system.ValidationException;

class IcsHolidaysTests {

    static final String CALENDAR = """
        BEGIN:VCALENDAR\r
        VERSION:2.0\r
        PRODID:-//Example//Festius//CA\r
        BEGIN:VEVENT\r
        UID:1@example\r
        DTSTAMP:20260101T000000Z\r
        DTSTART;VALUE=DATE:20261208\r
        DTEND;VALUE=DATE:20261209\r
        SUMMARY:La Immaculada\r
        END:VEVENT\r
        BEGIN:VEVENT\r
        UID:2@example\r
        DTSTAMP:20260101T000000Z\r
        DTSTART;VALUE=DATE:20261225\r
        DTEND;VALUE=DATE:20261227\r
        SUMMARY:Nadal i Sant Esteve\r
        END:VEVENT\r
        BEGIN:VEVENT\r
        UID:3@example\r
        DTSTAMP:20260101T000000Z\r
        DTSTART;VALUE=DATE:20260624\r
        SUMMARY:Sant Joan\r
        END:VEVENT\r
        END:VCALENDAR\r
        """;

    @Test
    void readsOneDayPerDayOfEachEvent() {
        assertThat(IcsHolidays.read(stream(CALENDAR))).containsExactly(
            new DayOff(LocalDate.of(2026, 12, 8), "La Immaculada"),
            new DayOff(LocalDate.of(2026, 12, 25), "Nadal i Sant Esteve"),
            new DayOff(LocalDate.of(2026, 12, 26), "Nadal i Sant Esteve"),
            new DayOff(LocalDate.of(2026, 6, 24), "Sant Joan"));
    }

    @Test
    void aFileThatIsNotACalendarIsAClearError() {
        assertThatThrownBy(() -> IcsHolidays.read(stream("this is not a calendar\n")))
            .isInstanceOf(ValidationException.class).hasMessageContaining("Not a valid iCalendar file");
    }

    @Test
    void anEventWithoutANameIsRefused() {
        String noSummary = CALENDAR.replace("SUMMARY:Sant Joan\r\n", "");
        assertThatThrownBy(() -> IcsHolidays.read(stream(noSummary)))
            .isInstanceOf(ValidationException.class).hasMessageContaining("2026-06-24 has no summary");
    }

    @Test
    void aMonthsLongEventIsSurelyTheWrongFile() {
        String longEvent = CALENDAR.replace("DTEND;VALUE=DATE:20261209", "DTEND;VALUE=DATE:20270309");
        assertThatThrownBy(() -> IcsHolidays.read(stream(longEvent)))
            .isInstanceOf(ValidationException.class).hasMessageContaining("lasts more than 31 days");
    }

    static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
