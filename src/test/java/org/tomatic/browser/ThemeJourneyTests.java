package org.tomatic.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.TestPeople;
import org.tomatic.people.PersonService;
import org.tomatic.people.Role;

/** A person picks the dark theme in the Me menu; it stays theirs after logging out and in again. */
class ThemeJourneyTests extends BrowserTest {

    @Autowired
    PersonService people;

    @Test
    void theDarkThemeIsRememberedForThePerson() throws Exception {
        people.create(TestPeople.person("anna", Role.AGENT), "admin");
        people.setPassword("anna", "correct horse", "admin");
        logIn("anna", "correct horse");
        browser.get(baseUrl() + "/people");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("data-theme")).isNull();

        click(By.xpath("//nav//summary[normalize-space()='Me']"));
        click(By.cssSelector("#theme-choice button[value='dark']"));
        until(d -> "dark".equals(d.findElement(By.tagName("html")).getAttribute("data-theme")));
        assertThat(browser.getCurrentUrl()).endsWith("/people");
        assertThat(browser.executeScript("return getComputedStyle(document.body).backgroundColor"))
            .isEqualTo("rgb(21, 23, 26)");
        Browser.screenshot(browser, "theme-dark-people");

        browser.manage().deleteAllCookies();
        logIn("anna", "correct horse");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("data-theme")).isEqualTo("dark");

        click(By.xpath("//nav//summary[normalize-space()='Me']"));
        click(By.cssSelector("#theme-choice button[value='system']"));
        until(d -> d.findElement(By.tagName("html")).getAttribute("data-theme") == null);
    }
}
