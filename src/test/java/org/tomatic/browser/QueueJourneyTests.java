package org.tomatic.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.pbx.LiveMember;
import org.tomatic.pbx.Member;
import org.tomatic.pbx.simulated.SimulatedPbx;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;

/** The board with the simulated PBX: see a call ring, add a member, pause one. */
class QueueJourneyTests extends BrowserTest {

    @Autowired PersonRepository people;

    @Test
    void watchACallAddAMemberAndPauseHer() throws Exception {
        people.insert(new Person("anna", "Anna", null, "201", null, "ffe082", null, List.of(), 3, null, true, Role.AGENT, 0));
        people.insert(new Person("biel", "Biel", null, "202", null, "90caf9", null, List.of(), 3, null, true, Role.AGENT, 0));
        pbx.setMembers(List.of(new Member("PJSIP/201", "Anna", null)));
        logIn("admin", Files.readString(Path.of("target/test-data/initial-admin-password")).trim());

        browser.get(baseUrl() + "/queue");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        textContaining(By.cssSelector(".tile[data-person='anna']"), "Anna", "201", "available");
        textContaining(By.id("queue-connection"), "simulated");
        live();

        ((SimulatedPbx) pbx).simulateCall("600111222");
        present(By.cssSelector(".tile.state-ringing[data-person='anna']"));
        Browser.screenshot(browser, "50-queue-ringing");

        until(d -> {
            new Select(d.findElement(By.name("person"))).selectByValue("biel");
            return true;
        });
        click(By.cssSelector("#queue-add button"));
        present(By.cssSelector(".tile[data-person='biel']"));
        assertThat(pbx.read().member("PJSIP/202")).isPresent();

        click(By.cssSelector(".tile[data-person='biel']"));
        until(ExpectedConditions.visibilityOfElementLocated(By.id("pause-dialog")));
        click(By.cssSelector("#pause-dialog input[name='reason'][value='Meal']"));
        click(By.id("pause-confirm"));
        textContaining(By.cssSelector(".tile.paused[data-person='biel']"), "paused: Meal");
        LiveMember member = pbx.read().member("PJSIP/202").orElseThrow();
        assertThat(member.paused()).isTrue();
        assertThat(member.pausedReason()).isEqualTo("Meal");
        Browser.screenshot(browser, "51-queue-paused");

        click(By.cssSelector(".tile[data-person='biel']"));
        present(By.cssSelector(".tile:not(.paused)[data-person='biel']"));
        assertThat(pbx.read().member("PJSIP/202").orElseThrow().paused()).isFalse();
    }
}
