package org.tomatic.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.tomatic.IntegrationTest;

/** The user guide, from docs/, as a page of the app in the page's language. */
class GuidePageTests extends IntegrationTest {

    @Test
    void theGuideIsThePageOfDocsUserGuide() throws Exception {
        String page = mvc.perform(get("/guide").with(user("anna").roles("AGENT")))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String firstHeading = Files.readAllLines(Path.of("docs/user-guide.md")).get(0).substring(2);
        assertThat(page).contains("<h1 id=", firstHeading, "<h2 id=", "<li>")
            .contains("id=\"nav-guide\"");
    }

    @Test
    void inCatalanTheCatalanGuide() throws Exception {
        String page = mvc.perform(get("/guide?lang=ca").with(user("anna").roles("AGENT")))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String firstHeading = Files.readAllLines(Path.of("docs/user-guide.ca.md")).get(0).substring(2);
        assertThat(page).contains(firstHeading).contains("lang=\"ca\"");
    }

    @Test
    void rawHtmlInTheMarkdownIsShownNotRun() {
        String html = GuideController.toHtml("<script>alert(1)</script> [x](javascript:alert(1))\n\n| a | b |\n|---|---|\n| 1 | 2 |");
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;").doesNotContain("href=\"javascript:")
            .contains("<table>");
    }

    @Test
    void onlyForPeopleLoggedIn() throws Exception {
        mvc.perform(get("/guide")).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login"));
    }
}
