package org.tomatic.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
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

    @ParameterizedTest
    @CsvSource({"1440, 900", "390, 844"})
    void theEditorOpensAtTheClickedCellFullyInView(int width, int height) throws Exception {
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
        browser.manage().window().setSize(new Dimension(width, height));
        logIn("admin", Files.readString(Path.of("target/test-data/initial-admin-password")).trim());
        browser.get(baseUrl() + "/timetable?week=2030-01-07");

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
}
