package org.tomatic.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.availability.AvailabilityRepository;
import org.tomatic.availability.BusyEntry;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;
import org.tomatic.timetable.Timetable;
import org.tomatic.timetable.TimetableRepository;

/**
 * A coordinator clicks a cell far down the week: the editor opens as a dialog there, fully in view,
 * on a laptop and on a phone; the page does not scroll; Esc closes it.
 */
class CellDialogTests extends BrowserTest {

    @Autowired PersonRepository people;
    @Autowired TimetableRepository timetables;
    @Autowired AvailabilityRepository availability;

    /** Five days of four turns and two lines: line 1 Anna, Pau, Marta, Anna; line 2 empty. */
    private void aWeek() throws Exception {
        List<String> team = List.of("anna", "pau", "marta");
        for (String id : team) {
            people.insert(new Person(id, id.substring(0, 1).toUpperCase() + id.substring(1), null,
                String.valueOf(201 + team.indexOf(id)), null, "ffe082", null, List.of(), 4, null, true, Role.AGENT, 0));
        }
        LocalDate week = LocalDate.of(2030, 1, 7);
        List<Timetable.Cell> cells = new ArrayList<>();
        for (DayOfWeek d : List.of(DayOfWeek.values()).subList(0, 5)) {
            for (int t = 0; t < 4; t++) {
                cells.add(new Timetable.Cell(d, t, 0, team.get(t % 3), false));
                cells.add(new Timetable.Cell(d, t, 1, null, false));
            }
        }
        timetables.replace(new Timetable(week, List.of(DayOfWeek.values()).subList(0, 5),
            List.of("09:00", "10:15", "11:30", "12:45", "14:00"), List.of("L1", "L2"), cells,
            Timetable.State.PUBLISHED, null, List.of(), List.of(), Map.of(), Timetable.PeopleSnapshot.EMPTY),
            java.time.Instant.now());
    }

    private void openTheWeek() throws Exception {
        logIn("admin", Files.readString(Path.of("target/test-data/initial-admin-password")).trim());
        browser.get(baseUrl() + "/timetable?week=2030-01-07");
        present(By.cssSelector("td[data-cell='MONDAY/0/0']"));
    }

    private static By cell(String key) {
        return By.cssSelector("td[data-cell='" + key + "']");
    }

    private boolean dialogOpen() {
        return Boolean.TRUE.equals(browser.executeScript("return document.getElementById('cell-dialog').open"));
    }

    private boolean inView() {
        return Boolean.TRUE.equals(browser.executeScript("""
            const r = document.getElementById('cell-dialog').getBoundingClientRect();
            return r.width > 0 && r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth
                && r.bottom <= window.innerHeight;"""));
    }

    @ParameterizedTest
    @CsvSource({"1440, 900", "390, 844"})
    void theEditorOpensAtTheClickedCellFullyInView(int width, int height) throws Exception {
        aWeek();
        browser.manage().window().setSize(new Dimension(width, height));
        openTheWeek();

        By friday = By.cssSelector("td[data-cell='FRIDAY/3/0']");
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.findElement(friday));
        long scrolled = ((Number) browser.executeScript("return window.scrollY")).longValue();
        click(friday);

        present(By.cssSelector("#cell-dialog[open] #picker-heading"));
        textContaining(By.id("picker-heading"), "Friday 12:45–14:00, line 1 — now Anna. Who should take it?");
        Boolean inView = until(d -> {
            Object fits = browser.executeScript("""
                const r = document.getElementById('cell-dialog').getBoundingClientRect();
                return r.width > 0 && r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth
                    && r.bottom <= window.innerHeight;""");
            return Boolean.TRUE.equals(fits) ? true : null;
        });
        assertThat(inView).isTrue();
        assertThat(((Number) browser.executeScript("return window.scrollY")).longValue()).isEqualTo(scrolled);
        assertThat(browser.executeScript("return document.getElementById('cell-dialog').contains(document.activeElement)"))
            .isEqualTo(true);
        Browser.screenshot(browser, "42-cell-dialog-" + width);

        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        until(d -> Boolean.FALSE.equals(browser.executeScript("return document.getElementById('cell-dialog').open"))
            ? true : null);
    }

    @Test
    void aSwapByClickingTheOtherCellIsOneChangeThatOneUndoPutsBack() throws Exception {
        aWeek();
        browser.manage().window().setSize(new Dimension(1440, 900));
        openTheWeek();
        click(cell("MONDAY/0/0"));
        click(By.id("swap-pick"));

        textContaining(By.id("swap-banner"), "Click the cell to swap with Monday 09:00–10:15, line 1 (Anna) — Esc cancels");
        until(d -> !dialogOpen() ? true : null);
        // Anna's own cell of Monday 12:45 would swap Anna with Anna: greyed, not clickable.
        until(d -> "refused".equals(d.findElement(cell("MONDAY/3/0")).getAttribute("data-swap")) ? true : null);
        assertThat(browser.findElement(cell("MONDAY/3/0")).getAttribute("class")).contains("swap-refused");
        assertThat(browser.findElement(cell("MONDAY/1/0")).getAttribute("title")).startsWith("Swap: the week's cost ");
        Browser.screenshot(browser, "43-swap-pick");
        browser.findElement(cell("MONDAY/3/0")).click();
        assertThat(browser.findElement(By.id("swap-banner")).isDisplayed()).isTrue();   // still picking
        assertThat(dialogOpen()).isFalse();

        click(cell("MONDAY/1/0"));   // Pau's

        textIs(cell("MONDAY/0/0"), "Pau");
        textIs(cell("MONDAY/1/0"), "Anna");
        assertThat(textsOf(By.cssSelector("#change-log li"))).hasSize(1);
        textContaining(By.id("change-log"), "Monday 09:00–10:15, L1: Anna → Pau", "Monday 10:15–11:30, L1: Pau → Anna");

        click(By.cssSelector("#change-log button"));
        textIs(cell("MONDAY/0/0"), "Anna");
        textIs(cell("MONDAY/1/0"), "Pau");
    }

    @Test
    void escapeLeavesTheSwapPickAndTheGridAsItWas() throws Exception {
        aWeek();
        openTheWeek();
        click(cell("TUESDAY/2/0"));
        click(By.id("swap-pick"));
        until(ExpectedConditions.visibilityOfElementLocated(By.id("swap-banner")));
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        until(ExpectedConditions.invisibilityOfElementLocated(By.id("swap-banner")));
        assertThat(browser.findElements(By.cssSelector("td[data-swap]"))).isEmpty();
        assertThat(browser.switchTo().activeElement().getAttribute("data-cell")).isEqualTo("TUESDAY/2/0");
    }

    @Test
    void aRefusedEditShowsTheReasonInTheStillOpenEditorAndDoItAnywayPlacesThem() throws Exception {
        aWeek();
        availability.insertBusy(new BusyEntry(null, "marta", DayOfWeek.MONDAY, null, "1000", true, "metge", 0));
        browser.manage().window().setSize(new Dimension(390, 844));
        openTheWeek();
        browser.executeScript("window.notReloaded = true");
        click(cell("MONDAY/0/1"));
        click(By.cssSelector("#candidates input[value='marta']"));
        click(By.id("picker-save"));

        textContaining(By.cssSelector("#cell-dialog[open] #picker-refusal"), "Marta is busy then (metge)");
        assertThat(dialogOpen()).isTrue();
        assertThat(browser.executeScript("return window.notReloaded === true")).isEqualTo(true);
        assertThat(browser.findElement(By.cssSelector("#candidates input[value='marta']")).isSelected()).isTrue();
        until(d -> inView() ? true : null);   // on a phone too, with the reason in it
        Browser.screenshot(browser, "44-refused-in-dialog");

        type(By.cssSelector("#picker-anyway input[name=reason]"), "she offered");
        click(By.id("picker-anyway-button"));
        textIs(cell("MONDAY/0/1"), "Marta");
        textContaining(By.id("change-log"), "she offered");
    }

    @Test
    void arrowsMoveAcrossTheGridAndEnterOpensTheEditorThere() throws Exception {
        aWeek();
        openTheWeek();
        assertThat(browser.findElements(By.cssSelector("td.cell[tabindex='0']"))).hasSize(1);
        browser.executeScript("document.querySelector(\"td.cell[tabindex='0']\").focus()");
        browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        browser.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
        until(d -> "MONDAY/1/1".equals(browser.switchTo().activeElement().getAttribute("data-cell")) ? true : null);
        browser.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);   // past the last line: the next day
        until(d -> "TUESDAY/1/0".equals(browser.switchTo().activeElement().getAttribute("data-cell")) ? true : null);
        assertThat(browser.findElements(By.cssSelector("td.cell[tabindex='0']"))).hasSize(1);

        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        textContaining(By.cssSelector("#cell-dialog[open] #picker-heading"), "Tuesday 10:15–11:30, line 1 — now Pau.");
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        until(d -> !dialogOpen() ? true : null);
        until(d -> "TUESDAY/1/0".equals(browser.switchTo().activeElement().getAttribute("data-cell")) ? true : null);
    }
}
