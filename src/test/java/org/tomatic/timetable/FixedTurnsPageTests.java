package org.tomatic.timetable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.IntegrationTest;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;

class FixedTurnsPageTests extends IntegrationTest {

    @Autowired ForcedTurnRepository fixed;
    @Autowired PersonRepository people;

    @BeforeEach
    void team() {
        people.insert(new Person("anna", "Anna", null, null, null, "aabbcc", null, List.of(), 4, null, true, Role.AGENT, 0));
    }

    private String fingerprint() {
        return FixedTurnsController.fingerprint(fixed.all());
    }

    @Test
    void aCoordinatorSetsFixedTurnsAndKeepsALineEmpty() throws Exception {
        mvc.perform(post("/fixed-turns").with(user("carla").roles("COORDINATOR")).with(csrf())
                .param("lines", "9").param("fingerprint", fingerprint())
                .param("cell/MONDAY/0/0", "anna").param("cell/TUESDAY/3/8", "-"))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("flashText", "Fixed turns saved (2 cells)."));

        assertThat(fixed.all()).containsExactlyInAnyOrder(new ForcedTurn(DayOfWeek.MONDAY, 0, 0, "anna"),
            new ForcedTurn(DayOfWeek.TUESDAY, 3, 8, null));
        mvc.perform(get("/fixed-turns").with(user("pau").roles("AGENT")))
            .andExpect(content().string(Matchers.containsString("name=\"cell/TUESDAY/3/8\"")))
            .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"fixed-save\""))));
    }

    @Test
    void aStaleFormOrAnAgentChangesNothing() throws Exception {
        String stale = fingerprint();
        fixed.replaceAll(List.of(new ForcedTurn(DayOfWeek.FRIDAY, 1, 0, "anna")));

        mvc.perform(post("/fixed-turns").with(user("carla").roles("COORDINATOR")).with(csrf())
                .param("lines", "8").param("fingerprint", stale).param("cell/MONDAY/0/0", "anna"))
            .andExpect(flash().attribute("flashErrorText", Matchers.containsString("Someone else changed")));
        mvc.perform(post("/fixed-turns").with(user("pau").roles("AGENT")).with(csrf())
                .param("lines", "8").param("fingerprint", fingerprint()).param("cell/MONDAY/0/0", "anna"))
            .andExpect(status().isForbidden());

        assertThat(fixed.all()).containsExactly(new ForcedTurn(DayOfWeek.FRIDAY, 1, 0, "anna"));
    }
}
