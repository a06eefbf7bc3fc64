package org.tomatic.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** §1.3, every case of the four-turn day, and the generalisation to other turn counts. */
class DayCapacityTests {

    @ParameterizedTest(name = "busy {0}, max {1} -> {2}")
    @CsvSource({
        // all four busy
        "1111, 1, 0", "1111, 2, 0", "1111, 4, 0",
        // m == 1
        "0000, 1, 1", "1110, 1, 1",
        // m == 2: first two or last two free
        "0000, 2, 2", "0011, 2, 2", "1100, 2, 2", "0110, 2, 1", "1001, 2, 1", "0101, 2, 1", "1011, 2, 1",
        // m >= 3
        "0000, 3, 3", "0000, 4, 4", "0001, 4, 3", "1000, 3, 3", "0100, 3, 2", "0010, 4, 2", "0101, 3, 1",
        "0110, 3, 1", "1010, 4, 1",
    })
    void fourTurnDays(String busy, int max, int expected) {
        assertThat(DayCapacity.of(busy, max)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "busy {0}, max {1} -> {2}")
    @CsvSource({"000, 3, 3", "010, 3, 1", "111, 2, 0", "00100, 3, 2", "00000, 2, 2", "01010, 2, 1", "00000, 9, 5"})
    void otherTurnCounts(String busy, int max, int expected) {
        assertThat(DayCapacity.of(busy, max)).isEqualTo(expected);
    }

    @Test
    void aPersonalMaximumOverridesTheGeneralOne() {
        LoadPerson pau = new LoadPerson("pau", 5, 0, java.util.List.of("0000", "0000"), 1, 0);
        LoadInput week = new LoadInput(java.util.List.of(pau), 2, 4, 1, 2, 0, false);
        assertThat(WeeklyLoad.capacity(pau, week)).isEqualTo(2);
    }
}
