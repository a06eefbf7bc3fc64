package org.tomatic.timetable;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tomatic.auth.ApiTokens;
import org.tomatic.auth.WebSecurityTestConfig;
import org.tomatic.people.PersonRepository;
import org.tomatic.system.AuditLog;
import org.tomatic.system.ConflictException;
import org.tomatic.system.TurnGrid;
import org.tomatic.system.TurnGridRepository;

/** The week page's endpoints alone, with the real security rules: roles and the conflict message. */
@WebMvcTest(WeekController.class)
@Import({WebSecurityTestConfig.class, ChangeWords.class, PenaltyWords.class})
class WeekControllerTests {

    static final String WEEK = "/timetable/2030-01-07";

    @Autowired MockMvc mvc;
    @MockitoBean TimetableRepository timetables;
    @MockitoBean TimetableEditor editor;
    @MockitoBean CandidateRanking candidates;
    @MockitoBean PersonRepository people;
    @MockitoBean TurnGridRepository grid;
    @MockitoBean Clock clock;
    @MockitoBean WeekEvents events;
    @MockitoBean SwapRequests swapRequests;
    @MockitoBean AuditLog audit;
    @MockitoBean ApiTokens apiTokens;
    @MockitoBean
    org.tomatic.auth.LoginThrottle loginThrottle;

    @BeforeEach
    void setUp() {
        when(grid.get()).thenReturn(new TurnGrid(List.of(DayOfWeek.MONDAY), List.of(LocalTime.of(9, 0),
            LocalTime.of(10, 0)), 1, ZoneId.of("Europe/Madrid"), 2, 0, 2, 0));
        when(timetables.find(any())).thenReturn(Optional.empty());
    }

    @Test
    void agentsCannotUseTheEditor() throws Exception {
        mvc.perform(get(WEEK + "/cells/MONDAY/0/0").with(user("pau").roles("AGENT"))).andExpect(status().isForbidden());
        mvc.perform(post(WEEK + "/cells/MONDAY/0/0").with(user("pau").roles("AGENT")).with(csrf())
            .param("person", "pau").param("version", "1")).andExpect(status().isForbidden());
        mvc.perform(post(WEEK + "/swap").with(user("pau").roles("AGENT")).with(csrf())
            .param("a", "MONDAY/0/0").param("b", "MONDAY/1/0").param("version", "1")).andExpect(status().isForbidden());
        mvc.perform(post(WEEK + "/changes/4/undo").with(user("pau").roles("AGENT")).with(csrf())
            .param("version", "1")).andExpect(status().isForbidden());
        mvc.perform(post(WEEK + "/restore").with(user("pau").roles("AGENT")).with(csrf())
            .param("version", "1")).andExpect(status().isForbidden());
        verify(editor, never()).edit(any(), any());
        verify(editor, never()).swap(any(), any(), any(), any(), anyInt(), anyBoolean(), any());
        verify(editor, never()).undo(any(), anyLong(), anyInt(), any());
        verify(editor, never()).restore(any(), anyInt(), any());
    }

    @Test
    void aConflictIsShownNotSwallowed() throws Exception {
        when(editor.edit(any(), any())).thenThrow(new ConflictException("Someone else changed this week meanwhile"));
        mvc.perform(post(WEEK + "/cells/MONDAY/0/0").with(user("carla").roles("COORDINATOR")).with(csrf())
                .param("person", "pau").param("version", "1"))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("flashErrorText", "Someone else changed this week meanwhile"));
    }

    @Test
    void aConfirmableRuleAsksForTheConfirmation() throws Exception {
        when(editor.edit(any(), any())).thenThrow(new EditRejected("Pau is busy then (metge). Confirm…", true));
        mvc.perform(post(WEEK + "/cells/MONDAY/0/0").with(user("carla").roles("COORDINATOR")).with(csrf())
                .param("person", "pau").param("version", "1"))
            .andExpect(flash().attribute("flashErrorText", org.hamcrest.Matchers.containsString("busy then")));
    }

    @Test
    void everyoneSeesTheWeek() throws Exception {
        mvc.perform(get("/timetable").param("week", "2030-01-07").with(user("pau").roles("AGENT")))
            .andExpect(status().isOk());
        mvc.perform(get("/timetable")).andExpect(status().is3xxRedirection());
    }
}
