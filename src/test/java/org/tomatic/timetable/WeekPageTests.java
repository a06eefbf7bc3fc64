package org.tomatic.timetable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.IntegrationTest;
import org.tomatic.availability.AvailabilityRepository;
import org.tomatic.availability.BusyEntry;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;

/** The week page and its cell editor through the web stack, with the role checks. */
class WeekPageTests extends IntegrationTest {

    static final LocalDate WEEK = LocalDate.of(2030, 1, 7);
    static final String MONDAY_CELL = "/timetable/2030-01-07/cells/MONDAY/0/1";

    @Autowired TimetableRepository timetables;
    @Autowired PersonRepository people;
    @Autowired AvailabilityRepository availability;

    @BeforeEach
    void aWeek() {
        List<String> team = List.of("anna", "pau", "marta", "joan");
        for (String id : team) {
            people.insert(new Person(id, id.substring(0, 1).toUpperCase() + id.substring(1), null,
                String.valueOf(201 + team.indexOf(id)), null, "aabbcc", null, List.of(), 4, null, true, Role.AGENT, 0));
        }
        availability.insertBusy(new BusyEntry(null, "joan", DayOfWeek.MONDAY, null, "1111", true, "formació", 0));
        List<Timetable.Cell> cells = new ArrayList<>();
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY)) {
            for (int t = 0; t < 4; t++) {
                cells.add(new Timetable.Cell(d, t, 0, t % 2 == 0 ? "anna" : "pau", false));
                cells.add(new Timetable.Cell(d, t, 1, null, false));
            }
        }
        timetables.replace(new Timetable(WEEK, List.of(DayOfWeek.values()).subList(0, 5),
            List.of("09:00", "10:15", "11:30", "12:45", "14:00"), List.of("L1", "L2"), cells,
            Timetable.State.PUBLISHED, null, List.of(), List.of(), Map.of(), Timetable.PeopleSnapshot.EMPTY),
            java.time.Instant.now());
    }

    @Test
    void theCellEditorOffersPeopleWhoCanTakeTheTurnWithTheirLoadAndNobodyLast() throws Exception {
        String picker = mvc.perform(get("/timetable/2030-01-07/cells/MONDAY/0/0").with(user("carla").roles("COORDINATOR")))
            .andReturn().getResponse().getContentAsString();
        String table = picker.substring(picker.indexOf("id=\"candidates\""), picker.indexOf("</table>"));
        List<String> rows = java.util.Arrays.stream(table.split("<tr")).skip(1)
            .map(r -> ("<" + r).replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip()).toList();

        assertThat(rows).noneMatch(r -> r.contains("Anna"));             // she holds the cell
        assertThat(rows).noneMatch(r -> r.contains("Administrator"));    // no extension: no phone turns
        assertThat(rows.get(rows.size() - 1)).startsWith("nobody leave it empty");
        assertThat(rows).anyMatch(r -> r.startsWith("Marta free 0 of 4 turns this week; would go to 1"));
        assertThat(rows).anyMatch(r -> r.startsWith("Joan busy") && r.contains("busy: formació"));
    }

    @Test
    void theLoadTableAddsUp() throws Exception {
        String page = mvc.perform(get("/timetable").param("week", "2030-01-07").with(user("carla").roles("COORDINATOR")))
            .andReturn().getResponse().getContentAsString();
        String table = page.substring(page.indexOf("id=\"week-load\""), page.indexOf("</table>", page.indexOf("id=\"week-load\"")));
        // Anna has 10 turns; each row's difference is its turns minus its target.
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
            "<td>Anna</td>\\s*<td>(\\d+)</td><td>(\\d+)</td>\\s*<td>([+-]?\\d+)</td>").matcher(table);
        assertThat(m.find()).as(table).isTrue();
        assertThat(Integer.parseInt(m.group(2))).isEqualTo(10);
        assertThat(Integer.parseInt(m.group(3).replace("+", ""))).isEqualTo(10 - Integer.parseInt(m.group(1)));
    }

    @Test
    void everyoneSeesTheWeekOnlyCoordinatorsGetTheEditor() throws Exception {
        mvc.perform(get("/timetable").param("week", "2030-01-09").with(user("pau").roles("AGENT")))
            .andExpect(status().isOk())
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(Matchers.allOf(Matchers.containsString(">Anna<"), Matchers.not(Matchers.containsString("hx-get=")))));
        mvc.perform(get("/timetable").param("week", "2030-01-07").with(user("carla").roles("COORDINATOR")))
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(Matchers.containsString("hx-get=\"" + MONDAY_CELL + "\"")));
        mvc.perform(get(MONDAY_CELL).with(user("pau").roles("AGENT"))).andExpect(status().isForbidden());
    }

    @Test
    void switchingLanguageKeepsThePageAndItsQuery() throws Exception {
        String html = mvc.perform(get("/timetable?week=2030-01-07&lang=en").with(user("pau").roles("AGENT")))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("href=\"/timetable?week=2030-01-07&amp;lang=ca\" id=\"lang-ca\"")
            .contains("href=\"/timetable?week=2030-01-07&amp;lang=en\" id=\"lang-en\"");
        // The script's own messages come from the bundles, in the page's language.
        assertThat(html).contains("data-l-refused=\"Not allowed.\"");
        String catalan = mvc.perform(get("/timetable?week=2030-01-07&lang=ca").with(user("pau").roles("AGENT")))
            .andReturn().getResponse().getContentAsString();
        assertThat(catalan).contains("data-l-refused=\"No permès.\"").contains("No ha funcionat ({0})");
    }

    @Test
    void thePickerRanksCandidatesWithTheirCostDelta() throws Exception {
        String html = mvc.perform(get(MONDAY_CELL).with(user("carla").roles("COORDINATOR")))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Monday 09:00–10:15, line 2 — now nobody. Who should take it?");
        int marta = html.indexOf(">Marta<");
        int joan = html.indexOf(">Joan<");
        assertThat(marta).isPositive();
        assertThat(joan).isGreaterThan(marta);             // busy people come last
        assertThat(html.substring(joan)).contains("formació");
        assertThat(html).doesNotContain(">Anna<");         // already on the phone in that turn
        assertThat(html).contains("-100");                 // filling a hole lowers the cost
    }

    @Test
    void aCoordinatorEditsAndUndoesACell() throws Exception {
        int version = timetables.version(WEEK).orElseThrow();
        mvc.perform(post(MONDAY_CELL).with(user("carla").roles("COORDINATOR")).with(csrf())
                .param("person", "marta").param("version", String.valueOf(version)))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("flashText", Matchers.containsString("Monday 09:00–10:15, L2: nobody → Marta")));

        Change change = timetables.changes(WEEK).get(0);
        mvc.perform(post("/timetable/2030-01-07/changes/" + change.id() + "/undo").with(user("carla").roles("COORDINATOR"))
                .with(csrf()).param("version", String.valueOf(version + 1)))
            .andExpect(flash().attribute("flashText", Matchers.containsString("Marta → nobody")));
        assertThat(timetables.changes(WEEK)).hasSize(2);
    }

    @Test
    void staleAndForbiddenEditsChangeNothing() throws Exception {
        int version = timetables.version(WEEK).orElseThrow();
        mvc.perform(post(MONDAY_CELL).with(user("pau").roles("AGENT")).with(csrf())
                .param("person", "pau").param("version", String.valueOf(version)))
            .andExpect(status().isForbidden());
        mvc.perform(post(MONDAY_CELL).with(user("carla").roles("COORDINATOR")).with(csrf())
                .param("person", "marta").param("version", String.valueOf(version - 1)))
            .andExpect(flash().attribute("flashErrorText", Matchers.containsString("Someone else changed this week")));
        mvc.perform(post(MONDAY_CELL).with(user("carla").roles("COORDINATOR")).with(csrf())
                .param("person", "joan").param("version", String.valueOf(version)))
            .andExpect(flash().attribute("flashErrorText", Matchers.containsString("Joan is busy then (formació)")));
        // A refusal speaks the page's language.
        mvc.perform(post(MONDAY_CELL).with(user("carla").roles("COORDINATOR")).with(csrf()).locale(java.util.Locale.forLanguageTag("ca"))
                .param("person", "joan").param("version", String.valueOf(version)))
            .andExpect(flash().attribute("flashErrorText", "Joan està ocupada llavors (formació). Confirma-ho i dona un motiu per posar-la igualment."));
        assertThat(timetables.changes(WEEK)).isEmpty();
    }

    @Test
    void anAgentSeesTheirOwnTurnsAndCanDownloadTheWeek() throws Exception {
        String page = mvc.perform(get("/timetable").param("week", "2030-01-07").with(user("pau").roles("AGENT")))
            .andReturn().getResponse().getContentAsString();
        String mine = page.substring(page.indexOf("id=\"my-turns\""), page.indexOf("id=\"my-turns\"") + 600);
        assertThat(mine).contains("Monday 10:15–11:30 (L1)").contains("Friday 12:45–14:00 (L1)");
        assertThat(page).contains(">Target<");

        mvc.perform(get("/timetable/2030-01-07/export.html").with(user("pau").roles("AGENT")))
            .andExpect(status().isOk())
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                .string("Content-Disposition", "attachment; filename=\"timetable-2030-01-07.html\""))
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(Matchers.allOf(Matchers.containsString(">Anna (201)<"), Matchers.containsString("<style>"))));
    }

    @Autowired TimetableEditor editor;

    @Test
    void anOpenWeekPageHearsOfEditsMadeElsewhere() throws Exception {
        var stream = mvc.perform(get("/timetable/2030-01-07/events").with(user("pau").roles("AGENT")))
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.request().asyncStarted())
            .andReturn();

        editor.edit(new TimetableEditor.Edit(WEEK, DayOfWeek.MONDAY, 0, 1, "marta", null,
            timetables.version(WEEK).orElseThrow(), false), "carla");

        assertThat(stream.getResponse().getContentAsString()).contains("event:changed").contains("data:carla");
    }

    @Test
    void aRefusedEditFromTheEditorComesBackAsTheEditorWithTheReasonAndDoItAnyway() throws Exception {
        int version = timetables.version(WEEK).orElseThrow();
        String html = mvc.perform(post(MONDAY_CELL).with(user("carla").roles("COORDINATOR")).with(csrf())
                .header("HX-Request", "true").locale(java.util.Locale.forLanguageTag("ca"))
                .param("person", "joan").param("reason", "").param("version", String.valueOf(version)))
            .andExpect(status().isOk())
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().doesNotExist("HX-Redirect"))
            .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"picker-card\"").contains("id=\"picker-refusal\"")
            .contains("Joan està ocupada llavors (formació)")
            .contains("id=\"picker-anyway\"").contains("Fes-ho igualment");
        assertThat(html).containsPattern("type=\"radio\" name=\"person\" value=\"joan\"[^>]*checked");
        assertThat(timetables.changes(WEEK)).isEmpty();

        // "Do it anyway" with a reason places her; the page is told to reload the week, with the message kept.
        mvc.perform(post(MONDAY_CELL).with(user("carla").roles("COORDINATOR")).with(csrf()).header("HX-Request", "true")
                .param("person", "joan").param("reason", "she offered").param("confirmBusy", "true")
                .param("version", String.valueOf(version)))
            .andExpect(status().isOk())
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                .string("HX-Redirect", "/timetable?week=2030-01-07"))
            .andExpect(flash().attribute("flashText", Matchers.containsString("nobody → Joan")));
        assertThat(timetables.changes(WEEK)).hasSize(1);
    }

    @Test
    void aRuleThatCannotBeConfirmedOffersNoDoItAnyway() throws Exception {
        int version = timetables.version(WEEK).orElseThrow();
        // Anna has line 1 of Monday 09:00 already: she cannot take line 2 of the same turn, confirmed or not.
        String html = mvc.perform(post(MONDAY_CELL).with(user("carla").roles("COORDINATOR")).with(csrf())
                .header("HX-Request", "true").param("person", "anna").param("version", String.valueOf(version)))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Anna is already on the phone in that turn.").doesNotContain("picker-anyway");
    }

    @Test
    void pickingASwapSaysPerCellWhetherItIsAllowedAndWhatItCosts() throws Exception {
        // Monday 09:00, line 1 is Anna's. Joan is busy on Monday (formació) but holds no cell.
        String json = mvc.perform(get("/timetable/2030-01-07/cells/MONDAY/0/0/swaps").with(user("carla").roles("COORDINATOR")))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var answer = tools.jackson.databind.json.JsonMapper.builder().build().readTree(json);
        assertThat(answer.get("banner").asString())
            .isEqualTo("Click the cell to swap with Monday 09:00–10:15, line 1 (Anna) — Esc cancels");
        var cells = answer.get("cells");
        assertThat(cells.has("MONDAY/0/0")).isFalse();                                  // the cell itself
        assertThat(cells.get("MONDAY/0/1").get("state").asString()).isEqualTo("ok");   // Anna's line 2 is empty
        assertThat(cells.get("MONDAY/0/1").get("title").asString()).startsWith("Swap: the week's cost ");
        assertThat(cells.get("MONDAY/2/0").get("state").asString()).isEqualTo("refused");   // Anna again
        assertThat(cells.get("MONDAY/2/0").get("title").asString()).contains("nothing to swap");
        assertThat(cells.get("MONDAY/1/0").get("state").asString()).isEqualTo("ok");   // Pau ⇄ Anna

        mvc.perform(get("/timetable/2030-01-07/cells/MONDAY/0/0/swaps").with(user("pau").roles("AGENT")))
            .andExpect(status().isForbidden());
    }

    @Test
    void aSwapFromTheGridIsOneChangeAndARefusedOneKeepsTheEditor() throws Exception {
        int version = timetables.version(WEEK).orElseThrow();
        String refused = mvc.perform(post("/timetable/2030-01-07/swap").with(user("carla").roles("COORDINATOR")).with(csrf())
                .header("HX-Request", "true").param("a", "MONDAY/0/0").param("b", "MONDAY/2/0")
                .param("version", String.valueOf(version)))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"picker-refusal\"").contains("nothing to swap");

        mvc.perform(post("/timetable/2030-01-07/swap").with(user("carla").roles("COORDINATOR")).with(csrf())
                .header("HX-Request", "true").param("a", "MONDAY/0/0").param("b", "MONDAY/1/0")
                .param("version", String.valueOf(version)))
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                .string("HX-Redirect", "/timetable?week=2030-01-07"))
            .andExpect(flash().attribute("flashText", Matchers.containsString("Swapped")));
        assertThat(timetables.changes(WEEK)).hasSize(2).filteredOn(Change::secondHalf).hasSize(1);
    }

    @Test
    void coordinatorsAddALineAndAreToldWhoLosesTurnsBeforeRemovingOne() throws Exception {
        String page = mvc.perform(get("/timetable").param("week", "2030-01-07").with(user("carla").roles("COORDINATOR")))
            .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("This week has 2 lines; the turn grid has 8.").contains(">Add line 3<")
            .contains(">Remove line 2<").doesNotContain("data-confirm=\"Remove line");   // nobody on line 2

        mvc.perform(post("/timetable/2030-01-07/lines").with(user("carla").roles("COORDINATOR")).with(csrf())
                .param("version", String.valueOf(timetables.version(WEEK).orElseThrow())))
            .andExpect(flash().attribute("flashText", "Changed: line 3 added"));
        editor.edit(new TimetableEditor.Edit(WEEK, DayOfWeek.MONDAY, 0, 2, "marta", null,
            timetables.version(WEEK).orElseThrow(), false), "carla");
        editor.edit(new TimetableEditor.Edit(WEEK, DayOfWeek.TUESDAY, 1, 2, "marta", null,
            timetables.version(WEEK).orElseThrow(), false), "carla");

        page = mvc.perform(get("/timetable").param("week", "2030-01-07").with(user("carla").roles("COORDINATOR")))
            .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-confirm=\"Remove line 3? Marta loses Monday 09:00–10:15, Tuesday 10:15–11:30.\"");
        assertThat(page).contains("line 3 added");   // the change log

        mvc.perform(post("/timetable/2030-01-07/lines/remove").with(user("pau").roles("AGENT")).with(csrf())
                .param("version", String.valueOf(timetables.version(WEEK).orElseThrow())).param("confirm", "true"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/timetable/2030-01-07/lines/remove").with(user("carla").roles("COORDINATOR")).with(csrf())
                .param("version", String.valueOf(timetables.version(WEEK).orElseThrow())))
            .andExpect(flash().attribute("flashErrorText", Matchers.containsString("confirm to remove it")));
        mvc.perform(post("/timetable/2030-01-07/lines/remove").with(user("carla").roles("COORDINATOR")).with(csrf())
                .param("version", String.valueOf(timetables.version(WEEK).orElseThrow())).param("confirm", "true"))
            .andExpect(flash().attribute("flashText", "Changed: line 3 removed"));
        assertThat(timetables.find(WEEK).orElseThrow().lineLabels()).containsExactly("L1", "L2");
        page = mvc.perform(get("/timetable").param("week", "2030-01-07").with(user("carla").roles("COORDINATOR")))
            .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("line 3 removed; Monday 09:00–10:15, L3: Marta → nobody; Tuesday 10:15–11:30, L3: Marta → nobody");
    }

    @Test
    void theDefaultWeekFlipsOnFridayAtSix() {
        ZoneId madrid = ZoneId.of("Europe/Madrid");
        assertThat(WeekController.defaultWeek(ZonedDateTime.of(2030, 1, 11, 17, 59, 0, 0, madrid))).isEqualTo(WEEK);
        assertThat(WeekController.defaultWeek(ZonedDateTime.of(2030, 1, 11, 18, 0, 0, 0, madrid)))
            .isEqualTo(WEEK.plusWeeks(1));
        assertThat(WeekController.defaultWeek(ZonedDateTime.of(2030, 1, 13, 10, 0, 0, 0, madrid)))
            .isEqualTo(WEEK.plusWeeks(1));
    }
}
