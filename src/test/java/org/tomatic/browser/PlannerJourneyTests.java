package org.tomatic.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;
import org.tomatic.timetable.TimetableRepository;

/** A coordinator plans a week in the browser, watches the run finish, and publishes it. */
class PlannerJourneyTests extends BrowserTest {

    @Autowired PersonRepository people;
    @Autowired TimetableRepository timetables;

    @Test
    void planWatchAndPublishAWeek() throws Exception {
        jdbc.sql("UPDATE turn_grid SET lines = 2").update();
        for (String id : List.of("anna", "pau", "marta", "joan")) {
            people.insert(new Person(id, id, null, null, null, "c8e6ff", null, List.of(), 8, null, true, Role.AGENT, 0));
        }
        logIn("admin", Files.readString(Path.of("target/test-data/initial-admin-password")).trim());

        browser.get(baseUrl() + "/planner");
        browser.findElement(By.id("run-week")).clear();
        browser.findElement(By.id("run-week")).sendKeys("01112027");   // the date input's locale order: MM/DD/YYYY
        click(By.id("run-launch"));

        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.NoSuchElementException.class)
            .until(ExpectedConditions.textToBe(By.id("run-state"), "done"));
        textContaining(By.tagName("h1"), "2027-01-11");
        textContaining(By.id("best-timetable"), "anna");
        until(d -> d.findElements(By.cssSelector("#cost-chart path")).isEmpty() ? null : true);
        Browser.screenshot(browser, "30-planner-run");

        click(By.id("run-publish"));
        textContaining(By.id("publish-changes"), "40 cells");
        click(By.id("publish-confirm"));

        textContaining(By.cssSelector(".flash.ok"), "Published");
        assertThat(timetables.find(java.time.LocalDate.of(2027, 1, 11))).isPresent();
        Browser.screenshot(browser, "31-planner-published");
    }
}
