package org.tomatic.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tomatic.TestPeople.person;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.IntegrationTest;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;

/** Who may change whose availability, through the real web stack and database. */
class AvailabilityAccessTests extends IntegrationTest {

    @Autowired
    PersonRepository people;

    @Autowired
    AvailabilityRepository availability;

    @BeforeEach
    void team() {
        people.insert(person("anna", Role.AGENT));
        people.insert(person("pau", Role.AGENT));
        people.insert(person("carla", Role.COORDINATOR));
    }

    @Test
    void anAgentAddsTheirOwnBusyEntry() throws Exception {
        mvc.perform(post("/people/pau/busy").with(user("pau").roles("AGENT")).with(csrf())
                .param("when", "TUESDAY").param("turns", "0", "1").param("reason", "metge"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/people/pau/availability"));

        assertThat(availability.busyOf("pau")).singleElement().satisfies(b -> {
            assertThat(b.turns()).isEqualTo("1100");
            assertThat(b.required()).isTrue();
            assertThat(b.reason()).isEqualTo("metge");
        });
    }

    @Test
    void anAgentCannotAddToSomeoneElse() throws Exception {
        mvc.perform(post("/people/anna/busy").with(user("pau").roles("AGENT")).with(csrf())
                .param("when", "every").param("turns", "0").param("reason", "sabotage"))
            .andExpect(status().isForbidden());

        assertThat(availability.busyOf("anna")).isEmpty();
    }

    @Test
    void anAgentCannotEditOrDeleteSomeoneElsesEntry() throws Exception {
        long id = availability.insertBusy(new BusyEntry(null, "anna", null, null, "1000", true, "escola", 0));

        mvc.perform(post("/busy/" + id).with(user("pau").roles("AGENT")).with(csrf())
                .param("when", "every").param("turns", "0", "1", "2", "3").param("reason", "changed"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/busy/" + id + "/delete").with(user("pau").roles("AGENT")).with(csrf()))
            .andExpect(status().isForbidden());

        assertThat(availability.busy(id)).get().extracting(BusyEntry::reason, BusyEntry::turns)
            .containsExactly("escola", "1000");
    }

    @Test
    void aCoordinatorEditsAnyonesEntries() throws Exception {
        long id = availability.insertBusy(new BusyEntry(null, "anna", null, null, "1000", true, "escola", 0));

        mvc.perform(post("/busy/" + id).with(user("carla").roles("COORDINATOR")).with(csrf())
                .param("when", "FRIDAY").param("turns", "3").param("optional", "true").param("reason", "curs")
                .param("version", "0"))
            .andExpect(status().is3xxRedirection());

        BusyEntry after = availability.busy(id).orElseThrow();
        assertThat(after.weekday()).hasToString("FRIDAY");
        assertThat(after.turns()).isEqualTo("0001");
        assertThat(after.required()).isFalse();
    }

    @Test
    void aRejectedEntryShowsWhyAndStoresNothing() throws Exception {
        mvc.perform(post("/people/pau/busy").with(user("pau").roles("AGENT")).with(csrf())
                .param("when", "every").param("reason", " "))
            .andExpect(status().isBadRequest()) // the form again, with its errors
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Tick at least one turn")))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("A reason is required")));

        assertThat(availability.busyOf("pau")).isEmpty();
    }

    @Test
    void aStaleEditGetsAConflictMessage() throws Exception {
        long id = availability.insertBusy(new BusyEntry(null, "pau", null, null, "1000", true, "escola", 0));
        availability.updateBusy(new BusyEntry(id, "pau", null, null, "1100", true, "escola i metge", 0));

        mvc.perform(post("/busy/" + id).with(user("pau").roles("AGENT")).with(csrf())
                .param("when", "every").param("turns", "3").param("reason", "stale").param("version", "0"))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("changed or deleted by someone else")));

        assertThat(availability.busy(id)).get().extracting(BusyEntry::reason).isEqualTo("escola i metge");
    }

    @Test
    void onlyCoordinatorsAddLeavesAndOnlyAdminsHolidays() throws Exception {
        mvc.perform(post("/people/pau/leaves").with(user("pau").roles("AGENT")).with(csrf())
                .param("kind", "VACATION").param("start", "2026-12-01").param("end", "2026-12-05"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/holidays").with(user("carla").roles("COORDINATOR")).with(csrf())
                .param("kind", "HOLIDAY").param("date", "2026-12-08").param("name", "Immaculada"))
            .andExpect(status().isForbidden());
        assertThat(availability.leavesOf("pau")).isEmpty();
        assertThat(availability.holidays()).isEmpty();

        mvc.perform(post("/people/pau/leaves").with(user("carla").roles("COORDINATOR")).with(csrf())
                .param("kind", "VACATION").param("start", "2026-12-01").param("end", "2026-12-05"))
            .andExpect(status().is3xxRedirection());
        assertThat(availability.leavesOf("pau")).singleElement().extracting(Leave::kind).isEqualTo(LeaveKind.VACATION);
    }

    @Test
    void thePageListsOneOffAndWeeklyEntriesApart() throws Exception {
        availability.insertBusy(new BusyEntry(null, "anna", null, null, "1000", true, "escola", 0));

        String page = mvc.perform(get("/people/anna/availability").with(user("pau").roles("AGENT")))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String oneOff = page.substring(page.indexOf("id=\"busy-oneoff\""), page.indexOf("id=\"busy-weekly\""));
        String weekly = page.substring(page.indexOf("id=\"busy-weekly\""));
        assertThat(oneOff).contains("None.").doesNotContain("escola");
        assertThat(weekly).contains("escola").contains("every day");
        assertThat(page).doesNotContain("id=\"busy-form\"");
    }

    @Test
    void pagesNeedALogin() throws Exception {
        mvc.perform(get("/people/pau/availability")).andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/people")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/login")).andExpect(status().isOk());
    }
}
