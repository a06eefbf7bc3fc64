package org.tomatic.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;

import org.junit.jupiter.api.Test;

class WeekdaysTests {

    @Test
    void codesMapToDaysBothWays() {
        for (DayOfWeek day : DayOfWeek.values()) {
            assertThat(Weekdays.parse(Weekdays.code(day))).contains(day);
        }
        assertThat(Weekdays.code(DayOfWeek.WEDNESDAY)).isEqualTo("dx");
        assertThat(Weekdays.parse("dj")).contains(DayOfWeek.THURSDAY);
    }

    @Test
    void unknownCodesAreEmptyOrAClearError() {
        assertThat(Weekdays.parse("DL")).isEmpty();
        assertThat(Weekdays.parse("lu")).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> Weekdays.require("lu"))
                .withMessage("unknown weekday 'lu' (expected one of dl, dm, dx, dj, dv, ds, dg)");
    }

    @Test
    void weekendsAreNotWorkingDays() {
        assertThat(Weekdays.isWorkingDay(DayOfWeek.FRIDAY)).isTrue();
        assertThat(Weekdays.isWorkingDay(DayOfWeek.SATURDAY)).isFalse();
        assertThat(Weekdays.isWorkingDay(DayOfWeek.SUNDAY)).isFalse();
    }
}
