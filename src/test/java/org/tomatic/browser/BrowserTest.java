package org.tomatic.browser;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tomatic.IntegrationTest;

/**
 * A journey in headless Chromium against the running application (the shared test context).
 * Pages change under the test (htmx swaps, server-sent events), so journeys never keep an element
 * across an action: they name it with a locator and wait for a condition on what is there now.
 */
abstract class BrowserTest extends IntegrationTest {

    static final Duration PATIENCE = Duration.ofSeconds(15);

    protected ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            try {
                org.assertj.core.api.Assertions.assertThat(Browser.cspViolations(browser))
                    .as("what the Content-Security-Policy blocked").isEqualTo("[]");
            } finally {
                browser.quit();
            }
        }
    }

    /** Logs in and waits until the page after login is there (a later navigation would cancel it). */
    protected void logIn(String user, String password) {
        browser.get(baseUrl() + "/login");
        type(By.id("username"), user);
        type(By.id("password"), password);
        click(By.id("login-submit"));
        until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
    }

    /** Waits for a condition, looking again whenever the page swapped an element away meanwhile. */
    protected <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, PATIENCE)
            .ignoring(StaleElementReferenceException.class)
            .ignoring(NoSuchElementException.class)
            .until(condition);
    }

    /** Clicks what the locator finds now, once it can be clicked. */
    protected void click(By locator) {
        until(d -> {
            try {
                WebElement e = d.findElement(locator);
                if (!e.isDisplayed() || !e.isEnabled()) {
                    return null;
                }
                e.click();
                return true;
            } catch (ElementClickInterceptedException e) {
                return null;
            }
        });
    }

    protected void type(By locator, String text) {
        until(d -> {
            d.findElement(locator).sendKeys(text);
            return true;
        });
    }

    /** Waits until the element's text contains every part, and returns that text. */
    protected String textContaining(By locator, String... parts) {
        return until(d -> {
            String text = d.findElement(locator).getText();
            for (String part : parts) {
                if (!text.contains(part)) {
                    return null;
                }
            }
            return text;
        });
    }

    /** Waits until the element's text is exactly {@code text}. */
    protected void textIs(By locator, String text) {
        until(d -> text.equals(d.findElement(locator).getText()) ? true : null);
    }

    /** The texts of what the locator finds, once there is at least one. */
    protected List<String> textsOf(By locator) {
        return until(d -> {
            List<String> texts = d.findElements(locator).stream().map(WebElement::getText).toList();
            return texts.isEmpty() ? null : texts;
        });
    }

    protected void present(By locator) {
        until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    /** Waits until the page's event stream is open (tomatic.js marks it), so a pushed event is not missed. */
    protected void live() {
        until(d -> "open".equals(((ChromeDriver) d).executeScript("return document.documentElement.dataset.live")) ? true : null);
    }
}
