package org.tomatic.availability;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tomatic.TestPeople.person;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tomatic.auth.WebSecurityTestConfig;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.PersonService;
import org.tomatic.people.Role;
import org.tomatic.system.AuditLog;
import org.tomatic.system.TurnGrid;
import org.tomatic.system.TurnGridRepository;

/**
 * The availability pages with the real service and security rules, storage mocked: an agent gets
 * 403 on someone else's busy entries and nothing is stored; the owner and coordinators get through.
 */
@WebMvcTest(AvailabilityController.class)
@Import({WebSecurityTestConfig.class, AvailabilityService.class, AvailabilityControllerTests.FixedClock.class})
class AvailabilityControllerTests {

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.system(ZoneId.of("Europe/Madrid"));
        }
    }

    @Autowired MockMvc mvc;
    @MockitoBean AvailabilityRepository repository;
    @MockitoBean PersonRepository people;
    @MockitoBean PersonService personService;
    @MockitoBean TurnGridRepository grid;
    @MockitoBean AuditLog audit;
    @MockitoBean org.tomatic.auth.ApiTokens apiTokens;
    @MockitoBean
    org.tomatic.auth.LoginThrottle loginThrottle;

    @BeforeEach
    void team() {
        when(grid.get()).thenReturn(new TurnGrid(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY),
            List.of(LocalTime.of(9, 0), LocalTime.of(10, 0), LocalTime.of(11, 0)), 2, ZoneId.of("Europe/Madrid"), 2, 0,
            2, 0));
        when(people.exists(any())).thenReturn(true);
        when(personService.get("anna")).thenReturn(person("anna", Role.AGENT));
        when(repository.busy(7L)).thenReturn(Optional.of(new BusyEntry(7L, "anna", null, null, "10", true, "escola", 0)));
    }

    @Test
    void anAgentCannotAddABusyEntryForSomeoneElse() throws Exception {
        mvc.perform(post("/people/anna/busy").with(user("pau").roles("AGENT")).with(csrf())
                .param("when", "MONDAY").param("turns", "0").param("reason", "x"))
            .andExpect(status().isForbidden());
        verify(repository, never()).insertBusy(any());
    }

    @Test
    void anAgentCannotChangeOrDeleteSomeoneElsesEntry() throws Exception {
        mvc.perform(post("/busy/7").with(user("pau").roles("AGENT")).with(csrf())
                .param("when", "every").param("turns", "1").param("reason", "x"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/busy/7/delete").with(user("pau").roles("AGENT")).with(csrf()))
            .andExpect(status().isForbidden());
        mvc.perform(post("/busy/7/delete").header("HX-Request", "true").with(user("pau").roles("AGENT")).with(csrf()))
            .andExpect(status().isForbidden());
        verify(repository, never()).updateBusy(any());
        verify(repository, never()).deleteBusy(anyLong());
    }

    @Test
    void theOwnerAndCoordinatorsGetThrough() throws Exception {
        mvc.perform(post("/people/anna/busy").with(user("anna").roles("AGENT")).with(csrf())
                .param("when", "TUESDAY").param("turns", "1").param("reason", "metge"))
            .andExpect(status().is3xxRedirection());
        verify(repository).insertBusy(eq(new BusyEntry(null, "anna", DayOfWeek.TUESDAY, null, "01", true, "metge", 0)));

        mvc.perform(post("/busy/7/delete").header("HX-Request", "true").with(user("carla").roles("COORDINATOR"))
                .with(csrf()))
            .andExpect(status().isOk());
        verify(repository).deleteBusy(7L);
    }

    @Test
    void aWeekendDayIsRefusedForAWeekdaysOnlyGrid() throws Exception {
        mvc.perform(post("/people/anna/busy").with(user("anna").roles("AGENT")).with(csrf())
                .param("when", "SATURDAY").param("turns", "0").param("reason", "x"))
            .andExpect(status().isBadRequest());
        verify(repository, never()).insertBusy(any());
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/people/anna/availability")).andExpect(status().is3xxRedirection());
    }
}
