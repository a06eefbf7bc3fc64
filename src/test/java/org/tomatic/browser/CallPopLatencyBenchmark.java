package org.tomatic.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.tomatic.callinfo.embedded.EmbeddedDemoCustomers;
import org.tomatic.pbx.PbxEvent;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;

/**
 * How long a call takes to pop on the agent's screen: from the PBX's AgentCalled event (its
 * timestamp) to the call page showing that call and its customer search, in a real browser.
 * Not a test: run by {@code scripts/bench-callpop}, which prints the figures.
 */
@EnabledIfSystemProperty(named = "tomatic.benchmark", matches = "true")
// As in production: templates parsed once (the tests re-read them at every request).
@org.springframework.test.context.TestPropertySource(properties = "spring.thymeleaf.cache=true")
class CallPopLatencyBenchmark extends BrowserTest {

    private static final int CALLS = 50;

    @Autowired PersonRepository people;
    @Autowired ApplicationEventPublisher events;
    @Autowired EmbeddedDemoCustomers demoCustomers;
    @Autowired org.springframework.security.crypto.password.PasswordEncoder encoder;

    @Test
    void popLatency() throws Exception {
        demoCustomers.load();
        people.insert(new Person("anna", "Anna", null, "201", null, "ffe082", null, List.of(), 3, null, true, Role.AGENT, 0));
        people.setPasswordHash("anna", encoder.encode("bench-password"));
        logIn("anna", "bench-password");
        browser.get(baseUrl() + "/calls");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("call-workspace")));
        Thread.sleep(500);

        // Five calls to warm up (JIT, first template rendering), then the measured ones.
        for (int i = 0; i < 5; i++) {
            events.publishEvent(new PbxEvent.AgentCalled(Instant.now(), "PJSIP/201", "Anna", "warm-" + i, "600100001"));
            int expected = i + 1;
            wait.until(d -> ((Number) browser.executeScript("return window.tomaticPopLatencies.length")).intValue() >= expected);
        }
        browser.executeScript("window.tomaticPopLatencies = []");
        for (int i = 0; i < CALLS; i++) {
            // Half from demo customers (a card to render), half from unknown numbers.
            String number = i % 2 == 0 ? EmbeddedDemoCustomers.CALLER_NUMBERS.get(i / 2 % EmbeddedDemoCustomers.CALLER_NUMBERS.size())
                : String.format("6%08d", 10_000_000 + i);
            events.publishEvent(new PbxEvent.AgentCalled(Instant.now(), "PJSIP/201", "Anna", "bench-" + i, number));
            int expected = i + 1;
            wait.until(d -> ((Number) browser.executeScript("return window.tomaticPopLatencies.length")).intValue() >= expected);
        }
        @SuppressWarnings("unchecked")
        List<Number> raw = (List<Number>) browser.executeScript("return window.tomaticPopLatencies");
        List<Long> ms = raw.stream().map(Number::longValue).sorted().toList();
        String report = String.format("screen-pop latency, PBX AgentCalled → call page showing the call and its search "
                + "(%d calls, half with a customer card):%n  p50 %d ms, p95 %d ms, max %d ms%n", ms.size(), pct(ms, 50), pct(ms, 95), ms.get(ms.size() - 1));
        System.out.print(report);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/call-pop-latency.txt"), report);
    }

    private static long pct(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

}
