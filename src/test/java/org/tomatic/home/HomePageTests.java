package org.tomatic.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tomatic.TestPeople.person;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.IntegrationTest;
import org.tomatic.availability.AvailabilityRepository;
import org.tomatic.availability.BusyEntry;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;
import org.tomatic.system.TurnGridRepository;
import org.tomatic.timetable.Timetable;
import org.tomatic.timetable.TimetableRepository;

class HomePageTests extends IntegrationTest {

    @Autowired TimetableRepository timetables;
    @Autowired PersonRepository people;
    @Autowired AvailabilityRepository availability;
    @Autowired TurnGridRepository grid;
    @Autowired Clock clock;

    @Test
    void showsThisWeeksTimetableWithHolesAndHolidays() throws Exception {
        people.insert(person("anna", Role.AGENT));
        LocalDate monday = LocalDate.now(clock.withZone(grid.get().timeZone()))
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Timetable.Cell> cells = new ArrayList<>();
        cells.add(new Timetable.Cell(DayOfWeek.MONDAY, 0, 0, "anna", false));
        cells.add(new Timetable.Cell(DayOfWeek.MONDAY, 0, 1, null, false));
        cells.add(new Timetable.Cell(DayOfWeek.MONDAY, 0, 2, "oldie", false));
        cells.add(new Timetable.Cell(DayOfWeek.TUESDAY, 0, 0, null, true));
        timetables.replace(new Timetable(monday, List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY),
            List.of("09:00", "10:15"), List.of("L1", "L2", "L3"), cells, Timetable.State.PUBLISHED, null, List.of(),
            List.of(), Map.of(), Timetable.PeopleSnapshot.EMPTY), java.time.Instant.now());

        mvc.perform(get("/").with(user("anna").roles("AGENT")))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("id=\"week-at-a-glance\"")))
            .andExpect(content().string(Matchers.containsString(">Anna<")))
            .andExpect(content().string(Matchers.containsString(">oldie<")))
            .andExpect(content().string(Matchers.containsString("1 empty line<")))
            .andExpect(content().string(Matchers.containsString(">holiday<")));
    }

    @Test
    void showsMyUpcomingBusyEntriesButNotPastOnes() throws Exception {
        people.insert(person("anna", Role.AGENT));
        LocalDate today = LocalDate.now(clock.withZone(grid.get().timeZone()));
        availability.insertBusy(new BusyEntry(null, "anna", DayOfWeek.FRIDAY, null, "0011", false, "curs d'anglès", 0));
        availability.insertBusy(new BusyEntry(null, "anna", null, today.plusDays(3), "1000", true, "metge", 0));
        availability.insertBusy(new BusyEntry(null, "anna", null, today.minusDays(3), "1000", true, "dentista", 0));

        mvc.perform(get("/").with(user("anna").roles("AGENT")))
            .andExpect(content().string(Matchers.containsString("curs d&#39;anglès")))
            .andExpect(content().string(Matchers.containsString("metge")))
            .andExpect(content().string(Matchers.not(Matchers.containsString("dentista"))));
    }

    @Autowired org.tomatic.timetable.SwapRequests swaps;

    @Test
    void showsMyNextTurnsAndTheSwapRequestsWaitingForMe() throws Exception {
        people.insert(person("anna", Role.AGENT));
        people.insert(person("pau", Role.AGENT));
        LocalDate nextMonday = LocalDate.now(clock.withZone(grid.get().timeZone()))
            .with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        timetables.replace(new Timetable(nextMonday, List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY),
            List.of("09:00", "10:15", "11:30"), List.of("L1"),
            List.of(new Timetable.Cell(DayOfWeek.MONDAY, 0, 0, "anna", false),
                new Timetable.Cell(DayOfWeek.TUESDAY, 1, 0, "pau", false),
                new Timetable.Cell(DayOfWeek.MONDAY, 1, 0, null, false),
                new Timetable.Cell(DayOfWeek.TUESDAY, 0, 0, null, false)),
            Timetable.State.PUBLISHED, null, List.of(), List.of(), Map.of(), Timetable.PeopleSnapshot.EMPTY),
            java.time.Instant.now());
        swaps.request(nextMonday, "TUESDAY/1/0", "MONDAY/0/0", "dentist", "pau");

        String page = mvc.perform(get("/").with(user("anna").roles("AGENT"))).andReturn().getResponse()
            .getContentAsString();

        assertThat(page).contains("Monday " + nextMonday.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM"))
            + " 09:00–10:15 (L1)");
        assertThat(page).contains("id=\"pending-swaps\"").contains("yours to answer");
        // Pau asked; it is not his to answer, and an agent sees only her own.
        assertThat(mvc.perform(get("/").with(user("pau").roles("AGENT"))).andReturn().getResponse()
            .getContentAsString()).doesNotContain("id=\"pending-swaps\"");
        assertThat(mvc.perform(get("/").with(user("carla").roles("COORDINATOR", "AGENT"))).andReturn().getResponse()
            .getContentAsString()).contains("id=\"pending-swaps\"").doesNotContain("yours to answer");
    }

    @Test
    void showsWhoIsInTheQueueNowPausedOrNotAndTheCallsWaiting() throws Exception {
        people.insert(new org.tomatic.people.Person("anna", "Anna Vives", null, "201", null, "aabbcc", null, List.of(),
            null, null, true, Role.AGENT, 0));
        pbx.setMembers(List.of(new org.tomatic.pbx.Member("PJSIP/201", "Anna Vives", null),
            new org.tomatic.pbx.Member("PJSIP/202", "ext 202", null)));
        pbx.pause("PJSIP/202", "meal");
        queue.reload();

        String text = queueCard(mvc.perform(get("/").with(user("anna").roles("AGENT"))).andReturn().getResponse()
            .getContentAsString());
        assertThat(text).contains("No calls waiting").contains("In the queue now:")
            .contains("Anna Vives available").contains("ext 202 paused: meal").doesNotContain("will appear here");

        // With everyone paused, a caller waits.
        pbx.pause("PJSIP/201", null);
        ((org.tomatic.pbx.simulated.SimulatedPbx) pbx).simulateCall("600112233");
        queue.reload();
        String catalan = queueCard(mvc.perform(get("/").with(user("anna").roles("AGENT"))
            .locale(java.util.Locale.forLanguageTag("ca"))).andReturn().getResponse().getContentAsString());
        assertThat(catalan).contains("Una trucada en espera").contains("A la cua ara:").contains("Anna Vives en pausa");
    }

    private static String queueCard(String page) {
        int from = page.indexOf("id=\"home-waiting\"");
        return page.substring(from, page.indexOf("href=\"/queue\"", from)).replaceAll("<[^>]*>", " ")
            .replaceAll("\\s+", " ");
    }

    @Autowired org.tomatic.pbx.LiveQueue queue;
}
