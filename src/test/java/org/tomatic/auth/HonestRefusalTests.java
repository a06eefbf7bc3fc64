package org.tomatic.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.tomatic.IntegrationTest;
import org.tomatic.people.Role;

/** A refusal is a 403 with the app's page (or JSON on the API), whatever the method; health details are the admin's. */
class HonestRefusalTests extends IntegrationTest {

    @Autowired
    ApiTokens tokens;

    @Autowired
    org.tomatic.people.PersonService people;

    /** Over real HTTP: MockMvc does not follow the forward to the refusal page, where a 405 used to come from. */
    @Test
    void aRefusedPostIsA403PageNotA405() throws Exception {
        people.create(org.tomatic.TestPeople.person("anna", Role.AGENT), "admin");
        people.setPassword("anna", "correct horse", "admin");
        var http = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
            .followRedirects(java.net.http.HttpClient.Redirect.NORMAL).build();
        String login = send(http, "GET", "/login", null, null).body();
        send(http, "POST", "/login", "username=anna&password=correct+horse&_csrf=" + csrfOf(login), null);
        String csrf = csrfOf(send(http, "GET", "/people/anna/edit", null, null).body());

        var page = send(http, "POST", "/people", "id=zzz&name=Z&_csrf=" + csrf, null);
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Your role does not allow this action.");

        var htmx = send(http, "POST", "/says", "message=hello&_csrf=" + csrf, "true");
        assertThat(htmx.statusCode()).isEqualTo(403);

        var forged = send(http, "POST", "/people", "id=zzz&name=Z&_csrf=" + flipLast(csrf), null);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("Not allowed");
    }

    private java.net.http.HttpResponse<String> send(java.net.http.HttpClient http, String method, String path,
                                                     String form, String htmx) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + path));
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        if (htmx != null) {
            request.header("HX-Request", htmx);
        }
        request.method(method, form == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
            : java.net.http.HttpRequest.BodyPublishers.ofString(form));
        return http.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private static String csrfOf(String html) {
        var matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("a page with a CSRF token").isTrue();
        return java.net.URLEncoder.encode(matcher.group(1), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theApiRefusesInJson() throws Exception {
        String agent = tokens.create("reader", Role.AGENT, "admin");
        mvc.perform(post("/api/timetables/2026-11-30/swap").header("Authorization", "Bearer " + agent)
                .contentType("application/json").content("{}"))
            .andExpect(status().isForbidden())
            .andExpect(jsonPath("$.message").value("Your role does not allow this."));
    }

    @Test
    void aMissingOrForgedCsrfTokenIs403Never500() throws Exception {
        mvc.perform(post("/says").with(user("coord").roles("COORDINATOR")).param("message", "hello"))
            .andExpect(status().isForbidden());

        var page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
        MockHttpSession session = (MockHttpSession) page.getRequest().getSession(false);
        var matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.getResponse().getContentAsString());
        assertThat(matcher.find()).isTrue();
        String token = matcher.group(1);
        for (String forged : new String[] {flipLast(token), "A".repeat(token.length()), "%%%%" + token.substring(4),
            token.substring(0, token.length() - 2) + "=="}) {
            mvc.perform(post("/login").session(session).param("_csrf", forged)
                    .param("username", "admin").param("password", "x"))
                .andExpect(status().isForbidden());
        }
    }

    private static String flipLast(String token) {
        char last = token.charAt(token.length() - 1);
        return token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
    }

    @Test
    void healthDetailsAreForAdministratorsOnly() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
            .andExpect(jsonPath("$.status").exists()).andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health").with(user("anna").roles("AGENT")))
            .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health").with(user("coord").roles("COORDINATOR")))
            .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health").with(user("admin").roles("ADMIN")))
            .andExpect(jsonPath("$.components.db").exists());
    }
}
