package org.tomatic.legacy.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;

import org.junit.jupiter.api.Test;

class LegacyWeekdaysTests {

    @Test
    void codesMapToDaysBothWays() {
        for (DayOfWeek day : DayOfWeek.values()) {
            assertThat(LegacyWeekdays.parse(LegacyWeekdays.code(day))).contains(day);
        }
        assertThat(LegacyWeekdays.code(DayOfWeek.WEDNESDAY)).isEqualTo("dx");
        assertThat(LegacyWeekdays.parse("dj")).contains(DayOfWeek.THURSDAY);
    }

    @Test
    void unknownCodesAreEmptyOrAClearError() {
        assertThat(LegacyWeekdays.parse("DL")).isEmpty();
        assertThat(LegacyWeekdays.parse("lu")).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> LegacyWeekdays.require("lu"))
                .withMessage("unknown weekday 'lu' (expected one of dl, dm, dx, dj, dv, ds, dg)");
    }

    @Test
    void weekendsAreNotWorkingDays() {
        assertThat(LegacyWeekdays.isWorkingDay(DayOfWeek.FRIDAY)).isTrue();
        assertThat(LegacyWeekdays.isWorkingDay(DayOfWeek.SATURDAY)).isFalse();
        assertThat(LegacyWeekdays.isWorkingDay(DayOfWeek.SUNDAY)).isFalse();
    }
}
