package org.tomatic.timetable;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tomatic.auth.ApiTokens;
import org.tomatic.auth.WebSecurityTestConfig;
import org.tomatic.people.PersonRepository;
import org.tomatic.system.AuditLog;
import org.tomatic.system.ConflictException;

/** The API controller alone, with the real security rules: every endpoint, the roles, 409 and 422. */
@WebMvcTest(TimetableApiController.class)
@Import(WebSecurityTestConfig.class)
class TimetableApiControllerTests {

    static final LocalDate WEEK = LocalDate.of(2030, 1, 7);
    static final String API = "/api/timetables/2030-01-07";

    @Autowired MockMvc mvc;
    @MockitoBean TimetableRepository timetables;
    @MockitoBean TimetableEditor editor;
    @MockitoBean PersonRepository people;
    @MockitoBean AuditLog audit;
    @MockitoBean ApiTokens apiTokens;
    @MockitoBean
    org.tomatic.auth.LoginThrottle loginThrottle;
    @MockitoBean org.tomatic.system.TeamTime teamTime;

    @BeforeEach
    void aWeek() {
        when(timetables.find(WEEK)).thenReturn(Optional.of(new Timetable(WEEK, List.of(DayOfWeek.MONDAY),
            List.of("09:00", "10:15"), List.of("L1"), List.of(new Timetable.Cell(DayOfWeek.MONDAY, 0, 0, "anna", false)),
            Timetable.State.PUBLISHED, null, List.of(), List.of(), Map.of(), Timetable.PeopleSnapshot.EMPTY)));
        when(timetables.version(WEEK)).thenReturn(Optional.of(3));
        when(editor.changes(WEEK)).thenReturn(List.of());
        when(teamTime.zone()).thenReturn(java.time.ZoneId.of("Europe/Madrid"));
    }

    @Test
    void get_readsTheWeek() throws Exception {
        mvc.perform(get(API).with(user("pau").roles("AGENT")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.timetable['2030-01-07'][0][0]").value("anna"))
            .andExpect(jsonPath("$.version").value(3));
        mvc.perform(get(API)).andExpect(status().isUnauthorized());
    }

    @Test
    void patch_needsACoordinator() throws Exception {
        mvc.perform(patch(API + "/cells/2030-01-07/0/0").with(user("pau").roles("AGENT")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"person\": \"pau\", \"version\": 3}"))
            .andExpect(status().isForbidden());
        verify(editor, never()).edit(any(), any());

        mvc.perform(patch(API + "/cells/2030-01-07/0/0").with(user("carla").roles("COORDINATOR")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"person\": \"pau\", \"version\": 3}"))
            .andExpect(status().isOk());
        verify(editor).edit(eq(new TimetableEditor.Edit(WEEK, DayOfWeek.MONDAY, 0, 0, "pau", null, 3, false)),
            eq("carla"));
    }

    @Test
    void patch_conflictAndBrokenRule() throws Exception {
        when(editor.edit(any(), any())).thenThrow(new ConflictException("the cell now holds marta"));
        mvc.perform(patch(API + "/cells/2030-01-07/0/0").with(user("carla").roles("COORDINATOR")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"person\": \"pau\", \"version\": 2}"))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.error").value("the cell now holds marta"));

        mvc.perform(patch(API + "/cells/2030-01-07/0/0").with(user("carla").roles("COORDINATOR")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"person\": \"pau\"}"))
            .andExpect(status().isUnprocessableEntity())
            .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("version")));
        mvc.perform(patch(API + "/cells/2030-02-01/0/0").with(user("carla").roles("COORDINATOR")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"person\": \"pau\", \"version\": 3}"))
            .andExpect(status().isUnprocessableEntity());
    }

    @Test
    void swapAndUndo_needACoordinator() throws Exception {
        String swap = "{\"a\": {\"day\": \"2030-01-07\", \"turn\": 0, \"line\": 0},"
            + " \"b\": {\"day\": \"2030-01-07\", \"turn\": 1, \"line\": 0}, \"version\": 3}";
        mvc.perform(post(API + "/swap").with(user("pau").roles("AGENT")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(swap))
            .andExpect(status().isForbidden());
        mvc.perform(post(API + "/swap").with(user("carla").roles("COORDINATOR")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(swap))
            .andExpect(status().isOk());
        verify(editor).swap(eq(WEEK), eq(new TimetableEditor.CellRef(DayOfWeek.MONDAY, 0, 0)),
            eq(new TimetableEditor.CellRef(DayOfWeek.MONDAY, 1, 0)), any(), eq(3), eq(false), eq("carla"));

        when(editor.undo(eq(WEEK), eq(9L), anyInt(), any())).thenThrow(new EditRejected("That change was already undone.", false));
        mvc.perform(post(API + "/changes/9/undo").with(user("carla").roles("COORDINATOR")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 3}"))
            .andExpect(status().isUnprocessableEntity());
        mvc.perform(post(API + "/changes/9/undo").with(user("pau").roles("AGENT")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\": 3}"))
            .andExpect(status().isForbidden());
    }
}
