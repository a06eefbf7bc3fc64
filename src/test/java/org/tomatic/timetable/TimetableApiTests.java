package org.tomatic.timetable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.tomatic.IntegrationTest;
import org.tomatic.auth.ApiTokens;
import org.tomatic.availability.AvailabilityRepository;
import org.tomatic.availability.BusyEntry;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;

/** The timetable API with session and bearer-token logins: shapes, roles, 409 and 422. */
class TimetableApiTests extends IntegrationTest {

    static final LocalDate WEEK = LocalDate.of(2030, 1, 7);
    static final String API = "/api/timetables/2030-01-07";

    @Autowired TimetableRepository timetables;
    @Autowired PersonRepository people;
    @Autowired AvailabilityRepository availability;
    @Autowired ApiTokens tokens;

    @BeforeEach
    void aWeek() {
        jdbc.sql("DELETE FROM api_token").update();
        for (String id : List.of("anna", "pau", "marta")) {
            people.insert(new Person(id, id, null, null, null, "aabbcc", null, List.of(), 4, null, true, Role.AGENT, 0));
        }
        availability.insertBusy(new BusyEntry(null, "marta", DayOfWeek.TUESDAY, null, "1111", true, "formació", 0));
        List<Timetable.Cell> cells = new ArrayList<>();
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY)) {
            for (int t = 0; t < 2; t++) {
                cells.add(new Timetable.Cell(d, t, 0, t == 0 ? "anna" : "pau", false));
                cells.add(new Timetable.Cell(d, t, 1, null, false));
            }
        }
        timetables.replace(new Timetable(WEEK, List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY),
            List.of("09:00", "10:15", "11:30"), List.of("L1", "L2"), cells, Timetable.State.PUBLISHED, null,
            List.of(), List.of(), Map.of(), Timetable.PeopleSnapshot.EMPTY), java.time.Instant.now());
    }

    private int version() {
        return timetables.version(WEEK).orElseThrow();
    }

    @Test
    void readTheWeekWithALoginOrAToken() throws Exception {
        mvc.perform(get(API).with(user("pau").roles("AGENT")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.week").value("2030-01-07"))
            .andExpect(jsonPath("$.days[1]").value("2030-01-08"))
            .andExpect(jsonPath("$.turns[0].start").value("09:00"))
            .andExpect(jsonPath("$.turns[0].end").value("10:15"))
            .andExpect(jsonPath("$.lines").value(2))
            .andExpect(jsonPath("$.version").value(version()))
            .andExpect(jsonPath("$.timetable['2030-01-07'][0][0]").value("anna"))
            .andExpect(jsonPath("$.timetable['2030-01-07'][0][1]").doesNotExist())
            .andExpect(jsonPath("$.changes").isArray());

        String token = tokens.create("rota-sync", Role.AGENT, "admin");
        mvc.perform(get(API).header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(get(API).header("Authorization", "Bearer tmt_wrong")).andExpect(status().isUnauthorized());
        mvc.perform(get(API)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/timetables/2031-01-06").with(user("pau").roles("AGENT"))).andExpect(status().isNotFound());
    }

    @Test
    void aCoordinatorTokenEditsWithoutCsrfAndAStaleVersionGets409() throws Exception {
        String token = tokens.create("bot", Role.COORDINATOR, "admin");
        int version = version();

        mvc.perform(patch(API + "/cells/2030-01-07/0/1").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"person\": \"marta\", \"reason\": \"cover\", \"version\": " + version + "}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.timetable['2030-01-07'][0][1]").value("marta"))
            .andExpect(jsonPath("$.changes[0].by").value("api:bot"))
            .andExpect(jsonPath("$.version").value(version + 1));

        mvc.perform(patch(API + "/cells/2030-01-07/0/1").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"person\": null, \"version\": " + version + "}"))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("the cell now holds marta")));
    }

    @Test
    void aBrokenRuleGets422AndAgentsGet403() throws Exception {
        mvc.perform(patch(API + "/cells/2030-01-08/0/1").with(user("carla").roles("COORDINATOR")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"person\": \"marta\", \"version\": " + version() + "}"))
            .andExpect(status().isUnprocessableEntity())
            .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("busy then (formació)")))
            .andExpect(jsonPath("$.confirmable").value(true));

        String agent = tokens.create("reader", Role.AGENT, "admin");
        mvc.perform(patch(API + "/cells/2030-01-07/0/1").header("Authorization", "Bearer " + agent)
                .contentType(MediaType.APPLICATION_JSON).content("{\"person\": \"marta\", \"version\": " + version() + "}"))
            .andExpect(status().isForbidden());
        assertThat(timetables.changes(WEEK)).isEmpty();
    }

    @Test
    void swapAndUndo() throws Exception {
        mvc.perform(post(API + "/swap").with(user("carla").roles("COORDINATOR")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                    {"a": {"day": "2030-01-07", "turn": 0, "line": 0}, "b": {"day": "2030-01-07", "turn": 1, "line": 0},
                     "version": %d}""".formatted(version())))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.timetable['2030-01-07'][0][0]").value("pau"))
            .andExpect(jsonPath("$.timetable['2030-01-07'][1][0]").value("anna"));

        long id = timetables.changes(WEEK).get(0).id();
        mvc.perform(post(API + "/changes/" + id + "/undo").with(user("carla").roles("COORDINATOR")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + version() + "}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.changes[0].kind").value("UNDO"));
    }

    @Test
    void onlyAdminsManageTokens() throws Exception {
        mvc.perform(get("/admin/tokens").with(user("carla").roles("COORDINATOR"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/tokens").with(user("admin").roles("ADMIN")).with(csrf())
                .param("name", "sync").param("role", "COORDINATOR"))
            .andExpect(status().is3xxRedirection());
        assertThat(tokens.all()).singleElement().satisfies(t -> assertThat(t.name()).isEqualTo("sync"));
        assertThat(jdbc.sql("SELECT token_hash FROM api_token").query(String.class).single()).hasSize(64);
    }

    @Autowired TimetableEditor editor;

    @Test
    void aLineAddedOrRemovedNamesItsLineAndTheCellsItTook() throws Exception {
        editor.edit(new TimetableEditor.Edit(WEEK, DayOfWeek.MONDAY, 0, 1, "marta", null, version(), false), "carla");
        editor.removeLine(WEEK, version(), true, "carla");
        mvc.perform(get(API).with(user("pau").roles("AGENT")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.lines").value(1))
            .andExpect(jsonPath("$.changes[1].kind").value("DROP_LINE"))
            .andExpect(jsonPath("$.changes[1].day").doesNotExist())
            .andExpect(jsonPath("$.changes[1].line").value(1))
            .andExpect(jsonPath("$.changes[0].kind").value("DROP_LINE"))
            .andExpect(jsonPath("$.changes[0].day").value("2030-01-07"))
            .andExpect(jsonPath("$.changes[0].before").value("marta"))
            .andExpect(jsonPath("$.changes[0].pairedWith").value(org.hamcrest.Matchers.notNullValue()));
    }
}
