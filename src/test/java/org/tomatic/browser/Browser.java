package org.tomatic.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Debian Chromium driven by its own chromedriver: no network, no Selenium Manager. */
final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    /** The session-storage key under which pages list their Content-Security-Policy violations. */
    static final String CSP_VIOLATIONS = "tomatic-csp-violations";

    private static final String CSP_RECORDER = """
        document.addEventListener('securitypolicyviolation', e => {
          try {
            const seen = JSON.parse(sessionStorage.getItem('%s') || '[]');
            seen.push(location.pathname + ': ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')
              + (e.sample ? ' (' + e.sample + ')' : ''));
            sessionStorage.setItem('%s', JSON.stringify(seen));
          } catch (ignored) { }
        });
        """.formatted(CSP_VIOLATIONS, CSP_VIOLATIONS);

    private Browser() {
    }

    /** What the Content-Security-Policy blocked on this tab's pages of Tomatic so far ("[]" when nothing). */
    static String cspViolations(ChromeDriver driver) {
        Object seen = driver.executeScript("try { return sessionStorage.getItem(arguments[0]) || '[]'; }"
            + " catch (e) { return '[]'; }", CSP_VIOLATIONS);
        return seen == null ? "[]" : seen.toString();
    }

    static ChromeDriver start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
            "Debian chromium and chromium-driver are not installed (test.sh installs them)");
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic", "--window-size=1280,1000", "--lang=en",
            "--user-data-dir=" + Files.createTempDirectory("tomatic-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // No implicit wait: journeys wait explicitly for the condition they need (BrowserTest).
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        // Every page of every journey records what the Content-Security-Policy blocked (BrowserTest fails on it);
        // a script added through the DevTools protocol runs whatever the page's policy says.
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", CSP_RECORDER));
        return driver;
    }

    static void screenshot(ChromeDriver driver, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
