package org.tomatic.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;
import org.tomatic.timetable.Timetable;
import org.tomatic.timetable.TimetableRepository;

/** Open the week, click a cell, see the ranked candidates, pick one, see the change logged, undo it. */
class WeekJourneyTests extends BrowserTest {

    @Autowired PersonRepository people;
    @Autowired TimetableRepository timetables;

    @Test
    void editAndUndoACell() throws Exception {
        List<String> team = List.of("anna", "pau", "marta");
        for (String id : team) {
            people.insert(new Person(id, id.substring(0, 1).toUpperCase() + id.substring(1), null,
                String.valueOf(201 + team.indexOf(id)), null, "ffe082", null, List.of(), 4, null, true, Role.AGENT, 0));
        }
        LocalDate week = LocalDate.of(2030, 1, 7);
        List<Timetable.Cell> cells = new ArrayList<>();
        for (DayOfWeek d : List.of(DayOfWeek.values()).subList(0, 5)) {
            for (int t = 0; t < 4; t++) {
                cells.add(new Timetable.Cell(d, t, 0, t % 2 == 0 ? "anna" : "pau", false));
                cells.add(new Timetable.Cell(d, t, 1, null, false));
            }
        }
        timetables.replace(new Timetable(week, List.of(DayOfWeek.values()).subList(0, 5),
            List.of("09:00", "10:15", "11:30", "12:45", "14:00"), List.of("L1", "L2"), cells,
            Timetable.State.PUBLISHED, null, List.of(), List.of(), Map.of(), Timetable.PeopleSnapshot.EMPTY),
            java.time.Instant.now());
        logIn("admin", Files.readString(Path.of("target/test-data/initial-admin-password")).trim());

        browser.get(baseUrl() + "/timetable?week=2030-01-07");
        By cell = By.cssSelector("td[data-cell='MONDAY/0/1']");
        click(cell);
        List<String> rows = textsOf(By.cssSelector("#candidates tbody tr"));
        assertThat(rows.get(0)).contains("Marta").contains("free").contains("-100");
        Browser.screenshot(browser, "40-week-picker");

        click(By.cssSelector("#candidates input[value='marta']"));
        click(By.id("picker-save"));

        textIs(cell, "Marta");
        assertThat(textContaining(By.id("change-log"), "Monday 09:00–10:15, L2: nobody → Marta")).contains("Administrator");
        Browser.screenshot(browser, "41-week-changed");

        click(By.cssSelector("#change-log button"));
        textIs(cell, "—");
        textContaining(By.id("change-log"), "Marta → nobody");
    }
}
