package org.tomatic.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.pbx.Member;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;

/**
 * How long a PBX event takes to reach the queue board in a real browser: the time from the event
 * (its timestamp) to the page receiving the board, over many pauses and resumes. Not a test: run by
 * {@code scripts/bench-board}, which prints the figures.
 */
@EnabledIfSystemProperty(named = "tomatic.benchmark", matches = "true")
// As in production: templates parsed once (the tests re-read them at every request).
@org.springframework.test.context.TestPropertySource(properties = "spring.thymeleaf.cache=true")
class BoardLatencyBenchmark extends BrowserTest {

    private static final int EVENTS = 200;

    @Autowired PersonRepository people;

    @Test
    void boardLatency() throws Exception {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String ext = String.valueOf(301 + i);
            people.insert(new Person("agent" + i, "Agent " + i, null, ext, null, "ffe082", null, List.of(), 3, null, true,
                Role.AGENT, 0));
            members.add(new Member("PJSIP/" + ext, "Agent " + i, null));
        }
        pbx.setMembers(members);
        logIn("admin", Files.readString(Path.of("target/test-data/initial-admin-password")).trim());
        browser.get(baseUrl() + "/queue");
        new WebDriverWait(browser, Duration.ofSeconds(10))
            .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tile[data-person='agent9']")));
        browser.executeScript("window.tomaticBoardLatencies = []");

        for (int i = 0; i < EVENTS; i++) {
            String iface = members.get(i % members.size()).memberInterface();
            if ((i / members.size()) % 2 == 0) {
                pbx.pause(iface, "bench");
            } else {
                pbx.resume(iface);
            }
            Thread.sleep(25);
        }
        Thread.sleep(1000);
        @SuppressWarnings("unchecked")
        List<Number> raw = (List<Number>) browser.executeScript("return window.tomaticBoardLatencies");
        List<Long> ms = raw.stream().map(Number::longValue).sorted().toList();
        String report = String.format("board latency, PBX event → browser (simulated PBX, 10 members, %d events, %d received):%n"
                + "  p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n", EVENTS, ms.size(), pct(ms, 50), pct(ms, 95), pct(ms, 99),
            ms.get(ms.size() - 1));
        System.out.print(report);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/board-latency.txt"), report);
    }

    private static long pct(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
