package org.tomatic.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.tomatic.IntegrationTest;

class DaysOffPageTests extends IntegrationTest {

    @Autowired
    AvailabilityRepository availability;

    @Test
    void anAdminImportsHolidaysFromAnIcsFile() throws Exception {
        var file = new MockMultipartFile("file", "festius.ics", "text/calendar",
            IcsHolidaysTests.CALENDAR.getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart("/holidays/import").file(file).with(user("admin").roles("ADMIN")).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("flashText", "4 holidays imported"));

        assertThat(availability.holidays()).extracting(DayOff::date).containsExactly(LocalDate.of(2026, 6, 24),
            LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));
    }

    @Test
    void aBadFileImportsNothingAndSaysWhy() throws Exception {
        var file = new MockMultipartFile("file", "festius.ics", "text/calendar",
            IcsHolidaysTests.CALENDAR.replace("SUMMARY:Sant Joan\r\n", "").getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart("/holidays/import").file(file).with(user("admin").roles("ADMIN")).with(csrf()))
            .andExpect(flash().attribute("flashErrorText", org.hamcrest.Matchers.containsString("has no summary")));

        assertThat(availability.holidays()).isEmpty();
    }

    @Test
    void coordinatorsCannotImportHolidays() throws Exception {
        var file = new MockMultipartFile("file", "festius.ics", "text/calendar",
            IcsHolidaysTests.CALENDAR.getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart("/holidays/import").file(file).with(user("carla").roles("COORDINATOR")).with(csrf()))
            .andExpect(status().isForbidden());
        assertThat(availability.holidays()).isEmpty();
    }

    @Test
    void noServiceDaysAreKeptApartFromHolidays() throws Exception {
        mvc.perform(post("/holidays").with(user("admin").roles("ADMIN")).with(csrf())
                .param("kind", "NO_SERVICE").param("date", "2026-12-24").param("name", "Nit de Nadal"))
            .andExpect(status().is3xxRedirection());

        assertThat(availability.noServiceDays()).containsExactly(new DayOff(LocalDate.of(2026, 12, 24), "Nit de Nadal"));
        assertThat(availability.holidays()).isEmpty();
    }
}
