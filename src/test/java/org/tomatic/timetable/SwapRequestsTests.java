package org.tomatic.timetable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

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

/** Anna asks Pau to swap; only Pau answers; the hard rules are checked when he accepts. */
@RecordApplicationEvents
class SwapRequestsTests extends IntegrationTest {

    static final LocalDate WEEK = LocalDate.of(2030, 1, 7);
    static final String BASE = "/timetable/2030-01-07/swap-requests";

    @Autowired TimetableRepository timetables;
    @Autowired PersonRepository people;
    @Autowired AvailabilityRepository availability;
    @Autowired SwapRequests requests;
    @Autowired ApplicationEvents events;

    @BeforeEach
    void aWeek() {
        for (String id : List.of("anna", "pau")) {
            people.insert(new Person(id, id, null, null, null, "aabbcc", null, List.of(), 4, null, true, Role.AGENT, 0));
        }
        timetables.replace(new Timetable(WEEK, List.of(DayOfWeek.MONDAY), List.of("09:00", "10:15", "11:30"),
            List.of("L1"), List.of(new Timetable.Cell(DayOfWeek.MONDAY, 0, 0, "anna", false),
                new Timetable.Cell(DayOfWeek.MONDAY, 1, 0, "pau", false)), Timetable.State.PUBLISHED, null,
            List.of(), List.of(), Map.of(), Timetable.PeopleSnapshot.EMPTY), java.time.Instant.now());
    }

    private String cell(int turn) {
        return timetables.find(WEEK).orElseThrow().cells().stream().filter(c -> c.turn() == turn).findFirst()
            .orElseThrow().personId();
    }

    @Test
    void askedAcceptedAndLogged() throws Exception {
        mvc.perform(post(BASE).with(user("anna").roles("AGENT")).with(csrf())
                .param("mine", "MONDAY/0/0").param("theirs", "MONDAY/1/0").param("reason", "dentist"))
            .andExpect(flash().attribute("flashText", Matchers.containsString("pau has to accept it")));
        long id = requests.ofWeek(WEEK).get(0).id();

        mvc.perform(post(BASE + "/" + id).with(user("anna").roles("AGENT")).with(csrf()).param("accept", "true"))
            .andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/" + id).with(user("pau").roles("AGENT")).with(csrf()).param("accept", "true"))
            .andExpect(flash().attribute("flashText", "Swap done."));

        assertThat(cell(0)).isEqualTo("pau");
        assertThat(cell(1)).isEqualTo("anna");
        assertThat(timetables.changes(WEEK)).hasSize(2).allSatisfy(c -> assertThat(c.reason()).contains("dentist"));
        assertThat(events.stream(SwapRequests.SwapRequestEvent.class)).hasSize(2);
    }

    @Test
    void aSwapTheRulesForbidFailsAndChangesNothing() {
        availability.insertBusy(new BusyEntry(null, "pau", DayOfWeek.MONDAY, null, "100", true, "metge", 0));
        var request = requests.request(WEEK, "MONDAY/0/0", "MONDAY/1/0", null, "anna");

        var decided = requests.decide(request.id(), true, "pau");

        assertThat(decided.state()).isEqualTo(SwapRequests.State.FAILED);
        assertThat(decided.outcome()).contains("busy then (metge)");
        assertThat(cell(0)).isEqualTo("anna");
    }

    @Test
    void onlyOwnTurnsCanBeOfferedAndDecliningChangesNothing() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
            requests.request(WEEK, "MONDAY/1/0", "MONDAY/0/0", null, "anna")))
            .isInstanceOf(EditRejected.class).hasMessage("You can only offer a turn of your own.");

        var request = requests.request(WEEK, "MONDAY/0/0", "MONDAY/1/0", null, "anna");
        assertThat(requests.decide(request.id(), false, "pau").state()).isEqualTo(SwapRequests.State.DECLINED);
        assertThat(cell(0)).isEqualTo("anna");
    }

    /** What Tomatic writes from someone's text (the swap's reason, a refusal quoting a busy reason) fits its column. */
    @Test
    void textsMadeFromLongReasonsAreShortenedToFit() {
        var request = requests.request(WEEK, "MONDAY/0/0", "MONDAY/1/0", "r".repeat(500), "anna");

        assertThat(requests.decide(request.id(), true, "pau").state()).isEqualTo(SwapRequests.State.ACCEPTED);
        assertThat(timetables.changes(WEEK)).hasSize(2).allSatisfy(c -> assertThat(c.reason())
            .hasSize(Change.MAX_REASON).startsWith("swap agreed by anna and pau: rrr").endsWith("…"));

        availability.insertBusy(new BusyEntry(null, "anna", DayOfWeek.MONDAY, null, "100", true, "b".repeat(500), 0));
        var back = requests.request(WEEK, "MONDAY/0/0", "MONDAY/1/0", null, "pau");
        var failed = requests.decide(back.id(), true, "anna");

        assertThat(failed.state()).isEqualTo(SwapRequests.State.FAILED);
        assertThat(failed.outcome()).hasSize(SwapRequests.MAX_OUTCOME).contains("is busy then (bbb").endsWith("…");
    }
}
