package org.tomatic.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tomatic.TestPeople.person;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.IntegrationTest;

/** Administrators deactivate several people at once from the people table, all or none. */
class PeopleBulkDeactivateTests extends IntegrationTest {

    @Autowired
    PersonService people;

    @BeforeEach
    void team() {
        people.create(person("anna", Role.AGENT), "admin");
        people.create(person("pau", Role.AGENT), "admin");
        people.create(person("marta", Role.AGENT), "admin");
    }

    @Test
    void theTickedPeopleAreDeactivatedAndAudited() throws Exception {
        assertThat(mvc.perform(get("/people").with(user("admin").roles("ADMIN"))).andReturn().getResponse()
            .getContentAsString()).contains("id=\"people-bulk\"", "form=\"people-bulk\"");

        mvc.perform(post("/people/deactivate").with(user("admin").roles("ADMIN")).with(csrf())
                .param("id", "anna").param("id", "pau"))
            .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "people.deactivatedSome"));

        assertThat(people.get("anna").active()).isFalse();
        assertThat(people.get("pau").active()).isFalse();
        assertThat(people.get("marta").active()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'deactivate'").query(Integer.class).single())
            .isEqualTo(2);
    }

    @Test
    void withTheLastAdministratorAmongThemNobodyIsDeactivated() throws Exception {
        mvc.perform(post("/people/deactivate").with(user("admin").roles("ADMIN")).with(csrf())
                .param("id", "anna").param("id", "admin"))
            .andExpect(flash().attribute("flashError", "person.error.lastAdmin"));

        assertThat(people.get("anna").active()).isTrue();
        assertThat(people.get("admin").active()).isTrue();
    }

    @Test
    void onlyAdministrators() throws Exception {
        mvc.perform(post("/people/deactivate").with(user("coord").roles("COORDINATOR")).with(csrf()).param("id", "anna"))
            .andExpect(status().isForbidden());
        assertThat(people.get("anna").active()).isTrue();
    }
}
