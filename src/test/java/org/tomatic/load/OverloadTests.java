package org.tomatic.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OverloadTests {

    @Test
    void isTheFinalLoadMinusThePonderatedOne() {
        assertThat(Overload.of(2, 2.4)).isEqualTo(-0.4);
        assertThat(Overload.of(5, 4.0)).isEqualTo(1.0);
        assertThat(Overload.of(0, 0.0)).isEqualTo(0.0);
    }

    @Test
    void hasOneDecimalWithoutFloatNoise() {
        assertThat(Overload.of(3, 2.4)).isEqualTo(0.6);
        assertThat(Overload.of(1, 0.3)).isEqualTo(0.7);
    }

    @Test
    void roundsHalvesAwayFromZero() {
        assertThat(Overload.of(1, 0.75)).isEqualTo(0.3);
        assertThat(Overload.of(0, 0.25)).isEqualTo(-0.3);
    }
}
