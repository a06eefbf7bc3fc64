package org.tomatic.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.IntegrationTest;

/** The audit trail a page at a time, filtered by person, kind and days. */
class AuditPageTests extends IntegrationTest {

    @Autowired
    AuditLog audit;

    @Autowired
    TeamTime teamTime;

    private String page(String query) throws Exception {
        return mvc.perform(get("/admin/audit" + query).with(user("admin").roles("ADMIN")))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static int rows(String html) {
        String body = html.substring(html.indexOf("<tbody>") + 1);
        return body.split("<tr>", -1).length - 1;
    }

    @Test
    void aHundredAtATimeNewestFirst() throws Exception {
        for (int i = 0; i < 250; i++) {
            audit.record(i % 2 == 0 ? "anna" : "pau", i % 5 == 0 ? "holiday" : "person", "x" + i, "update",
                "change " + i);
        }
        String first = page("");
        assertThat(rows(first)).isEqualTo(100);
        assertThat(first).contains("change 249").doesNotContain("change 149<").contains("id=\"audit-older\"")
            .doesNotContain("id=\"audit-newer\"");
        String third = page("?page=3");
        assertThat(rows(third)).isEqualTo(50);
        assertThat(third).contains("change 0<", "id=\"audit-newer\"").doesNotContain("id=\"audit-older\"");

        String annas = page("?person=anna");
        assertThat(rows(annas)).isEqualTo(100);
        assertThat(annas).doesNotContain(">pau<");
        String holidays = page("?kind=holiday");
        assertThat(rows(holidays)).isEqualTo(50);
        assertThat(page("?kind=holiday&person=pau")).contains("change 245<").doesNotContain("change 240<");
    }

    @Test
    void daysAreTheTeamsDays() throws Exception {
        audit.record("anna", "person", "anna", "update", "a change today");
        String today = teamTime.today().toString();
        assertThat(page("?from=" + today + "&to=" + today)).contains("a change today");
        assertThat(page("?from=2000-01-01&to=2000-01-31")).contains("id=\"audit-none\"");
    }

    @Test
    void aBadPageOrRangeIsASentence() throws Exception {
        mvc.perform(get("/admin/audit?page=0").with(user("admin").roles("ADMIN"))).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/audit?from=2026-12-10&to=2026-12-01").with(user("admin").roles("ADMIN")))
            .andExpect(status().isBadRequest());
    }
}
