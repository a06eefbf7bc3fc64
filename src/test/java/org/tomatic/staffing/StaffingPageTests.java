package org.tomatic.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.tomatic.IntegrationTest;
import org.tomatic.availability.AvailabilityRepository;
import org.tomatic.stats.CallStatistics;
import org.tomatic.stats.StatsProperties;
import org.tomatic.system.TurnGridRepository;
import org.tomatic.timetable.TimetableRepository;

/** The staffing page: only coordinators; the figures in the page's language, at a fixed moment (2 Dec 2026). */
class StaffingPageTests extends IntegrationTest {

    @Autowired CallStatistics statistics;
    @Autowired AvailabilityRepository availability;
    @Autowired TimetableRepository timetables;
    @Autowired TurnGridRepository grids;
    @Autowired StaffingProperties properties;
    @Autowired StatsProperties stats;
    @Autowired org.thymeleaf.spring6.SpringTemplateEngine templates;

    MockMvc fixed;

    @BeforeEach
    void aHistoryAndAWeek() {
        StaffingTests.history(jdbc, availability);
        StaffingTests.timetable(timetables);
        Staffing staffing = new Staffing(statistics, availability, timetables, grids, properties, stats,
            StaffingTests.CLOCK);
        org.thymeleaf.spring6.view.ThymeleafViewResolver views = new org.thymeleaf.spring6.view.ThymeleafViewResolver();
        views.setTemplateEngine(templates);
        views.setCharacterEncoding("UTF-8");
        fixed = MockMvcBuilders.standaloneSetup(new StaffingController(staffing, grids, StaffingTests.CLOCK, properties))
            .setViewResolvers(views).build();
    }

    @Test
    void onlyCoordinatorsAndAdministrators() throws Exception {
        mvc.perform(get("/staffing").with(user("pau").roles("AGENT"))).andExpect(status().isForbidden());
        String page = mvc.perform(get("/staffing").with(user("carla").roles("COORDINATOR")))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Staffing from demand", "id=\"staffing-chart\"");
        mvc.perform(get("/staffing").with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
    }

    @Test
    void theWeeksNeedAndPredictionInEnglish() throws Exception {
        String page = fixed.perform(get("/staffing").param("week", "2026-12-07").locale(Locale.ENGLISH))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Monday", "Friday", "09:00–10:15", "12:45–14:00",
            "05/10/2026 – 29/11/2026", "320 calls", "80 % of all callers answered within 20 s",
            "Week of 07/12/2026:", "holiday", "<svg");
        // Monday's first turn needs more than its 2 lines: marked below target
        assertThat(page).containsPattern("class=\"[^\"]*below[^\"]*\"");
        assertThat(page).doesNotContain("MONDAY", ">dl<", "T09:00");
    }

    @Test
    void inCatalan() throws Exception {
        String page = fixed.perform(get("/staffing").param("week", "2026-12-07").param("target", "90")
                .param("seconds", "30").locale(Locale.forLanguageTag("ca")))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Dimensionament segons la demanda", "Dilluns", "Divendres", "festiu",
            "el 90 % de les trucades ateses en 30 s", "Setmana del 07/12/2026");
    }

    @Test
    void aWeekWithoutTimetableShowsOnlyTheNeed() throws Exception {
        String page = fixed.perform(get("/staffing").param("week", "2026-12-16").locale(Locale.ENGLISH))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("The week of 14/12/2026 has no timetable yet").doesNotContain("id=\"staffing-overall\"");
    }

    /** The week page's card: the week's turns below the target, in words, with their lines and prediction. */
    @Test
    void theWeekPageCardNamesTheTurnsBelowTarget() throws Exception {
        String card = fixed.perform(get("/staffing/week/2026-12-07").locale(Locale.ENGLISH))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(card).contains("id=\"below-target\"", "Below the staffing target (80 % of callers answered within 20 s)",
            "Monday 09:00–10:15: 2 lines scheduled, ").doesNotContain("MONDAY");
        String none = fixed.perform(get("/staffing/week/2026-12-16").locale(Locale.ENGLISH))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(none).contains("id=\"staffing-marks\"").doesNotContain("below-target");
        mvc.perform(get("/staffing/week/2026-12-07").with(user("pau").roles("AGENT"))).andExpect(status().isForbidden());
    }
}
