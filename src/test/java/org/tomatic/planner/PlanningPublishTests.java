package org.tomatic.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.tomatic.IntegrationTest;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;
import org.tomatic.timetable.Change;
import org.tomatic.timetable.EditRejected;
import org.tomatic.timetable.Timetable;
import org.tomatic.timetable.TimetableEditor;
import org.tomatic.timetable.TimetableRepository;

/**
 * Publishing a run over a week that already has a timetable: the week keeps its change log (plus
 * one PUBLISH change) and gets a new version, so stale edits are refused; two publishes at the same
 * moment give one success and one conflict, never an error of another kind ({@link PublishRaceContract}
 * on H2, and here through the publish form too).
 */
class PlanningPublishTests extends IntegrationTest implements PublishRaceContract {

    static final LocalDate WEEK = LocalDate.of(2030, 1, 7);

    @Autowired ApplicationContext context;
    @Autowired PlanningRuns runs;
    @Autowired TimetableRepository timetables;
    @Autowired TimetableEditor editor;
    @Autowired PersonRepository people;

    @Override
    public ApplicationContext context() {
        return context;
    }

    @BeforeEach
    void aTeam() {
        jdbc.sql("UPDATE turn_grid SET lines = 2").update();
        for (String id : PEOPLE) {
            people.insert(new Person(id, id, null, null, null, "aabbcc", null, List.of(), 5, null, true, Role.AGENT, 0));
        }
    }

    private String cell(LocalDate week, DayOfWeek day, int turn, int line) {
        return timetables.find(week).orElseThrow().cells().stream()
            .filter(c -> c.day() == day && c.turn() == turn && c.line() == line).findFirst().orElseThrow().personId();
    }

    private int version(LocalDate week) {
        return timetables.version(week).orElseThrow();
    }

    /** Empties line 2 of every Monday turn and of Tuesday's first: 5 logged edits. */
    private void fiveEdits() {
        for (int turn = 0; turn < 4; turn++) {
            editor.edit(new TimetableEditor.Edit(WEEK, DayOfWeek.MONDAY, turn, 1, null, "edit " + turn,
                version(WEEK), false), "carla");
        }
        editor.edit(new TimetableEditor.Edit(WEEK, DayOfWeek.TUESDAY, 0, 1, null, "edit 4", version(WEEK), false),
            "carla");
    }

    @Test
    void aPublishOverAnEditedWeekKeepsItsChangesAndAddsOne() throws Exception {
        runs.publish(run(WEEK, 0), "carla");
        assertThat(version(WEEK)).isZero();
        assertThat(timetables.changes(WEEK)).as("creating a week logs nothing").isEmpty();
        fiveEdits();
        assertThat(version(WEEK)).isEqualTo(5);
        long second = run(WEEK, 1);

        int changed = runs.publish(second, "joan");

        assertThat(changed).isPositive();
        assertThat(version(WEEK)).isEqualTo(6);
        List<Change> log = timetables.changes(WEEK);
        assertThat(log).hasSize(6);
        assertThat(log.subList(1, 6)).allSatisfy(c -> {
            assertThat(c.kind()).isEqualTo(Change.Kind.EDIT);
            assertThat(c.by()).isEqualTo("carla");
        });
        assertThat(log.get(0)).satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Change.Kind.PUBLISH);
            assertThat(c.by()).isEqualTo("joan");
            assertThat(c.day()).isNull();
            assertThat(c.reason()).contains("planning run " + second).contains(changed + " cells changed")
                .contains("cannot be undone");
        });
        assertThat(cell(WEEK, DayOfWeek.MONDAY, 0, 1)).isEqualTo(PublishRaceContract.planned(0, 0, 1, 1));
        assertThat(timetables.find(WEEK).orElseThrow().penalties()).extracting(Timetable.Penalty::reason)
            .containsExactly("run 1");

        // The publish is one step that cannot be undone, and the edits before it are history now.
        long publish = log.get(0).id();
        assertThatThrownBy(() -> editor.undo(WEEK, publish, version(WEEK), "carla"))
            .isInstanceOf(EditRejected.class).hasMessageContaining("cannot be undone");
        long oldEdit = log.get(1).id();
        assertThatThrownBy(() -> editor.undo(WEEK, oldEdit, version(WEEK), "carla"))
            .isInstanceOf(EditRejected.class).hasMessageContaining("before the whole week was replaced");
        assertThat(editor.restore(WEEK, version(WEEK), "carla")).isZero();
        assertThat(cell(WEEK, DayOfWeek.MONDAY, 0, 1)).isEqualTo(PublishRaceContract.planned(0, 0, 1, 1));

        // An edit after the publish is undone by "restore as published", back to the published cells.
        editor.edit(new TimetableEditor.Edit(WEEK, DayOfWeek.WEDNESDAY, 0, 1, null, null, version(WEEK), false),
            "carla");
        assertThat(TimetableEditor.undoable(timetables.changes(WEEK))).singleElement()
            .isEqualTo(timetables.changes(WEEK).get(0).id());
        assertThat(editor.restore(WEEK, version(WEEK), "carla")).isEqualTo(1);
        assertThat(cell(WEEK, DayOfWeek.WEDNESDAY, 0, 1)).isEqualTo(PublishRaceContract.planned(2, 0, 1, 1));

        // The API and the week page show the publish as a change without a cell.
        mvc.perform(get("/api/timetables/" + WEEK).with(user("pau").roles("AGENT")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.changes[2].kind").value("PUBLISH"))
            .andExpect(jsonPath("$.changes[2].day").doesNotExist())
            .andExpect(jsonPath("$.changes[2].by").value("joan"));
        mvc.perform(get("/timetable").param("week", WEEK.toString()).with(user("carla").roles("COORDINATOR")))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("published a planning run over the whole week")));
    }

    @Test
    void anEditWithTheVersionReadBeforeThePublishGets409() throws Exception {
        runs.publish(run(WEEK, 0), "carla");
        fiveEdits();
        int before = version(WEEK);
        runs.publish(run(WEEK, 1), "joan");
        Timetable published = timetables.find(WEEK).orElseThrow();

        mvc.perform(patch("/api/timetables/" + WEEK + "/cells/" + WEEK + "/0/0").with(user("carla").roles("COORDINATOR"))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"person\": null, \"reason\": \"stale\", \"version\": " + before + "}"))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.error").value(Matchers.containsString("Someone else changed this week meanwhile")));

        assertThat(timetables.find(WEEK).orElseThrow().cells()).isEqualTo(published.cells());
        assertThat(version(WEEK)).isEqualTo(before + 1);
        assertThat(timetables.changes(WEEK)).hasSize(6);
    }

    @Test
    void aPublishConfirmedOnAStaleWeekIsRefusedWithAMessage() throws Exception {
        long first = run(WEEK, 0);
        long second = run(WEEK, 1);
        mvc.perform(get("/planner/runs/" + second + "/publish").with(user("carla").roles("COORDINATOR")))
            .andExpect(content().string(Matchers.containsString("name=\"version\" value=\"-1\"")));
        runs.publish(first, "joan");   // someone else publishes while carla looks at the confirmation

        mvc.perform(post("/planner/runs/" + second + "/publish").with(user("carla").roles("COORDINATOR")).with(csrf())
                .param("version", "-1"))
            .andExpect(status().is3xxRedirection())
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                .attribute("flashErrorText", Matchers.containsString("Someone else published or changed")));

        assertThat(cell(WEEK, DayOfWeek.MONDAY, 0, 0)).isEqualTo(PublishRaceContract.planned(0, 0, 0, 0));
        assertThat(runs.get(second).publishedAt()).isNull();
    }

    @Test
    void twoPublishFormsPostedAtTheSameMomentGiveOnePublishAndOneMessage() throws Exception {
        runs.publish(run(WEEK, 0), "carla");
        for (int round = 0; round < ROUNDS / 2; round++) {
            long a = run(WEEK, round + 1);
            long b = run(WEEK, round + 2);
            int version = runs.weekVersion(a);

            List<Object> outcomes = PublishRaceContract.race(() -> postPublish(a, version), () -> postPublish(b, version));

            assertThat(outcomes).as("round " + round).containsExactlyInAnyOrder(200, 409);
            assertThat(version(WEEK)).isEqualTo(version + 1);
        }
    }

    /** 200 for a "Published" flash, 409 for the conflict flash (the page itself always redirects). */
    private int postPublish(long id, int version) throws Exception {
        MvcResult result = mvc.perform(post("/planner/runs/" + id + "/publish")
                .with(user("carla").roles("COORDINATOR")).with(csrf()).param("version", String.valueOf(version)))
            .andExpect(status().is3xxRedirection())
            .andReturn();
        Object ok = result.getFlashMap().get("flashText");
        Object error = result.getFlashMap().get("flashErrorText");
        if (ok != null && ok.toString().startsWith("Published: ")) {
            return 200;
        }
        if (error != null && error.toString().contains("Someone else published or changed")) {
            return 409;
        }
        throw new AssertionError("unexpected flash: " + result.getFlashMap());
    }
}
