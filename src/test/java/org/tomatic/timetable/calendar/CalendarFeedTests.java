package org.tomatic.timetable.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.IntegrationTest;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;
import org.tomatic.timetable.Timetable;
import org.tomatic.timetable.TimetableRepository;

/** The feeds parsed back with ical4j: blocks, local times across a daylight-saving change, UIDs, alarms, tokens. */
class CalendarFeedTests extends IntegrationTest {

    @Autowired CalendarFeed feed;
    @Autowired CalendarTokens tokens;
    @Autowired TimetableRepository timetables;
    @Autowired PersonRepository people;

    @BeforeEach
    void team() {
        people.insert(new Person("anna", "Anna", null, null, null, "aabbcc", null, List.of(), 4, null, true, Role.AGENT, 0));
        people.insert(new Person("pau", "Pau", null, null, null, "aabbcc", null, List.of(), 4, null, true, Role.AGENT, 0));
    }

    private void week(LocalDate monday) {
        // Monday: anna in turns 0 and 1 (one block), pau in turn 3.
        List<Timetable.Cell> cells = List.of(new Timetable.Cell(DayOfWeek.MONDAY, 0, 0, "anna", false),
            new Timetable.Cell(DayOfWeek.MONDAY, 1, 0, "anna", false),
            new Timetable.Cell(DayOfWeek.MONDAY, 2, 0, null, false),
            new Timetable.Cell(DayOfWeek.MONDAY, 3, 0, "pau", false));
        timetables.replace(new Timetable(monday, List.of(DayOfWeek.MONDAY),
            List.of("09:00", "10:15", "11:30", "12:45", "14:00"), List.of("L1"), cells, Timetable.State.PUBLISHED,
            null, List.of(), List.of(), Map.of(), Timetable.PeopleSnapshot.EMPTY), java.time.Instant.now());
    }

    private static List<VEvent> events(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        return calendar.getComponents("VEVENT");
    }

    private static Instant start(VEvent e) {
        return ZonedDateTime.from(e.getStartDate().orElseThrow().getDate()).toInstant();
    }

    @Test
    void localTimesStayRightAcrossTheDaylightSavingChange() throws Exception {
        week(LocalDate.of(2026, 10, 19));   // summer time in Madrid (UTC+2)
        week(LocalDate.of(2026, 10, 26));   // winter time (UTC+1) since Sunday 25 October

        List<VEvent> anna = events(feed.feed("anna", LocalDate.of(2026, 10, 28)));

        assertThat(anna).hasSize(2);
        assertThat(anna).extracting(CalendarFeedTests::start).containsExactlyInAnyOrder(
            Instant.parse("2026-10-19T07:00:00Z"), Instant.parse("2026-10-26T08:00:00Z"));
        VEvent first = anna.stream().filter(e -> start(e).equals(Instant.parse("2026-10-19T07:00:00Z"))).findFirst()
            .orElseThrow();
        assertThat(ZonedDateTime.from(first.getEndDate().orElseThrow().getDate()).toInstant())
            .isEqualTo(Instant.parse("2026-10-19T09:30:00Z"));   // one block: 09:00 – 11:30
        assertThat(first.getUid().orElseThrow().getValue()).isEqualTo("tomatic-anna-2026-10-19-0@tomatic");
        List<VAlarm> alarms = first.getAlarms();
        assertThat(alarms).singleElement().satisfies(a ->
            assertThat(a.getTrigger().orElseThrow().getValue()).isEqualTo("-PT15M"));
        assertThat(feed.feed("anna", LocalDate.of(2026, 10, 28))).contains("BEGIN:VTIMEZONE").contains("TZID:Europe/Madrid");
    }

    @Test
    void theTeamFeedHasEveryonesTurns() throws Exception {
        week(LocalDate.of(2026, 10, 26));
        assertThat(events(feed.feed(null, LocalDate.of(2026, 10, 28)))).extracting(e -> e.getSummary().getValue())
            .containsExactlyInAnyOrder("Phone: Anna", "Phone: Pau");
    }

    @Test
    void feedsNeedAValidTokenButNoLogin() throws Exception {
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(1);
        week(monday);
        String token = tokens.tokenOf("anna");

        mvc.perform(get("/calendar/" + token + ".ics"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("text/calendar"))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("SUMMARY:Phone: Anna")));
        mvc.perform(get("/calendar/not-a-token.ics")).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/team/" + token + ".ics")).andExpect(status().isNotFound());

        mvc.perform(post("/calendar/renew").with(user("anna").roles("AGENT")).with(csrf()))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get("/calendar/" + token + ".ics")).andExpect(status().isNotFound());
        assertThat(tokens.tokenOf("anna")).isNotEqualTo(token);
    }

    @Test
    void thePageGivesTheAddressesAndOnlyCoordinatorsTheTeamOne() throws Exception {
        mvc.perform(get("/calendar").with(user("anna").roles("AGENT")))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("/calendar/" + tokens.tokenOf("anna") + ".ics")))
            .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("team-url"))));
        mvc.perform(get("/calendar").with(user("anna").roles("COORDINATOR")))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("/calendar/team/")));
        mvc.perform(post("/calendar/team/renew").with(user("anna").roles("AGENT")).with(csrf()))
            .andExpect(status().isForbidden());
    }
}
