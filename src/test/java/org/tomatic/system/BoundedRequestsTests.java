package org.tomatic.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.tomatic.IntegrationTest;

/** No request can make the server do unbounded work: each maximum is refused with a sentence, before the work. */
class BoundedRequestsTests extends IntegrationTest {

    @Test
    void theFixedTurnsPageShowsAtMostTheGridsMaximumOfLines() throws Exception {
        mvc.perform(get("/fixed-turns").param("lines", "20000").with(user("anna").roles("AGENT")))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("The number of lines must be from 1 to 100.")));
        mvc.perform(get("/fixed-turns").param("lines", "12").with(user("anna").roles("AGENT")))
            .andExpect(status().isOk());
    }

    @Test
    void reportsAndExportsCoverAtMostAYear() throws Exception {
        mvc.perform(get("/stats/days.csv").param("from", "0001-01-01").param("to", "9999-12-31")
                .with(user("anna").roles("AGENT")))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("The range can be at most 366 days")));
        mvc.perform(get("/stats/days.csv").param("from", "2026-12-01").param("to", "2026-11-01")
                .with(user("anna").roles("AGENT")))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("ends (2026-11-01) before it starts")));
        mvc.perform(get("/stats/days.csv").param("from", "2025-12-01").param("to", "2026-11-30")
                .with(user("anna").roles("AGENT")))
            .andExpect(status().isOk());
        mvc.perform(get("/stats").param("days", "100000").with(user("anna").roles("AGENT")))
            .andExpect(status().isBadRequest());
        mvc.perform(get("/calls/report.csv").param("from", "2000-01-01").param("to", "2026-11-30")
                .with(user("coord").roles("COORDINATOR")))
            .andExpect(status().isBadRequest());
        mvc.perform(get("/calls/report").param("from", "2000-01-01").param("to", "2026-11-30")
                .with(user("coord").roles("COORDINATOR")))
            .andExpect(status().isBadRequest());
    }

    @Test
    void aHolidayCalendarUploadIsAtMostAMebibyte() throws Exception {
        byte[] big = new byte[(int) (1024 * 1024 + 1)];
        mvc.perform(multipart("/holidays/import")
                .file(new MockMultipartFile("file", "big.ics", "text/calendar", big))
                .with(user("admin").roles("ADMIN")).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andExpect(r -> assertThat(r.getFlashMap().get("flashErrorText")).isEqualTo("The file can be at most 1 MiB."));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM holiday").query(Integer.class).single()).isZero();
    }

    @Test
    void theApiSaysWhatIsWrongAsMessageToo() throws Exception {
        var e = ValidationException.of("x", "The reason can be at most 500 characters.");
        assertThat(new ErrorController.ApiValidationAdvice().badRequest(e).getBody())
            .containsEntry("message", "The reason can be at most 500 characters.")
            .containsEntry("error", "The reason can be at most 500 characters.");
    }
}
