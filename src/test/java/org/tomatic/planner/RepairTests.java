package org.tomatic.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.IntegrationTest;
import org.tomatic.availability.AvailabilityRepository;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;
import org.tomatic.timetable.Timetable;
import org.tomatic.timetable.TimetableRepository;

/** Anna is off from Wednesday: only her cells move, to the one person with load to spare. */
class RepairTests extends IntegrationTest {

    static final LocalDate WEEK = LocalDate.of(2030, 1, 7);
    static final List<String> TEAM = List.of("anna", "pau", "marta", "joan");

    @Autowired Repair repair;
    @Autowired TimetableRepository timetables;
    @Autowired PersonRepository people;
    @Autowired AvailabilityRepository availability;

    @BeforeEach
    void aFullWeek() {
        jdbc.sql("UPDATE turn_grid SET lines = 1").update();
        for (String id : TEAM) {
            people.insert(new Person(id, id, null, null, null, "aabbcc", null, List.of(), 5, null, true, Role.AGENT, 0));
        }
        people.insert(new Person("rosa", "Rosa", null, null, null, "aabbcc", null, List.of(), 3, null, true, Role.AGENT, 0));
        List<Timetable.Cell> cells = new ArrayList<>();
        for (DayOfWeek d : List.of(DayOfWeek.values()).subList(0, 5)) {
            for (int t = 0; t < 4; t++) {
                cells.add(new Timetable.Cell(d, t, 0, TEAM.get(t), false));
            }
        }
        timetables.replace(new Timetable(WEEK, List.of(DayOfWeek.values()).subList(0, 5),
            List.of("09:00", "10:15", "11:30", "12:45", "14:00"), List.of("L1"), cells, Timetable.State.PUBLISHED,
            null, List.of(), List.of(), Map.of(), Timetable.PeopleSnapshot.EMPTY), java.time.Instant.now());
    }

    @Test
    void onlyTheAbsentPersonsCellsMove() {
        Repair.Proposal proposal = repair.propose(WEEK, "anna", LocalDate.of(2030, 1, 9), LocalDate.of(2030, 1, 11));

        assertThat(proposal.changes()).containsExactlyInAnyOrder(
            new Repair.CellChange(DayOfWeek.WEDNESDAY, 0, 0, "anna", "rosa"),
            new Repair.CellChange(DayOfWeek.THURSDAY, 0, 0, "anna", "rosa"),
            new Repair.CellChange(DayOfWeek.FRIDAY, 0, 0, "anna", "rosa"));
    }

    @Test
    void theCellsAreRefilledEvenWhenNobodyHasLoadToSpareAndLeftEmptyOnlyWhereNobodyCan() {
        people.delete("rosa");
        // Wednesday: everyone but anna is busy at 09:00 — that cell has nobody who can take it.
        for (String id : List.of("pau", "marta", "joan")) {
            availability.insertBusy(new org.tomatic.availability.BusyEntry(null, id, null, LocalDate.of(2030, 1, 9),
                "1000", true, "training", 0));
        }

        Repair.Proposal proposal = repair.propose(WEEK, "anna", LocalDate.of(2030, 1, 9), LocalDate.of(2030, 1, 11));

        assertThat(proposal.changes()).hasSize(3);
        assertThat(proposal.changes()).filteredOn(c -> c.day() == DayOfWeek.WEDNESDAY).singleElement()
            .satisfies(c -> assertThat(c.after()).isNull());
        assertThat(proposal.changes()).filteredOn(c -> c.day() != DayOfWeek.WEDNESDAY)
            .allSatisfy(c -> assertThat(c.after()).isIn("pau", "marta", "joan"));
    }

    @Test
    void previewThenApplyRecordsTheAbsenceAndLogsEachChange() throws Exception {
        mvc.perform(post("/timetable/2030-01-07/repair").with(user("carla").roles("COORDINATOR")).with(csrf())
                .param("person", "anna").param("from", "2030-01-09").param("to", "2030-01-11"))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("WEDNESDAY/0/0/anna/rosa")));
        assertThat(timetables.changes(WEEK)).isEmpty();   // a preview changes nothing

        mvc.perform(post("/timetable/2030-01-07/repair/apply").with(user("carla").roles("COORDINATOR")).with(csrf())
                .param("person", "anna").param("from", "2030-01-09").param("to", "2030-01-11")
                .param("version", String.valueOf(timetables.version(WEEK).orElseThrow()))
                .param("change", "WEDNESDAY/0/0/anna/rosa", "THURSDAY/0/0/anna/rosa", "FRIDAY/0/0/anna/rosa"))
            .andExpect(flash().attribute("flashText", Matchers.containsString("3 cells changed")));

        assertThat(timetables.changes(WEEK)).hasSize(3).allSatisfy(c ->
            assertThat(c.reason()).isEqualTo("anna absent 2030-01-09 – 2030-01-11"));
        assertThat(availability.leavesOf("anna")).singleElement().satisfies(l ->
            assertThat(l.start()).isEqualTo(LocalDate.of(2030, 1, 9)));
    }

    @Test
    void thePreviewSaysTheCostNowAndAfterAndWhatChangesForEachColleague() throws Exception {
        String html = mvc.perform(post("/timetable/2030-01-07/repair").with(user("carla").roles("COORDINATOR")).with(csrf())
                .param("person", "anna").param("from", "2030-01-09").param("to", "2030-01-11"))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).containsPattern("id=\"repair-cost\">The week&#39;s cost: \\d+ now, \\d+ after the repair \\([+-]?\\d+\\)\\.<");
        assertThat(html).contains("Rosa: +3 turns (Wednesday 09:00–10:15, Thursday 09:00–10:15, Friday 09:00–10:15)")
            .contains("anna: −3 turns (Wednesday 09:00–10:15, Thursday 09:00–10:15, Friday 09:00–10:15)");

        Repair.Proposal proposal = repair.propose(WEEK, "anna", LocalDate.of(2030, 1, 9), LocalDate.of(2030, 1, 11));
        assertThat(proposal.currentCost()).isNotNegative();
        assertThat(html).contains("cost: " + proposal.currentCost() + " now, ");

        String catalan = mvc.perform(post("/timetable/2030-01-07/repair").with(user("carla").roles("COORDINATOR"))
                .with(csrf()).locale(java.util.Locale.forLanguageTag("ca"))
                .param("person", "anna").param("from", "2030-01-09").param("to", "2030-01-11"))
            .andReturn().getResponse().getContentAsString();
        assertThat(catalan).contains("Rosa: +3 torns (Dimecres 09:00–10:15").contains("Cost de la setmana:");
    }

    @Test
    void someoneOffTheWholeWeekHasTheirCellsRefilled() {
        Repair.Proposal proposal = repair.propose(WEEK, "anna", WEEK, WEEK.plusDays(4));

        assertThat(proposal.changes()).hasSize(5).allSatisfy(c -> {
            assertThat(c.before()).isEqualTo("anna");
            assertThat(c.after()).isNotNull().isNotEqualTo("anna");
        });
    }

    @Test
    void agentsCannotRepair() throws Exception {
        mvc.perform(post("/timetable/2030-01-07/repair").with(user("pau").roles("AGENT")).with(csrf())
                .param("person", "anna").param("from", "2030-01-09").param("to", "2030-01-11"))
            .andExpect(status().isForbidden());
    }
}
