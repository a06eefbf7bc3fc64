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
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;
import org.tomatic.planner.PlanningRun;
import org.tomatic.planner.PlanningRuns;
import org.tomatic.system.TeamTime;
import org.tomatic.timetable.Timetable;
import org.tomatic.timetable.TimetableRepository;

/** Open the week, click a cell, see the ranked candidates, pick one, see the change logged, undo it. */
class WeekJourneyTests extends BrowserTest {

    @Autowired PersonRepository people;
    @Autowired TimetableRepository timetables;

    /** Monday to Friday, four turns, two lines: line 1 Anna, Pau, Anna, Pau; line 2 empty; Marta free. */
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
                cells.add(new Timetable.Cell(d, t, 0, t % 2 == 0 ? "anna" : "pau", false));
                cells.add(new Timetable.Cell(d, t, 1, null, false));
            }
        }
        timetables.replace(new Timetable(week, List.of(DayOfWeek.values()).subList(0, 5),
            List.of("09:00", "10:15", "11:30", "12:45", "14:00"), List.of("L1", "L2"), cells,
            Timetable.State.PUBLISHED, null, List.of(), List.of(), Map.of(), Timetable.PeopleSnapshot.EMPTY),
            java.time.Instant.now());
        logIn("admin", Files.readString(Path.of("target/test-data/initial-admin-password")).trim());
    }

    @Test
    void editAndUndoACell() throws Exception {
        aWeek();

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

    @Test
    void aRepairProposesColleaguesWhoAreFreeAndSaysWhatChangesForEach() throws Exception {
        aWeek();
        browser.get(baseUrl() + "/timetable?week=2030-01-07");
        until(d -> {
            new Select(d.findElement(By.cssSelector("#repair-form select[name=person]"))).selectByValue("pau");
            return true;
        });
        click(By.id("repair-propose"));   // Pau is off the whole week (the form's dates)

        // The solver re-plans the week for up to 20 s before the preview comes.
        new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(org.openqa.selenium.NoSuchElementException.class)
            .until(ExpectedConditions.presenceOfElementLocated(By.id("repair-cost")));
        textContaining(By.id("repair-cost"), "The week's cost:", "now,", "after the repair");
        List<String> rows = textsOf(By.cssSelector("#repair-changes tbody tr"));
        assertThat(rows).hasSize(10).allSatisfy(r -> assertThat(r).contains("Pau").containsAnyOf("Marta", "Anna"));
        assertThat(textsOf(By.cssSelector("#repair-people li"))).anySatisfy(l -> assertThat(l).startsWith("Marta: +"))
            .anySatisfy(l -> assertThat(l).startsWith("Pau: −10 turns (Monday 10:15–11:30, Monday 12:45–14:00"));
        Browser.screenshot(browser, "45-repair-preview");

        click(By.id("repair-apply"));
        textContaining(By.cssSelector(".flash.ok"), "Repair applied: 10 cells changed");
        textIs(By.cssSelector("td[data-cell='MONDAY/1/0']"), "Marta");
    }

    @Test
    void aLineIsAddedAndRemovedOnTheWeekAndTheRemovalSaysWhoLosesTurns() throws Exception {
        aWeek();
        browser.get(baseUrl() + "/timetable?week=2030-01-07");
        click(By.id("add-line"));
        textContaining(By.cssSelector(".flash.ok"), "line 3 added");
        present(By.cssSelector("td[data-cell='FRIDAY/3/2']"));

        click(By.cssSelector("td[data-cell='MONDAY/0/2']"));
        click(By.cssSelector("#candidates input[value='marta']"));
        click(By.id("picker-save"));
        textIs(By.cssSelector("td[data-cell='MONDAY/0/2']"), "Marta");

        click(By.id("remove-line"));
        Alert confirm = until(ExpectedConditions.alertIsPresent());
        assertThat(confirm.getText()).isEqualTo("Remove line 3? Marta loses Monday 09:00–10:15.");
        confirm.accept();
        textContaining(By.cssSelector(".flash.ok"), "line 3 removed");
        assertThat(browser.findElements(By.cssSelector("td[data-cell='MONDAY/0/2']"))).isEmpty();

        click(By.cssSelector("#change-log button"));   // undo the removal: the line comes back with Marta on it
        textIs(By.cssSelector("td[data-cell='MONDAY/0/2']"), "Marta");
    }

    @Autowired PlanningRuns runs;
    @Autowired TeamTime teamTime;

    @Test
    void thePublishConfirmationNamesTheLinesDropped() throws Exception {
        jdbc.sql("UPDATE turn_grid SET lines = 3").update();
        for (String id : List.of("anna", "pau", "marta", "joan")) {
            people.insert(new Person(id, id, null, null, null, "c8e6ff", null, List.of(), 3, null, true, Role.AGENT, 0));
        }
        LocalDate week = teamTime.today().with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(2);
        PlanningRun run = runs.runNow(week, null, Duration.ofSeconds(10), "few", "admin", p -> { });
        logIn("admin", Files.readString(Path.of("target/test-data/initial-admin-password")).trim());

        browser.get(baseUrl() + "/planner/runs/" + run.id());
        click(By.id("run-publish"));
        String said = textContaining(By.id("publish-dropped"), "of 3 lines dropped");
        assertThat(said).matches("[12] of 3 lines dropped: the team's load does not fill them.");
        click(By.id("publish-confirm"));
        textContaining(By.cssSelector(".flash.ok"), "Published");
        browser.get(baseUrl() + "/timetable?week=" + week);
        textContaining(By.id("week-lacks"), "of the turn grid's 3 lines");
    }
}
