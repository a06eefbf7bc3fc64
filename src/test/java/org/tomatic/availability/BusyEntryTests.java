package org.tomatic.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class BusyEntryTests {

    static final LocalDate WEDNESDAY = LocalDate.of(2030, 1, 9);

    @Test
    void appliesOnItsDateItsWeekdayOrEveryDay() {
        assertThat(entry(null, WEDNESDAY).appliesOn(WEDNESDAY)).isTrue();
        assertThat(entry(null, WEDNESDAY).appliesOn(WEDNESDAY.plusWeeks(1))).isFalse();
        assertThat(entry(DayOfWeek.WEDNESDAY, null).appliesOn(WEDNESDAY.plusWeeks(1))).isTrue();
        assertThat(entry(DayOfWeek.THURSDAY, null).appliesOn(WEDNESDAY)).isFalse();
        assertThat(entry(null, null).appliesOn(WEDNESDAY)).isTrue();
    }

    private static BusyEntry entry(DayOfWeek weekday, LocalDate date) {
        return new BusyEntry(1L, "anna", weekday, date, "1000", true, "metge", 0);
    }
}
