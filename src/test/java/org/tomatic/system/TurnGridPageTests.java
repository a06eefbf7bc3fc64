package org.tomatic.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tomatic.IntegrationTest;

class TurnGridPageTests extends IntegrationTest {

    @Autowired
    TurnGridRepository grid;

    @Autowired
    AuditLog audit;

    private MockHttpServletRequestBuilder save(String boundaries, int version) {
        return post("/admin/grid").with(csrf())
            .param("weekdays", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY")
            .param("boundaries", boundaries).param("lines", "6").param("timeZone", "Europe/Madrid")
            .param("maxPerDay", "2").param("maxOverload", "1").param("maxHolesPerTurn", "3")
            .param("version", String.valueOf(version));
    }

    @Test
    void anAdminChangesTheGridAndItIsAudited() throws Exception {
        mvc.perform(save("8:30, 10:00, 11:30, 13:00", grid.get().version()).with(user("admin").roles("ADMIN")))
            .andExpect(flash().attribute("flash", "grid.saved"));

        TurnGrid after = grid.get();
        assertThat(after.weekdays()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY);
        assertThat(after.turns()).isEqualTo(3);
        assertThat(after.turnLabel(0)).isEqualTo("08:30 – 10:00");
        assertThat(after.lines()).isEqualTo(6);
        assertThat(audit.forEntity("turn-grid", "1", 5)).hasSize(1);
    }

    /** All seven days are "MONDAY,…,SUNDAY": 56 characters, which the weekdays columns must hold. */
    @Test
    void aWeekOfSevenDaysIsKept() throws Exception {
        mvc.perform(post("/admin/grid").with(csrf()).with(user("admin").roles("ADMIN"))
                .param("weekdays", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
                .param("boundaries", "09:00, 10:00").param("lines", "6").param("timeZone", "Europe/Madrid")
                .param("maxPerDay", "1").param("maxOverload", "1").param("maxHolesPerTurn", "3")
                .param("version", String.valueOf(grid.get().version())))
            .andExpect(flash().attribute("flash", "grid.saved"));

        assertThat(grid.get().weekdays()).hasSize(7);
    }

    @Test
    void badBoundariesAreRefusedAndChangeNothing() throws Exception {
        TurnGrid before = grid.get();
        mvc.perform(save("10:00, 09:00", before.version()).with(user("admin").roles("ADMIN")))
            .andExpect(flash().attribute("flashErrorText", Matchers.containsString("increasing order")));
        mvc.perform(save("9h, 10h", before.version()).with(user("admin").roles("ADMIN")))
            .andExpect(flash().attribute("flashErrorText",
                "\"9h\" is not a time of day: write hours and minutes, from 00:00 to 23:59, e.g. 09:00."));
        mvc.perform(save("09:00, 25:99", before.version()).with(user("admin").roles("ADMIN")))
            .andExpect(flash().attribute("flashErrorText", Matchers.allOf(Matchers.startsWith("\"25:99\" is not a time"),
                Matchers.not(Matchers.containsString("MinuteOfHour")))));
        assertThat(grid.get()).isEqualTo(before);
    }

    @Test
    void aStaleFormDoesNotOverwriteANewerGrid() throws Exception {
        int stale = grid.get().version();
        mvc.perform(save("09:00, 10:00, 11:00", stale).with(user("admin").roles("ADMIN")));
        mvc.perform(save("09:00, 10:30, 12:00", stale).with(user("admin").roles("ADMIN")))
            .andExpect(flash().attribute("flashErrorText", Matchers.containsString("changed by someone else")));
        assertThat(grid.get().turns()).isEqualTo(2);
    }

    @Test
    void onlyAdminsSeeOrChangeTheGrid() throws Exception {
        mvc.perform(get("/admin/grid").with(user("carla").roles("COORDINATOR"))).andExpect(status().isForbidden());
        mvc.perform(save("09:00, 10:00", grid.get().version()).with(user("carla").roles("COORDINATOR")))
            .andExpect(status().isForbidden());
        assertThat(grid.get().turns()).isEqualTo(4);
    }
}
