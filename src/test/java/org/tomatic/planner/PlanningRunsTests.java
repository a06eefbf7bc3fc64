package org.tomatic.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.tomatic.IntegrationTest;
import org.tomatic.availability.AvailabilityRepository;
import org.tomatic.availability.BusyEntry;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;
import org.tomatic.timetable.Timetable;
import org.tomatic.timetable.TimetablePublished;
import org.tomatic.timetable.TimetableRepository;

/** Planning a week through the web app: launch, live run, result, publish; and who may do it. */
@RecordApplicationEvents
class PlanningRunsTests extends IntegrationTest {

    static final LocalDate WEEK = LocalDate.of(2027, 1, 11);

    @Autowired PlanningRuns runs;
    @Autowired PersonRepository people;
    @Autowired AvailabilityRepository availability;
    @Autowired TimetableRepository timetables;
    @Autowired ApplicationEvents events;

    @BeforeEach
    void smallTeam() {
        jdbc.sql("DELETE FROM planning_run").update();
        jdbc.sql("UPDATE turn_grid SET lines = 1").update();
        for (String id : List.of("anna", "pau", "marta")) {
            people.insert(new Person(id, id, null, null, null, "aabbcc", null, List.of(), 4, null, true, Role.AGENT, 0));
        }
        availability.insertBusy(new BusyEntry(null, "anna", DayOfWeek.MONDAY, null, "1111", true, "formació", 0));
    }

    private PlanningRun waitFor(long id) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            PlanningRun run = runs.get(id);
            if (!run.active()) {
                return run;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("run " + id + " did not finish");
    }

    private long launchAsCoordinator() throws Exception {
        String location = mvc.perform(post("/planner/runs").with(user("carla").roles("COORDINATOR")).with(csrf())
                .param("week", WEEK.toString()).param("timeLimit", "20").param("description", "test"))
            .andExpect(status().is3xxRedirection())
            .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/planner/runs/");
        return Long.parseLong(location.substring("/planner/runs/".length()));
    }

    @Test
    void aCoordinatorPlansAWeekAndPublishesIt() throws Exception {
        long id = launchAsCoordinator();
        PlanningRun run = waitFor(id);

        assertThat(run.state()).isEqualTo(PlanningRun.State.DONE);
        assertThat(run.optimal()).isTrue();
        assertThat(run.filled()).isEqualTo(12);
        assertThat(run.cells()).isEqualTo(20);
        RunResult result = runs.result(id);
        assertThat(result.timetable().get("dl").stream().flatMap(List::stream)).doesNotContain("anna");
        assertThat(result.holes()).isNotEmpty();
        assertThat(runs.loadTable(id).persons()).extracting(p -> p.finalLoad()).containsExactly(4, 4, 4);
        assertThat(runs.progress(id)).isNotEmpty();

        mvc.perform(get("/planner/runs/" + id).with(user("pau").roles("AGENT")))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("proven optimal")))
            .andExpect(content().string(Matchers.containsString("formació")));
        mvc.perform(get("/planner/runs/" + id + "/publish").with(user("carla").roles("COORDINATOR")))
            .andExpect(content().string(Matchers.containsString("It changes 20 cells of the current timetable.")));

        mvc.perform(post("/planner/runs/" + id + "/publish").with(user("carla").roles("COORDINATOR")).with(csrf()))
            .andExpect(status().is3xxRedirection());

        Timetable published = timetables.find(WEEK).orElseThrow();
        assertThat(published.cells()).hasSize(20);
        assertThat(published.cells().stream().filter(c -> c.personId() != null)).hasSize(12);
        assertThat(published.overload()).containsKeys("anna", "pau", "marta");
        assertThat(events.stream(TimetablePublished.class)).singleElement()
            .satisfies(e -> assertThat(e.week()).isEqualTo(WEEK));
        assertThat(runs.changedCells(id)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity = 'timetable' AND action = 'publish'")
            .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void thePublishConfirmationAndTheWeekSayWhatTheWeekLacks() throws Exception {
        long id = waitFor(runs.launch(WEEK, null, Duration.ofSeconds(10), null, "carla")).id();   // 12 turns for 20 cells

        mvc.perform(get("/planner/runs/" + id + "/publish").with(user("carla").roles("COORDINATOR")))
            .andExpect(content().string(Matchers.containsString("The week will have 8 turns with empty lines:")))
            .andExpect(content().string(Matchers.containsString(": one empty line; busy: anna (formació)</li>")));
        runs.publish(id, "carla");
        mvc.perform(get("/timetable").param("week", WEEK.toString()).with(user("carla").roles("COORDINATOR")))
            .andExpect(content().string(Matchers.containsString("This week has 8 empty cells: Monday ")));
    }

    @Test
    void agentsCannotLaunchStopPublishOrDelete() throws Exception {
        mvc.perform(post("/planner/runs").with(user("pau").roles("AGENT")).with(csrf())
                .param("week", WEEK.toString()))
            .andExpect(status().isForbidden());
        assertThat(runs.all()).isEmpty();

        long id = runs.launch(WEEK, null, Duration.ofSeconds(10), null, "carla");
        waitFor(id);
        for (String action : List.of("stop", "publish", "delete")) {
            mvc.perform(post("/planner/runs/" + id + "/" + action).with(user("pau").roles("AGENT")).with(csrf()))
                .andExpect(status().isForbidden());
        }
        assertThat(timetables.find(WEEK)).isEmpty();
        assertThat(runs.all()).hasSize(1);
    }

    @Test
    void aWeekThatCannotBePlannedFailsWithTheReason() throws Exception {
        jdbc.sql("UPDATE person SET ideal_load = NULL WHERE id <> 'admin'").update();

        PlanningRun run = waitFor(runs.launch(WEEK, null, Duration.ofSeconds(10), null, "carla"));

        assertThat(run.state()).isEqualTo(PlanningRun.State.FAILED);
        assertThat(run.log()).contains("nobody has any load");
        mvc.perform(get("/planner/runs/" + run.id()).with(user("pau").roles("AGENT")))
            .andExpect(content().string(Matchers.containsString("nobody has any load")));
        assertThat(timetables.find(WEEK)).isEmpty();
    }

    @Test
    void aFinishedRunCanBeDeleted() throws Exception {
        long id = waitFor(runs.launch(WEEK, null, Duration.ofSeconds(10), null, "carla")).id();

        mvc.perform(post("/planner/runs/" + id + "/delete").with(user("carla").roles("COORDINATOR")).with(csrf()))
            .andExpect(status().is3xxRedirection());

        assertThat(runs.all()).isEmpty();
    }

    @Autowired org.springframework.context.ApplicationEventPublisher publisher;
    @Autowired org.tomatic.system.TeamTime teamTime;
    @Autowired RunWords runWords;

    @Test
    void theAutomaticRunPublishesACompleteWeek() {
        jdbc.sql("UPDATE person SET ideal_load = 8 WHERE id <> 'admin'").update();   // 3 × 8 = 24 ≥ 20 cells
        var automatic = new AutomaticPlanning(runs, publisher, teamTime, runWords, "ca", 2, Duration.ofSeconds(10));

        PlanningRun run = automatic.planAndPublish(WEEK);

        assertThat(run.filled()).isEqualTo(run.cells());
        assertThat(timetables.find(WEEK)).isPresent();
        assertThat(events.stream(PlanningIncomplete.class)).isEmpty();
    }

    @Test
    void theAutomaticRunReportsAnIncompleteWeekInsteadOfPublishingIt() {
        var automatic = new AutomaticPlanning(runs, publisher, teamTime, runWords, "ca", 2, Duration.ofSeconds(10));

        automatic.planAndPublish(WEEK);

        assertThat(timetables.find(WEEK)).isEmpty();
        assertThat(events.stream(PlanningIncomplete.class)).singleElement().satisfies(e -> {
            assertThat(e.week()).isEqualTo(WEEK);
            assertThat(e.diagnosis()).anyMatch(d -> d.startsWith("Dilluns ") && d.contains("ocupats: anna (formació)"))
                .noneMatch(d -> d.startsWith("dl "));
        });
    }

    @Test
    void onlyAdminsForgiveCredit() throws Exception {
        mvc.perform(post("/planner/credit/forgive").with(user("carla").roles("COORDINATOR")).with(csrf())
                .param("week", WEEK.toString()))
            .andExpect(status().isForbidden());
        mvc.perform(post("/planner/credit/forgive").with(user("admin").roles("ADMIN")).with(csrf())
                .param("week", WEEK.toString()))
            .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM turn_credit WHERE week = :w").param("w", WEEK)
            .query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void theRunsAreListed() throws Exception {
        long id = waitFor(runs.launch(WEEK, null, Duration.ofSeconds(10), "first try", "carla")).id();

        mvc.perform(get("/planner").with(user("pau").roles("AGENT")))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("first try")))
            .andExpect(content().string(Matchers.containsString("/planner/runs/" + id)))
            .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"launch-form\""))));
    }
}
