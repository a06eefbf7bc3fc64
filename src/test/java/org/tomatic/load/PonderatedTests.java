package org.tomatic.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PonderatedTests {

    @Test
    void aFullWeekKeepsTheIdealLoad() {
        assertThat(Ponderation.ponderated(3, 5, 0)).isEqualTo(3.0);
    }

    @Test
    void eachDayOffTakesAFifth() {
        assertThat(Ponderation.ponderated(3, 5, 1)).isEqualTo(2.4);
        assertThat(Ponderation.ponderated(3, 5, 2)).isEqualTo(1.8);
    }

    @Test
    void aShorterWeekIsStillDividedByFive() {
        assertThat(Ponderation.ponderated(5, 4, 0)).isEqualTo(4.0);
        assertThat(Ponderation.ponderated(2, 4, 1)).isEqualTo(1.2);
    }

    @Test
    void offTheWholeWeekIsZero() {
        assertThat(Ponderation.ponderated(7, 5, 5)).isZero();
        assertThat(Ponderation.ponderated(7, 3, 3)).isZero();
    }

    @Test
    void aWeekWithoutWorkingDaysIsZero() {
        assertThat(Ponderation.ponderated(7, 0, 0)).isZero();
    }

    @ParameterizedTest(name = "{0} rounds to {1}")
    @CsvSource({
        "0.5, 0", "1.5, 2", "2.5, 2", "3.5, 4",
        "2.4, 2", "2.6, 3", "1.8, 2", "0.4, 0", "0.0, 0",
    })
    void roundsHalvesToEven(double ponderated, int rounded) {
        assertThat(Ponderation.rounded(ponderated)).isEqualTo(rounded);
    }
}
