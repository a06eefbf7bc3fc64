package org.tomatic.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tomatic.TestPeople.person;

import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tomatic.auth.WebSecurityTestConfig;
import org.tomatic.system.AuditLog;
import org.tomatic.system.ValidationException;

/** The people pages: who may do what (enforced on the server), and what the editor shows. */
@WebMvcTest(PeopleController.class)
@Import(WebSecurityTestConfig.class)
@org.springframework.boot.context.properties.EnableConfigurationProperties(PeopleProperties.class)
class PeopleControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PersonService service;

    @MockitoBean
    PersonRepository repository;

    @MockitoBean
    AuditLog audit;

    @MockitoBean
    org.tomatic.auth.ApiTokens apiTokens;

    @MockitoBean

    org.tomatic.auth.LoginThrottle loginThrottle;

    @Test
    void everyoneLoggedInSeesThePeople() throws Exception {
        when(service.all()).thenReturn(List.of(person("anna", Role.AGENT)));

        mvc.perform(get("/people").with(user("pau").roles("AGENT")))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Anna")));
    }

    @Test
    void agentsCannotCreatePeople() throws Exception {
        mvc.perform(get("/people/new").with(user("pau").roles("AGENT"))).andExpect(status().isForbidden());
        mvc.perform(post("/people").with(user("pau").roles("AGENT")).with(csrf()).param("id", "nou").param("name", "Nou"))
            .andExpect(status().isForbidden());
        verify(service, never()).create(any(), any());
    }

    @Test
    void coordinatorsCannotRemovePeople() throws Exception {
        mvc.perform(post("/people/anna/remove").with(user("carla").roles("COORDINATOR")).with(csrf()))
            .andExpect(status().isForbidden());
        verify(service, never()).remove(any(), any());
    }

    @Test
    void agentsCannotEditSomeoneElsesProfile() throws Exception {
        mvc.perform(get("/people/anna/edit").with(user("pau").roles("AGENT"))).andExpect(status().isForbidden());
        mvc.perform(post("/people/anna").with(user("pau").roles("AGENT")).with(csrf()).param("name", "X"))
            .andExpect(status().isForbidden());
        verify(service, never()).updateOwnProfile(any(), any());
        verify(service, never()).update(any(), any());
    }

    @Test
    void agentsEditTheirOwnProfileWithoutAdminFields() throws Exception {
        when(service.get("pau")).thenReturn(person("pau", Role.AGENT));

        mvc.perform(get("/people/pau/edit").with(user("pau").roles("AGENT")))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.not(Matchers.containsString("name=\"idealLoad\""))))
            .andExpect(content().string(Matchers.not(Matchers.containsString("name=\"role\""))));
        mvc.perform(post("/people/pau").with(user("pau").roles("AGENT")).with(csrf())
                .param("name", "Pau").param("colour", "aabbcc").param("idealLoad", "40").param("role", "ADMIN"))
            .andExpect(status().is3xxRedirection());
        verify(service).updateOwnProfile(any(), eq("pau"));
        verify(service, never()).update(any(), any());
    }

    @Test
    void anAdminCreatesAPerson() throws Exception {
        when(service.create(any(), eq("admin"))).thenReturn(person("nou", Role.AGENT));

        mvc.perform(post("/people").with(user("admin").roles("ADMIN")).with(csrf())
                .param("id", "nou").param("name", "Nou").param("colour", "aabbcc").param("role", "AGENT"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/people/nou/edit"));
    }

    @Test
    void validationErrorsAreShownNextToTheirFields() throws Exception {
        when(service.create(any(), any())).thenThrow(new ValidationException(Map.of("id", "person.error.id")));

        mvc.perform(post("/people").with(user("admin").roles("ADMIN")).with(csrf())
                .param("id", "X").param("name", "Nou").param("colour", "aabbcc").param("role", "AGENT"))
            .andExpect(status().isBadRequest()) // the form again, with its errors
            .andExpect(content().string(Matchers.containsString("The id must be 3 to 10 lowercase letters.")));
    }

    @Test
    void theEditorKeepsAnImportedDeskZeroAndAnUncheckedEmail() throws Exception {
        Person imported = new Person("david", "David", "david-at-example", null, null, "aabbcc", 0, List.of(), null,
            null, true, Role.AGENT, 0);
        when(service.get("david")).thenReturn(imported);

        mvc.perform(get("/people/david/edit").with(user("admin").roles("ADMIN")))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("<option value=\"0\" selected=\"selected\">0</option>")))
            // type="email" would keep Save disabled until the old address is changed
            .andExpect(content().string(Matchers.containsString("type=\"text\"")))
            .andExpect(content().string(Matchers.containsString("value=\"david-at-example\"")));
    }

    @Test
    void desksBeyondTheListStaySelectable() {
        assertThat(PeopleController.deskChoices(null)).startsWith(0, 1).endsWith(30);
        assertThat(PeopleController.deskChoices(45)).endsWith(30, 45);
    }

    @Test
    void postsWithoutCsrfAreRejected() throws Exception {
        mvc.perform(post("/people/anna/remove").with(user("admin").roles("ADMIN"))).andExpect(status().isForbidden());
        verify(service, never()).remove(any(), any());
    }
}
