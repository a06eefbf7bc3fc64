package org.tomatic.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A coordinator's first steps, in a real browser: log in, add a person, add a busy entry, see it listed. */
class PeopleJourneyTests extends BrowserTest {

    @Test
    void logInAddAPersonAndTheirBusyEntry() throws Exception {
        String password = Files.readString(Path.of("target/test-data/initial-admin-password")).trim();

        browser.get(baseUrl() + "/people");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        Browser.screenshot(browser, "01-login");
        logIn("admin", password);
        assertThat(browser.findElement(By.id("current-user")).getText()).isEqualTo("admin");

        browser.get(baseUrl() + "/people");
        browser.findElement(By.id("new-person")).click();
        WebElement save = browser.findElement(By.id("person-save"));
        assertThat(save.isEnabled()).as("Save stays disabled until the form is valid").isFalse();
        browser.findElement(By.id("id")).sendKeys("mireia");
        browser.findElement(By.id("name")).sendKeys("Mireia Vidal");
        browser.findElement(By.id("email")).sendKeys("mireia@example.coop");
        browser.findElement(By.id("extension")).sendKeys("2042");
        browser.findElement(By.id("idealLoad")).sendKeys("4");
        Browser.screenshot(browser, "02-new-person");
        assertThat(save.isEnabled()).isTrue();
        save.click();
        assertThat(browser.getCurrentUrl()).endsWith("/people/mireia/edit");

        browser.get(baseUrl() + "/people");
        assertThat(browser.findElement(By.id("people-table")).getText()).contains("mireia", "Mireia Vidal", "2042");
        Browser.screenshot(browser, "03-people");

        browser.get(baseUrl() + "/people/mireia/availability");
        new Select(browser.findElement(By.id("busy-when"))).selectByValue("WEDNESDAY");
        browser.findElement(By.cssSelector("input[name=turns][value='1']")).click();
        browser.findElement(By.cssSelector("input[name=turns][value='2']")).click();
        browser.findElement(By.id("busy-reason")).sendKeys("Reunió d'equip");
        browser.findElement(By.id("busy-save")).click();

        String weekly = browser.findElement(By.id("busy-weekly")).getText();
        assertThat(weekly).contains("Wednesday", "Reunió d'equip");
        assertThat(browser.findElement(By.id("busy-weekly")).findElements(By.cssSelector("td.turn")))
            .extracting(WebElement::getText).containsExactly("", "■", "■", "");
        Browser.screenshot(browser, "04-availability");
    }
}
