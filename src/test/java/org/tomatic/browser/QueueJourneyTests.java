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
        WebElement anna = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tile[data-person='anna']")));
        assertThat(anna.getText()).contains("Anna").contains("201").contains("available");
        assertThat(browser.findElement(By.id("queue-connection")).getText()).contains("simulated");

        ((SimulatedPbx) pbx).simulateCall("600111222");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tile.state-ringing[data-person='anna']")));
        Browser.screenshot(browser, "50-queue-ringing");

        new Select(browser.findElement(By.name("person"))).selectByValue("biel");
        browser.findElement(By.cssSelector("#queue-add button")).click();
        WebElement biel = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tile[data-person='biel']")));
        assertThat(pbx.read().member("PJSIP/202")).isPresent();

        biel.click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pause-dialog")));
        dialog.findElement(By.cssSelector("input[name='reason'][value='Meal']")).click();
        browser.findElement(By.id("pause-confirm")).click();
        WebElement paused = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tile.paused[data-person='biel']")));
        assertThat(paused.getText()).contains("paused: Meal");
        LiveMember member = pbx.read().member("PJSIP/202").orElseThrow();
        assertThat(member.paused()).isTrue();
        assertThat(member.pausedReason()).isEqualTo("Meal");
        Browser.screenshot(browser, "51-queue-paused");

        browser.findElement(By.cssSelector(".tile[data-person='biel']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tile:not(.paused)[data-person='biel']")));
        assertThat(pbx.read().member("PJSIP/202").orElseThrow().paused()).isFalse();
    }
}
