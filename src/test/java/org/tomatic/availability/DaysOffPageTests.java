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

    /** The import shows what it would add and rename first, and writes only on confirmation. */
    @Test
    void anAdminImportsHolidaysFromAnIcsFileAfterSeeingWhatChanges() throws Exception {
        availability.putDayOff(DayOffKind.HOLIDAY, new DayOff(LocalDate.of(2026, 12, 8), "Immaculada"));
        availability.putDayOff(DayOffKind.HOLIDAY, new DayOff(LocalDate.of(2026, 1, 1), "Cap d'Any"));
        var file = new MockMultipartFile("file", "festius.ics", "text/calendar",
            IcsHolidaysTests.CALENDAR.getBytes(StandardCharsets.UTF_8));

        String preview = mvc.perform(multipart("/holidays/import").file(file).with(user("admin").roles("ADMIN")).with(csrf()))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(preview).contains("New holidays: 3", "Holidays renamed: 1", "<del>Immaculada</del> → <span>La Immaculada</span>",
            "0 already as in the file; 1 not in the file, kept as they are.", "festius.ics");
        assertThat(availability.holidays()).as("nothing written before the confirmation")
            .extracting(DayOff::name).containsExactly("Cap d'Any", "Immaculada");

        var apply = post("/holidays/import/apply").with(user("admin").roles("ADMIN")).with(csrf());
        var dates = java.util.regex.Pattern.compile("name=\"date\" value=\"([^\"]+)\"><input type=\"hidden\" name=\"name\" value=\"([^\"]+)\"")
            .matcher(preview);
        int count = 0;
        while (dates.find()) {
            apply.param("date", dates.group(1)).param("name", org.springframework.web.util.HtmlUtils.htmlUnescape(dates.group(2)));
            count++;
        }
        assertThat(count).isEqualTo(4);
        mvc.perform(apply).andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "dayoff.imported"));

        assertThat(availability.holidays()).extracting(DayOff::date).containsExactly(LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 6, 24), LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));
        assertThat(availability.holidays()).extracting(DayOff::name).contains("La Immaculada", "Cap d'Any");
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
