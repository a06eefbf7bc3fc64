package org.tomatic.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CapacityTests {

    /** Every four-turn pattern for every max per day, worked out by hand from §1. */
    @ParameterizedTest(name = "{0}: m=1 {1}, m=2 {2}, m=3 {3}, m=4 {4}")
    @CsvSource({
        "0000, 1, 2, 3, 4",
        "0001, 1, 2, 3, 3",
        "0010, 1, 2, 2, 2",
        "0011, 1, 2, 2, 2",
        "0100, 1, 2, 2, 2",
        "0101, 1, 1, 1, 1",
        "0110, 1, 1, 1, 1",
        "0111, 1, 1, 1, 1",
        "1000, 1, 2, 3, 3",
        "1001, 1, 1, 2, 2",
        "1010, 1, 1, 1, 1",
        "1011, 1, 1, 1, 1",
        "1100, 1, 2, 2, 2",
        "1101, 1, 1, 1, 1",
        "1110, 1, 1, 1, 1",
        "1111, 0, 0, 0, 0",
    })
    void fourTurnDay(String busy, int max1, int max2, int max3, int max4) {
        assertThat(Capacity.ofDay(busy, 1)).as("m=1").isEqualTo(max1);
        assertThat(Capacity.ofDay(busy, 2)).as("m=2").isEqualTo(max2);
        assertThat(Capacity.ofDay(busy, 3)).as("m=3").isEqualTo(max3);
        assertThat(Capacity.ofDay(busy, 4)).as("m=4").isEqualTo(max4);
    }

    @Test
    void aMaximumAboveFourStillGivesFourOnAFreeFourTurnDay() {
        assertThat(Capacity.ofDay("0000", 5)).isEqualTo(4);
        assertThat(Capacity.ofDay("0001", 5)).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0} with m={1}: {2}")
    @CsvSource({
        "111, 1, 0", "101, 1, 1",
        "000, 2, 2", "001, 2, 2", "100, 2, 2", "010, 2, 1", "011, 2, 1", "110, 2, 1", "111, 2, 0",
        "000, 3, 3", "001, 3, 2", "010, 3, 1", "101, 3, 1",
        "000, 4, 3",
    })
    void threeTurnDay(String busy, int maxPerDay, int capacity) {
        assertThat(Capacity.ofDay(busy, maxPerDay)).isEqualTo(capacity);
    }

    @ParameterizedTest(name = "{0} with m={1}: {2}")
    @CsvSource({
        "11111, 2, 0", "00111, 2, 2", "11100, 2, 2", "10011, 2, 1", "11011, 2, 1", "00000, 2, 2",
        "00000, 3, 3", "10001, 3, 3", "01001, 3, 2", "01010, 3, 1",
        "00000, 4, 4", "00010, 4, 3",
        "00000, 5, 5", "11111, 5, 0", "00100, 5, 2",
    })
    void fiveTurnDay(String busy, int maxPerDay, int capacity) {
        assertThat(Capacity.ofDay(busy, maxPerDay)).isEqualTo(capacity);
    }

    @Test
    void aOneTurnDayHoldsOneTurnAtMost() {
        assertThat(Capacity.ofDay("0", 2)).isEqualTo(1);
        assertThat(Capacity.ofDay("0", 4)).isEqualTo(1);
        assertThat(Capacity.ofDay("1", 2)).isZero();
    }

    @Test
    void theWeekAddsItsDays() {
        // m=2: 2 + 2 + 1 + 0 + 1
        assertThat(Capacity.ofWeek(List.of("0000", "0011", "0110", "1111", "0101"), 0, 2)).isEqualTo(6);
        // m=3: 3 + 2 + 1 + 0 + 1
        assertThat(Capacity.ofWeek(List.of("0000", "0011", "0110", "1111", "0101"), 0, 3)).isEqualTo(7);
    }

    @Test
    void aDayOffAlreadyMarkedAllBusyIsNotCountedTwice() {
        assertThat(Capacity.ofWeek(List.of("1111", "0000", "0000", "0000", "0000"), 1, 2)).isEqualTo(8);
    }

    @Test
    void unmarkedDaysOffTakeTheLeastCapableDays() {
        List<String> week = List.of("0000", "0011", "0110", "1111", "0101");
        // capacities 2, 2, 1, 0, 1 with m=2: the days off take the 0, then a 1, then the other 1
        assertThat(Capacity.ofWeek(week, 1, 2)).isEqualTo(6);
        assertThat(Capacity.ofWeek(week, 2, 2)).isEqualTo(5);
        assertThat(Capacity.ofWeek(week, 3, 2)).isEqualTo(4);
    }

    @Test
    void offEveryDayLeavesNoCapacity() {
        assertThat(Capacity.ofWeek(List.of("0000", "0000", "0000"), 3, 2)).isZero();
    }

    @Test
    void aWeekWithoutWorkingDaysHasNoCapacity() {
        assertThat(Capacity.ofWeek(List.of(), 0, 2)).isZero();
    }
}
