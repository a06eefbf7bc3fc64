package org.tomatic.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** Back to the page a small form was sent from: always a path of this site. */
class BackToTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "http://localhost/timetable?week=2030-01-07 | /timetable?week=2030-01-07",
        "https://tomatic.example.coop/people        | /people",
        "none                                       | /",
        "//evil.example/x                           | /x",
        "http://localhost/me/theme                  | /",
        "not a uri %                                | /"})
    void aPathOfThisSiteOnly(String referer, String expected) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        if (referer != null) {
            request.addHeader("Referer", referer);
        }
        assertThat(BackTo.referringPage(request, "/me/")).isEqualTo(expected);
    }
}
