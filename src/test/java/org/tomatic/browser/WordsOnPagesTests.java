package org.tomatic.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.calls.CallLog;
import org.tomatic.calls.PhoneCall;
import org.tomatic.pbx.Member;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;
import org.tomatic.planner.PlanningRun;
import org.tomatic.planner.PlanningRuns;
import org.tomatic.system.TeamTime;
import org.tomatic.timetable.SwapRequests;
import org.tomatic.timetable.Timetable;
import org.tomatic.timetable.TimetableRepository;

/**
 * The pages coordinators live in speak people's words, in one language, with the team's times: the
 * week page (log, penalties, load), a swap, a repair preview, a planner run, the calls list and the
 * queue board, in English and in Catalan. Fails on any of the code's tokens.
 */
class WordsOnPagesTests extends BrowserTest {

    /** Whole-word codes of the code and of the old tool that must never reach a person. */
    static final Pattern INTERNAL = Pattern.compile(String.join("|",
        "\\b(MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)\\b",
        "\\b(dl|dm|dx|dj|dv|ds|dg)\\b(?!\\.)",          // the old day codes ("dl." is Catalan's own abbreviation)
        "\\b(ningu|festiu)\\b",
        "\\b(emptySlots|incompletion|unforced|undesired|dailyPersonHours|marathon|discontinuous|farDiscontinuous"
            + "|noBrunch|sharedDesk|changedCells|ponderated|upperBound|nobodyLoad)\\b",
        "\\b[A-Za-z]+/\\d+/\\d+\\b"));                  // a DAY/turn/line cell key

    @Autowired PersonRepository people;
    @Autowired TimetableRepository timetables;
    @Autowired PlanningRuns runs;
    @Autowired SwapRequests swaps;
    @Autowired CallLog calls;
    @Autowired TeamTime teamTime;

    @ParameterizedTest
    @ValueSource(strings = {"en", "ca"})
    void everyPageSpeaksPeoplesWordsInOneLanguage(String language) throws Exception {
        jdbc.sql("UPDATE turn_grid SET lines = 2").update();
        people.insert(person("anna", "Anna Vives", "201"));
        people.insert(person("pau", "Pau Roig", "202"));
        people.insert(person("marta", "Marta Puig", "203"));
        people.insert(person("joan", "Joan Serra", "204"));
        LocalDate week = teamTime.today().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1);
        PlanningRun run = runs.runNow(week, null, Duration.ofSeconds(10), "words", "admin", p -> { });
        runs.publish(run.id(), "admin");
        LocalDate imported = week.plusWeeks(1);
        timetables.replace(importedWeek(imported), Instant.now());
        Timetable planned = timetables.find(week).orElseThrow();
        Timetable.Cell annas = planned.cells().stream().filter(c -> "anna".equals(c.personId())).findFirst().orElseThrow();
        Timetable.Cell paus = planned.cells().stream().filter(c -> "pau".equals(c.personId())).findFirst().orElseThrow();
        swaps.request(week, key(annas), key(paus), "dentist", "anna");
        Instant callAt = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        calls.insert(new PhoneCall(null, callAt, "600112233", "admin", "100", null, null, PhoneCall.Source.EMULATED,
            true, null, null, null, null, List.of(), null, null, 0), "600112233");
        pbx.setMembers(List.of(new Member("PJSIP/201", "Anna Vives", null)));

        logIn("admin", Files.readString(Path.of("target/test-data/initial-admin-password")).trim());
        browser.get(baseUrl() + "/?lang=" + language);
        present(By.id("lang-" + (language.equals("en") ? "ca" : "en")));
        List<String> problems = new ArrayList<>();

        // The week: a swap by the coordinator through the cell editor, then the page with its log.
        browser.get(baseUrl() + "/timetable?week=" + week);
        By cell = By.cssSelector("[data-cell='" + key(annas) + "']");
        click(cell);
        present(By.id("swap-pick"));
        check("cell editor", problems);
        click(By.id("swap-pick"));
        until(ExpectedConditions.visibilityOfElementLocated(By.id("swap-banner")));
        check("swap pick", problems);
        click(By.cssSelector("[data-cell='" + key(paus) + "'][data-swap='ok']"));
        present(By.cssSelector(".flash"));
        textContaining(By.id("change-log"), "Anna Vives");
        assertThat(textsOf(By.cssSelector("#change-log li"))).hasSize(1);   // a swap is one change
        check("week " + week, problems);
        assertThat(text(By.id("week-penalties"))).isNotBlank();

        browser.get(baseUrl() + "/timetable?week=" + imported);
        String importedPenalties = text(By.id("week-penalties"));
        assertThat(importedPenalties).contains(language.equals("en") ? "one empty line" : "una línia buida")
            .contains("Anna Vives");
        check("imported week " + imported, problems);

        // A repair preview around Marta's absence.
        browser.get(baseUrl() + "/timetable?week=" + week);
        until(d -> {
            new Select(d.findElement(By.cssSelector("#repair-form select[name=person]"))).selectByValue("marta");
            return true;
        });
        click(By.id("repair-propose"));
        present(By.cssSelector("a[href*='/timetable?week=']"));
        check("repair preview", problems);

        browser.get(baseUrl() + "/planner/runs/" + run.id());
        present(By.id("load-table"));
        check("planner run", problems);

        browser.get(baseUrl() + "/calls");
        String callTime = textsOf(By.cssSelector(".call-time")).get(0);
        assertThat(callTime).isEqualTo(HH_MM.format(callAt.atZone(ZoneId.of("Europe/Madrid"))))
            .isNotEqualTo(HH_MM.format(callAt.atZone(ZoneOffset.UTC)));
        check("calls", problems);

        browser.get(baseUrl() + "/queue");
        present(By.id("queue-board"));
        textContaining(By.id("queue-board"), "Anna Vives");
        check("queue board", problems);

        assertThat(problems).isEmpty();
    }

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /** Notes every internal token the page shows, with where it was. */
    private void check(String where, List<String> problems) {
        String text = (String) browser.executeScript("return document.body.innerText");
        Matcher m = INTERNAL.matcher(text);
        while (m.find()) {
            int from = Math.max(0, m.start() - 30);
            problems.add(where + ": \"" + m.group() + "\" in …" + text.substring(from, Math.min(text.length(), m.end() + 30))
                .replace('\n', ' ') + "…");
        }
    }

    private String text(By locator) {
        return until(d -> d.findElement(locator).getText());
    }

    private static String key(Timetable.Cell c) {
        return c.day().name() + "/" + c.turn() + "/" + c.line();
    }

    private static Person person(String id, String name, String extension) {
        return new Person(id, name, null, extension, null, "c8e6ff", null, List.of(), 8, null, true, Role.AGENT, 0);
    }

    /** A week as the old tool left it: its penalties are Catalan sentences. */
    private static Timetable importedWeek(LocalDate monday) {
        List<Timetable.Cell> cells = new ArrayList<>();
        cells.add(new Timetable.Cell(DayOfWeek.MONDAY, 0, 0, "anna", false));
        cells.add(new Timetable.Cell(DayOfWeek.MONDAY, 0, 1, null, false));
        cells.add(new Timetable.Cell(DayOfWeek.MONDAY, 1, 0, "anna", false));
        cells.add(new Timetable.Cell(DayOfWeek.MONDAY, 1, 1, "pau", false));
        return new Timetable(monday, List.of(DayOfWeek.MONDAY), List.of("09:00", "10:15", "11:30"), List.of("L1", "L2"),
            cells, Timetable.State.PUBLISHED, 120.0, List.of(), List.of(new Timetable.Penalty(100, "1 forats a dl 09:00"),
                new Timetable.Penalty(20, "anna dl té 2 hores el mateix dia")), Map.of(), Timetable.PeopleSnapshot.EMPTY);
    }
}
