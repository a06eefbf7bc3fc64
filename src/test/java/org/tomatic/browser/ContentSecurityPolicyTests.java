package org.tomatic.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The Content-Security-Policy blocks inline script, and Tomatic's own pages need none: an administrator goes
 * through every place in the menu. (Every other journey checks the same on its pages, in BrowserTest.)
 */
class ContentSecurityPolicyTests extends BrowserTest {

    private static final String[] PLACES = {"/", "/timetable", "/people", "/people/admin/edit", "/planner",
        "/queue", "/calls", "/calls/report", "/stats", "/fixed-turns", "/admin/grid", "/holidays",
        "/admin/call-categories", "/admin/legacy", "/admin/tokens", "/admin/deliveries", "/admin/templates",
        "/admin/audit", "/calendar", "/staffing", "/people/admin/availability", "/guide", "/guide?lang=ca"};

    @Test
    void inlineScriptIsBlockedAndNoPageOfTomaticNeedsIt() throws Exception {
        logIn("admin", java.nio.file.Files.readString(
            java.nio.file.Path.of("target/test-data/initial-admin-password")).trim());

        browser.executeScript("const s = document.createElement('script'); s.textContent = 'window.injected = 1;';"
            + " document.body.appendChild(s);");
        until(d -> !Browser.cspViolations(browser).equals("[]"));
        assertThat(browser.executeScript("return window.injected === undefined")).isEqualTo(true);
        assertThat(Browser.cspViolations(browser)).contains("script-src");
        browser.executeScript("sessionStorage.removeItem(arguments[0])", Browser.CSP_VIOLATIONS);

        for (String place : PLACES) {
            browser.get(baseUrl() + place);
            until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
            assertThat(Browser.cspViolations(browser)).as(place).isEqualTo("[]");
        }
    }
}
