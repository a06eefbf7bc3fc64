package org.tomatic.auth;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.tomatic.IntegrationTest;

/**
 * Every answer carries the Content-Security-Policy and the Referrer-Policy. (The browser journeys check that the
 * pages pass the policy: BrowserTest fails on anything it blocked.)
 */
class SecurityHeadersTests extends IntegrationTest {

    @Test
    void pagesTheLoginPageAndTheApiCarryThePolicies() throws Exception {
        for (var request : new org.springframework.test.web.servlet.RequestBuilder[] {
            get("/login"), get("/").with(user("admin").roles("ADMIN")), get("/api/timetables/2026-11-30"),
            get("/css/tomatic.css")}) {
            mvc.perform(request)
                .andExpect(header().string("Content-Security-Policy", Matchers.allOf(
                    Matchers.containsString("script-src 'self';"), Matchers.containsString("default-src 'self'"),
                    Matchers.containsString("frame-ancestors 'none'"), Matchers.containsString("object-src 'none'"))))
                .andExpect(header().string("Content-Security-Policy", Matchers.not(
                    Matchers.containsString("unsafe-eval"))))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
        }
    }
}
