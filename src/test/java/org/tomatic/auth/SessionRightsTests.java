package org.tomatic.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tomatic.TestPeople.person;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.tomatic.IntegrationTest;
import org.tomatic.people.Person;
import org.tomatic.people.PersonService;
import org.tomatic.people.Role;

/** Rights follow the person: a session never outlives the role, the access or the password it logged in with. */
class SessionRightsTests extends IntegrationTest {

    private static final String PASSWORD = "correct horse";

    @Autowired
    PersonService people;

    @Autowired
    ApiTokens tokens;

    @BeforeEach
    void team() {
        for (var p : new Person[] {person("coord", Role.COORDINATOR), person("anna", Role.AGENT),
            person("boss", Role.ADMIN)}) {
            people.create(p, "admin");
            people.setPassword(p.id(), PASSWORD, "admin");
        }
    }

    private MockHttpSession login(String id) throws Exception {
        var result = mvc.perform(formLogin().user(id).password(PASSWORD)).andExpect(redirectedUrl("/")).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private void stillIn(MockHttpSession session) throws Exception {
        mvc.perform(get("/people").session(session)).andExpect(status().isOk());
    }

    private void ended(MockHttpSession session) throws Exception {
        mvc.perform(get("/people").session(session)).andExpect(redirectedUrl("/login?ended"));
    }

    private int busyEntriesOf(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM busy_entry WHERE person_id = :id").param("id", id)
            .query(Integer.class).single();
    }

    @Test
    void aRemovedCoordinatorsSessionCannotChangeAnything() throws Exception {
        MockHttpSession coord = login("coord");
        stillIn(coord);

        people.remove("coord", "admin");

        mvc.perform(post("/people/anna/busy").session(coord).with(csrf())
                .param("when", "every").param("turns", "0").param("reason", "sneaky"))
            .andExpect(redirectedUrl("/login?ended"));
        assertThat(busyEntriesOf("anna")).isZero();
        mvc.perform(get("/people").session(coord)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aDeactivatedPersonsSessionEnds() throws Exception {
        jdbc.sql("INSERT INTO turn_credit (week, person_id, credit) VALUES (DATE '2026-11-30', 'coord', 1)").update();
        MockHttpSession coord = login("coord");

        assertThat(people.remove("coord", "admin")).as("deactivated, not deleted").isFalse();

        ended(coord);
        mvc.perform(get("/people").session(coord).header("HX-Request", "true"))
            .andExpect(status().isFound());
    }

    @Test
    void aDemotedCoordinatorLosesTheReportAtOnce() throws Exception {
        MockHttpSession coord = login("coord");
        mvc.perform(get("/calls/report").session(coord)).andExpect(status().isOk());

        Person c = people.get("coord");
        people.update(new Person(c.id(), c.name(), c.email(), c.extension(), c.erpUser(), c.colour(), c.desk(),
            c.groups(), c.idealLoad(), c.maxPerDay(), c.active(), Role.AGENT, c.version()), "admin");

        mvc.perform(get("/calls/report").session(coord)).andExpect(redirectedUrl("/login?ended"));
        MockHttpSession again = login("coord");
        mvc.perform(get("/calls/report").session(again)).andExpect(status().isForbidden());
    }

    @Test
    void aPasswordResetEndsTheOldSessions() throws Exception {
        MockHttpSession anna = login("anna");
        stillIn(anna);

        people.setPassword("anna", "a new password", "admin");

        ended(anna);
    }

    @Test
    void changingYourOwnPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
        MockHttpSession here = login("anna");
        MockHttpSession phone = login("anna");

        mvc.perform(post("/people/anna/password").session(here).with(csrf()).param("password", "another password"))
            .andExpect(redirectedUrl("/people/anna/edit"));

        stillIn(here);
        stillIn(here);
        ended(phone);
    }

    @Test
    void anAdministratorWhoDemotesThemselvesGoesOnAsAnAgent() throws Exception {
        MockHttpSession boss = login("boss");
        MockHttpSession elsewhere = login("boss");
        Person b = people.get("boss");

        mvc.perform(post("/people/boss").session(boss).with(csrf())
                .param("name", b.name()).param("email", b.email()).param("extension", b.extension())
                .param("colour", b.colour()).param("idealLoad", "3").param("role", "AGENT")
                .param("version", String.valueOf(b.version())))
            .andExpect(redirectedUrl("/people/boss/edit"));

        assertThat(people.get("boss").role()).isEqualTo(Role.AGENT);
        stillIn(boss);
        mvc.perform(get("/people/new").session(boss)).andExpect(status().isForbidden());
        ended(elsewhere);
    }

    @Test
    void anApiTokenStopsWithItsMakersAccessAndNeverDoesMoreThanTheirRole() throws Exception {
        String admin = tokens.create("by-boss", Role.ADMIN, "boss");
        mvc.perform(get("/api/timetables/2026-11-30").header("Authorization", "Bearer " + admin))
            .andExpect(r -> assertThat(r.getResponse().getStatus()).isNotIn(401, 403));

        Person b = people.get("boss");
        people.update(new Person(b.id(), b.name(), b.email(), b.extension(), b.erpUser(), b.colour(), b.desk(),
            b.groups(), b.idealLoad(), b.maxPerDay(), b.active(), Role.AGENT, b.version()), "admin");
        assertThat(tokens.find(admin)).get().extracting(ApiTokens.ApiToken::role).isEqualTo(Role.AGENT);

        people.remove("boss", "admin");
        mvc.perform(get("/api/timetables/2026-11-30").header("Authorization", "Bearer " + admin))
            .andExpect(status().isUnauthorized());
    }

    @Test
    void theLastActiveAdministratorStays() throws Exception {
        people.remove("boss", "admin");
        Person a = people.get("admin");
        var demote = new Person(a.id(), a.name(), a.email(), a.extension(), a.erpUser(), a.colour(), a.desk(),
            a.groups(), a.idealLoad(), a.maxPerDay(), a.active(), Role.COORDINATOR, a.version());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> people.update(demote, "admin"))
            .isInstanceOf(org.tomatic.system.ValidationException.class)
            .extracting(e -> ((org.tomatic.system.ValidationException) e).fieldErrors().get("role"))
            .isEqualTo("person.error.lastAdmin");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> people.remove("admin", "admin"))
            .isInstanceOf(org.tomatic.system.ValidationException.class);
        assertThat(people.get("admin").role()).isEqualTo(Role.ADMIN);
        assertThat(people.get("admin").active()).isTrue();
    }
}
