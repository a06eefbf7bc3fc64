package org.tomatic.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.IntegrationTest;
import org.tomatic.legacy.DemoData;
import org.tomatic.staffing.Staffing;
import org.tomatic.system.TeamTime;
import org.tomatic.system.Weekdays;
import org.tomatic.timetable.Timetable;
import org.tomatic.timetable.TimetableRepository;

/** "Lines from staffing": the demo's call history says how many lines each turn needs; the planner staffs each so. */
class LinesFromStaffingTests extends IntegrationTest {

    @Autowired DemoData demo;
    @Autowired PlanningRuns runs;
    @Autowired Staffing staffing;
    @Autowired TeamTime teamTime;
    @Autowired TimetableRepository timetables;

    private PlanningRun waitFor(long id) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            PlanningRun run = runs.get(id);
            if (!run.active()) {
                return run;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("run " + id + " did not finish");
    }

    @Test
    void eachTurnGetsTheLinesItNeedsAndTheLoadsFillJustThose() throws Exception {
        demo.load();
        LocalDate week = teamTime.today().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1);
        Map<DayOfWeek, List<Integer>> needed = staffing.linesNeeded(8);

        String location = mvc.perform(post("/planner/runs").with(user("coordina").roles("COORDINATOR")).with(csrf())
                .param("week", week.toString()).param("lines", "8").param("linesFromStaffing", "true")
                .param("timeLimit", "30"))
            .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/planner/runs/".length()));
        PlanningRun run = waitFor(id);

        assertThat(run.state()).isEqualTo(PlanningRun.State.DONE);
        assertThat(run.linesFromStaffing()).isTrue();
        RunResult result = runs.result(id);
        int cells = 0;
        for (String day : result.days()) {
            DayOfWeek weekday = Weekdays.require(day);
            List<List<String>> turns = result.timetable().get(day);
            if (turns.get(0).contains("festiu")) {
                continue;
            }
            for (int t = 0; t < turns.size(); t++) {
                assertThat(turns.get(t)).as("%s turn %d", day, t).hasSize(needed.get(weekday).get(t));
                cells += needed.get(weekday).get(t);
            }
        }
        assertThat(cells).as("the demo needs far fewer than 8 lines a turn").isLessThan(8 * 4 * 5 / 2);
        assertThat(run.cells()).isEqualTo(cells);
        assertThat(runs.loadTable(id).cells()).isEqualTo(cells);

        String page = mvc.perform(get(location).with(user("coordina").roles("COORDINATOR")).locale(Locale.ENGLISH))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"run-lines-from-staffing\"", "Lines from staffing: each turn has the lines");

        runs.publish(id, "coordina");
        Timetable published = timetables.find(week).orElseThrow();
        int widest = needed.values().stream().flatMap(List::stream).mapToInt(Integer::intValue).max().orElseThrow();
        assertThat(published.lineLabels()).hasSize(widest);
    }

    @Test
    void theSameLinesEveryTurnStayTheDefault() throws Exception {
        demo.load();
        LocalDate week = teamTime.today().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1);

        long id = runs.launch(week, 3, java.time.Duration.ofSeconds(30), null, "coordina");
        PlanningRun run = waitFor(id);

        assertThat(run.linesFromStaffing()).isFalse();
        runs.result(id).timetable().values().forEach(turns -> turns.forEach(turn -> assertThat(turn).hasSize(3)));
    }
}
