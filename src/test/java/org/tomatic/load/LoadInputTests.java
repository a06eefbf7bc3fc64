package org.tomatic.load;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class LoadInputTests {

    private static LoadInput week(LoadPerson... persons) {
        return new LoadInput(List.of(persons), 2, 4, 1, 2, 0, true);
    }

    private static LoadPerson ana(List<String> busy) {
        return new LoadPerson("ana", 3, 0, busy, null, 0);
    }

    @Test
    void rejectsABusyPatternOfTheWrongLength() {
        assertThatThrownBy(() -> week(ana(List.of("0000", "000"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ana").hasMessageContaining("\"000\"").hasMessageContaining("4");
    }

    @Test
    void rejectsAPatternCountOtherThanTheWorkingDays() {
        assertThatThrownBy(() -> week(ana(List.of("0000"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 busy patterns for 2 working days");
    }

    @Test
    void rejectsAPatternWithOtherCharacters() {
        assertThatThrownBy(() -> ana(List.of("0000", "01x0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("01x0");
        assertThatThrownBy(() -> ana(Arrays.asList("0000", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ana");
    }

    @Test
    void rejectsANegativeIdealLoad() {
        assertThatThrownBy(() -> new LoadPerson("ana", -1, 0, List.of(), null, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Ideal load of ana");
    }

    @Test
    void rejectsDaysOffOutsideTheWeek() {
        assertThatThrownBy(() -> new LoadPerson("ana", 1, -1, List.of(), null, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Days off of ana");
        assertThatThrownBy(() -> week(new LoadPerson("ana", 1, 3, List.of("0000", "0000"), null, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 days off");
    }

    @Test
    void rejectsAMissingOrBlankId() {
        assertThatThrownBy(() -> new LoadPerson(" ", 1, 0, List.of(), null, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoadPerson(null, 1, 0, List.of(), null, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAPersonalMaxBelowOne() {
        assertThatThrownBy(() -> new LoadPerson("ana", 1, 0, List.of(), 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Max turns per day of ana");
    }

    @Test
    void rejectsACreditThatIsNotANumber() {
        assertThatThrownBy(() -> new LoadPerson("ana", 1, 0, List.of(), null, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Credit of ana");
    }

    @Test
    void rejectsAWeekWithoutTurns() {
        assertThatThrownBy(() -> new LoadInput(List.of(), 5, 0, 1, 2, 0, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Turns per day");
    }

    @Test
    void rejectsNegativeWeekFigures() {
        assertThatThrownBy(() -> new LoadInput(List.of(), -1, 4, 1, 2, 0, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Working days");
        assertThatThrownBy(() -> new LoadInput(List.of(), 5, 4, -1, 2, 0, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Lines");
        assertThatThrownBy(() -> new LoadInput(List.of(), 5, 4, 1, 0, 0, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("General max");
        assertThatThrownBy(() -> new LoadInput(List.of(), 5, 4, 1, 2, -0.5, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Max overload");
    }

    @Test
    void rejectsTheSamePersonTwice() {
        assertThatThrownBy(() -> week(ana(List.of("0000", "0000")), ana(List.of("0000", "0000"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ana appears twice");
    }

    @Test
    void rejectsAMissingInput() {
        assertThatThrownBy(() -> WeeklyLoad.compute(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoadInput(null, 5, 4, 1, 2, 0, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoadInput(Arrays.asList((LoadPerson) null), 5, 4, 1, 2, 0, true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
