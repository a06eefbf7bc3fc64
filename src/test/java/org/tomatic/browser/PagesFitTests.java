package org.tomatic.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.legacy.DemoData;

/**
 * Every page fits a laptop (1440 × 900) and a phone (390 × 844) for every role, on the demo team: no page scrolls
 * sideways (wide grids scroll inside their own box). A screenshot of each is kept under target/screenshots/fit/.
 */
class PagesFitTests extends BrowserTest {

    private static final List<String> AGENT_PAGES = List.of("/", "/timetable", "/queue", "/calls", "/people", "/guide",
        "/planner", "/fixed-turns", "/holidays", "/stats", "/calendar", "/people/agenta/edit",
        "/people/agenta/availability");
    private static final List<String> COORDINATOR_PAGES = List.of("/calls/report", "/staffing");
    private static final List<String> ADMIN_PAGES = List.of("/people/new", "/people/agenta/edit", "/admin/grid",
        "/admin/call-categories", "/admin/legacy", "/admin/tokens", "/admin/deliveries", "/admin/templates",
        "/admin/audit");

    /** The outermost elements that reach past the window's right edge: what to fix. */
    private static final String WIDEST = """
        const out = [];
        const walk = el => {
          for (const child of el.children) {
            const r = child.getBoundingClientRect();
            if (r.right > window.innerWidth + 1 && getComputedStyle(child).position !== 'fixed') {
              out.push(child.tagName.toLowerCase() + (child.id ? '#' + child.id : '')
                + (child.className && typeof child.className === 'string' ? '.' + child.className.trim().split(/\\s+/).join('.') : '')
                + ' ' + Math.round(r.right));
              if (out.length >= 3) return;
            } else {
              walk(child);
              if (out.length >= 3) return;
            }
          }
        };
        walk(document.body);
        return out.join(', ');
        """;

    @Autowired
    DemoData demo;

    @Test
    void everyPageFitsALaptopAndAPhoneForEveryRole() throws Exception {
        demo.load();
        List<String> wide = new ArrayList<>();
        String adminPassword = Files.readString(Path.of("target/test-data/initial-admin-password")).trim();
        check(wide, "agent", "agenta", DemoData.DEMO_PASSWORD, AGENT_PAGES);
        List<String> coordinator = new ArrayList<>(AGENT_PAGES);
        coordinator.addAll(COORDINATOR_PAGES);
        check(wide, "coordinator", "coordina", DemoData.DEMO_PASSWORD, coordinator);
        List<String> admin = new ArrayList<>(coordinator);
        admin.addAll(ADMIN_PAGES);
        check(wide, "admin", "admin", adminPassword, admin);

        assertThat(wide).as("pages wider than the window (scrollWidth > innerWidth)").isEmpty();
    }

    private void check(List<String> wide, String role, String user, String password, List<String> pages)
        throws Exception {
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(1440, 900));
        logIn(user, password);
        for (int[] size : new int[][] {{1440, 900}, {390, 844}}) {
            browser.manage().window().setSize(new Dimension(size[0], size[1]));
            for (String page : pages) {
                browser.get(baseUrl() + page);
                until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
                long scroll = (Long) browser.executeScript("return document.documentElement.scrollWidth");
                long inner = (Long) browser.executeScript("return window.innerWidth");
                String name = role + "-" + size[0] + page.replaceAll("[^a-z0-9]+", "-");
                Files.createDirectories(Browser.SCREENSHOTS.resolve("fit"));
                Browser.screenshot(browser, "fit/" + name);
                if (scroll > inner) {
                    wide.add(page + " as " + role + " at " + size[0] + " px: " + scroll + " px wide ("
                        + browser.executeScript(WIDEST) + ")");
                }
            }
        }
    }
}
