package org.tomatic.callinfo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTests {

    final PhoneNumbers spain = new PhoneNumbers("+34");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "600112233           | 600112233",
        "+34 600 11 22 33    | 600112233",
        "0034600112233       | 600112233",
        "0034 600-11-22-33   | 600112233",
        "34600112233         | 600112233",
        "600.11.22.33        | 600112233",
        "(93) 123 45 67      | 931234567",
        "' 93 123 45 67 '    | 931234567",
        "+33 6 12 34 56 78   | 33612345678",
        "0044 20 7946 0000   | 442079460000",
        "112                 | 112",
        "010                 | 010",
        "1004                | 1004",
        "341234              | 341234",
    })
    void normalisesToOneForm(String raw, String normalised) {
        assertThat(spain.normalise(raw)).isEqualTo(normalised);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "abc", "600 11 22 33 ext 5", "+", "00", "+34", "0034", "6001-12-x", "++34600112233",
        "600112233@pbx"})
    void garbageIsNull(String raw) {
        assertThat(spain.normalise(raw)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"+34 600 11 22 33, 34600112233", "600112233, 600112233"})
    void withoutACountryPrefixOnlyTheInternationalMarkGoes(String raw, String normalised) {
        assertThat(new PhoneNumbers("").normalise(raw)).isEqualTo(normalised);
    }
}
