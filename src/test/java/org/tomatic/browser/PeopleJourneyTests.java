package org.tomatic.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
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
        click(By.id("new-person"));
        By save = By.id("person-save");
        present(save);
        assertThat(browser.findElement(save).isEnabled()).as("Save stays disabled until the form is valid").isFalse();
        assertThat(browser.findElement(By.id("person-save-why")).getText()).startsWith("To save, fix: ")
            .contains("Id", "Name");
        type(By.id("id"), "mireia");
        type(By.id("name"), "Mireia Vidal");
        type(By.id("email"), "mireia@example.coop");
        type(By.id("extension"), "1");
        until(d -> d.findElement(By.xpath("//input[@id='extension']/ancestor::label/em[contains(@class,'error')]"))
            .getText().equals("The extension must be 2 to 10 digits."));
        assertThat(browser.findElement(By.id("person-save-why")).getText()).isEqualTo("To save, fix: Extension.");
        browser.findElement(By.id("extension")).clear();
        type(By.id("extension"), "2042");
        until(d -> d.findElements(By.xpath("//input[@id='extension']/ancestor::label/em")).isEmpty());
        type(By.id("idealLoad"), "4");
        Browser.screenshot(browser, "02-new-person");
        click(save);
        until(ExpectedConditions.urlMatches("/people/mireia/edit$"));

        browser.get(baseUrl() + "/people");
        assertThat(browser.findElement(By.id("people-table")).getText()).contains("mireia", "Mireia Vidal", "2042");
        Browser.screenshot(browser, "03-people");

        browser.get(baseUrl() + "/people/mireia/availability");
        new Select(browser.findElement(By.id("busy-when"))).selectByValue("WEDNESDAY");
        click(By.cssSelector("input[name=turns][value='1']"));
        click(By.cssSelector("input[name=turns][value='2']"));
        type(By.id("busy-reason"), "Reunió d'equip");
        click(By.id("busy-save"));

        textContaining(By.id("busy-weekly"), "Wednesday", "Reunió d'equip");
        assertThat(textsOf(By.cssSelector("#busy-weekly td.turn"))).containsExactly("", "■", "■", "");
        Browser.screenshot(browser, "04-availability");
    }
}
