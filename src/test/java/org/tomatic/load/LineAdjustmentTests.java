package org.tomatic.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineAdjustmentTests {

    // 5 days × 4 turns = 20 cells per line; 2 lines = 40 cells

    @Test
    void aFullWeekHasNoHoles() {
        assertThat(LineAdjustment.adjust(40, 5, 4, 2, true)).isEqualTo(new LineAdjustment.Holes(0, 2, 0));
    }

    @Test
    void holesShortOfALineStay() {
        assertThat(LineAdjustment.adjust(21, 5, 4, 2, true)).isEqualTo(new LineAdjustment.Holes(19, 2, 0));
    }

    @Test
    void aWholeLineOfHolesIsDropped() {
        assertThat(LineAdjustment.adjust(20, 5, 4, 2, true)).isEqualTo(new LineAdjustment.Holes(0, 1, 1));
    }

    @Test
    void theRemainderStaysAsNobodyLoad() {
        assertThat(LineAdjustment.adjust(15, 5, 4, 2, true)).isEqualTo(new LineAdjustment.Holes(5, 1, 1));
    }

    @Test
    void nobodyAtAllDropsEveryLineAndNoMore() {
        assertThat(LineAdjustment.adjust(0, 5, 4, 2, true)).isEqualTo(new LineAdjustment.Holes(0, 0, 2));
    }

    @Test
    void withoutAdjustingTheHolesAreAllNobodyLoad() {
        assertThat(LineAdjustment.adjust(15, 5, 4, 2, false)).isEqualTo(new LineAdjustment.Holes(25, 2, 0));
    }

    @Test
    void aWeekWithoutWorkingDaysDropsNothing() {
        assertThat(LineAdjustment.adjust(0, 0, 4, 2, true)).isEqualTo(new LineAdjustment.Holes(0, 2, 0));
    }

    @Test
    void noLinesNoHoles() {
        assertThat(LineAdjustment.adjust(0, 5, 4, 0, true)).isEqualTo(new LineAdjustment.Holes(0, 0, 0));
    }
}
