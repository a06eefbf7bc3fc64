package org.tomatic.callinfo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The auto field: what a search text is taken for. */
class SearchFieldTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "anna@example.coop     | EMAIL",
        "ANNA.PUIG@EXAMPLE.COM | EMAIL",
        "@puig                 | EMAIL",
        "600112233             | PHONE",
        "600 11 22 33          | PHONE",
        "93.123.45.67          | PHONE",
        "+34 600 11 22 33      | PHONE",
        "0034600112233         | PHONE",
        "+33 6 12 34 56 78     | PHONE",
        "1234567               | CONTRACT",
        "C-1234                | CONTRACT",
        "c00012345             | CONTRACT",
        "S123                  | CUSTOMER_NUMBER",
        "s0012345              | CUSTOMER_NUMBER",
        "12345678Z             | TAX_ID",
        "12345678-z            | TAX_ID",
        "X1234567L             | TAX_ID",
        "Y7654321G             | TAX_ID",
        "B12345678             | TAX_ID",
        "ESB12345678           | TAX_ID",
        "es 12345678Z          | TAX_ID",
        "ES0031405536845001LN  | CUPS",
        "es 0031 4055 3684 5001 ln | CUPS",
        "ES0031405536845001LN0F | CUPS",
        "ES00314055368         | CUPS",
        "Anna Puig             | NAME",
        "Núria Col·lell        | NAME",
        "Puig                  | NAME",
        "S.A.T. La Canal       | NAME",
    })
    void guessesTheField(String text, SearchField field) {
        assertThat(SearchField.guess(text)).isEqualTo(field);
    }

    @Test
    void aCupsIsStoredInCapitalsWithoutSeparators() {
        assertThat(SearchField.cups("es 0031-4055-3684-5001 ln")).isEqualTo("ES0031405536845001LN");
        assertThat(SearchField.cups("ES0031405536845001LN0F")).isEqualTo("ES0031405536845001LN0F");
        assertThat(SearchField.cups("ES00314055368")).as("a start is not a whole one").isNull();
        assertThat(SearchField.cupsStart("ES12345678Z")).as("a tax id with ES").isNull();
    }

    @Test
    void nothingIsAName() {
        assertThat(SearchField.guess(null)).isEqualTo(SearchField.NAME);
        assertThat(SearchField.guess("  ")).isEqualTo(SearchField.NAME);
    }
}
