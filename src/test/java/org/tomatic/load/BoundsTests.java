package org.tomatic.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoundsTests {

    @Test
    void withoutOverloadTheUpperBoundIsTheRoundedPonderatedLoad() {
        assertThat(Bounds.upperBound(2.4, 0, 10)).isEqualTo(2);
        assertThat(Bounds.upperBound(2.6, 0, 10)).isEqualTo(3);
    }

    @Test
    void theOverloadRaisesTheUpperBound() {
        assertThat(Bounds.upperBound(2.4, 1, 10)).isEqualTo(3);
    }

    @Test
    void theCapacityCapsTheUpperBound() {
        assertThat(Bounds.upperBound(3.0, 1, 2)).isEqualTo(2);
        assertThat(Bounds.upperBound(3.0, 1, 0)).isZero();
    }

    @Test
    void theUpperBoundRoundsHalvesToEven() {
        assertThat(Bounds.upperBound(2.0, 0.5, 10)).isEqualTo(2);
        assertThat(Bounds.upperBound(1.0, 0.5, 10)).isEqualTo(2);
    }

    @Test
    void limitedIsTheRoundedLoadCutToTheUpperBound() {
        assertThat(Bounds.limited(2, 3)).isEqualTo(2);
        assertThat(Bounds.limited(3, 2)).isEqualTo(2);
        assertThat(Bounds.limited(4, 0)).isZero();
    }
}
