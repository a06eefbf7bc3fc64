package org.tomatic.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.IntegrationTest;
import org.tomatic.timetable.TimetableRepository;

/** The demo team a new user finds on first start. */
class DemoDataTests extends IntegrationTest {

    @Autowired DemoData demo;
    @Autowired TimetableRepository timetables;
    @Autowired Clock clock;

    private int count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
    }

    @Test
    void aRealisticTeamWithThisAndNextWeeksTimetablesAndTwoDemoAccounts() throws Exception {
        demo.load();

        assertThat(count("person")).isBetween(30, 35);
        assertThat(count("busy_entry")).isGreaterThan(100);
        assertThat(count("holiday")).isPositive();
        assertThat(count("person_leave")).isPositive();
        assertThat(count("forced_turn")).isPositive();
        assertThat(count("customer")).as("the embedded directory's demo customers").isGreaterThan(200);
        assertThat(count("call_category")).as("categories to typify calls with").isEqualTo(8);
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        assertThat(timetables.find(monday)).isPresent();
        assertThat(timetables.find(monday.plusWeeks(1))).isPresent();
        mvc.perform(formLogin().user("coordina").password(DemoData.DEMO_PASSWORD))
            .andExpect(authenticated().withRoles("COORDINATOR"));
        mvc.perform(formLogin().user("agenta").password(DemoData.DEMO_PASSWORD))
            .andExpect(authenticated().withRoles("AGENT"));
    }
}
