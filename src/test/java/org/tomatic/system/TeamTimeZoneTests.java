package org.tomatic.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.tomatic.IntegrationTest;
import org.tomatic.MutableClock;
import org.tomatic.auth.ApiTokens;
import org.tomatic.calls.CallLog;
import org.tomatic.calls.PhoneCall;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;
import org.tomatic.timetable.Change;
import org.tomatic.timetable.Timetable;
import org.tomatic.timetable.TimetableRepository;

/**
 * Every time a person sees is the team's (the turn grid's zone, Europe/Madrid here), whatever zone
 * the JVM runs in: the build runs this class with the JVM on UTC and again on America/New_York.
 * The application's clock is in UTC too, as on a server.
 */
@Import(TeamTimeZoneTests.UtcClock.class)
class TeamTimeZoneTests extends IntegrationTest {

    @TestConfiguration
    static class UtcClock {
        @Bean
        @Primary
        MutableClock utcClock() {
            return new MutableClock(Instant.parse("2026-12-09T23:30:00Z"), ZoneOffset.UTC);
        }
    }

    /** 23:06 UTC on a December day: 00:06 the next day in Madrid (UTC+1). */
    static final Instant DECEMBER_CALL = Instant.parse("2026-12-09T23:06:00Z");
    /** 23:06 UTC on a July day: 01:06 the next day in Madrid (UTC+2). */
    static final Instant JULY_CALL = Instant.parse("2026-07-15T23:06:00Z");

    @Autowired MutableClock clock;
    @Autowired Clock applicationClock;
    @Autowired PersonRepository people;
    @Autowired CallLog calls;
    @Autowired TimetableRepository timetables;
    @Autowired AuditLog audit;
    @Autowired ApiTokens tokens;
    @Autowired TeamTime teamTime;

    @BeforeEach
    void anna() {
        clock.set(Instant.parse("2026-12-09T23:30:00Z"));
        jdbc.sql("DELETE FROM phone_call").update();
        people.insert(new Person("anna", "Anna", null, "201", null, "ffe082", null, List.of(), 3, null, true,
            Role.AGENT, 0));
    }

    @Test
    void theApplicationRunsOnTheClockUnderTestAndTheTeamIsInMadrid() {
        assertThat(applicationClock).isSameAs(clock);
        assertThat(teamTime.zone().getId()).isEqualTo("Europe/Madrid");
        assertThat(teamTime.today()).isEqualTo(LocalDate.of(2026, 12, 10));
    }

    @Test
    void aCallLateInTheUtcEveningIsListedEarlyTheNextDayAndCountsAsToday() throws Exception {
        call(DECEMBER_CALL);

        String page = page("/calls", user("anna").roles("AGENT"));

        assertThat(page).contains("class=\"call-time\">00:06<").doesNotContain(">23:06<");
        assertThat(page).contains(">Today<");
    }

    @Test
    void theCallsReportAndItsCsvPutTheCallOnTheTeamsDay() throws Exception {
        call(DECEMBER_CALL);
        call(JULY_CALL);

        assertThat(csv("2026-12-10")).contains("2026-12-10,00:06:00,anna").doesNotContain("23:06");
        assertThat(csv("2026-12-09")).doesNotContain("anna");
        assertThat(csv("2026-07-16")).contains("2026-07-16,01:06:00,anna");
        assertThat(csv("2026-07-15")).doesNotContain("anna");

        // The report's default period ends on the team's today (10 December), not the UTC 9th.
        String report = page("/calls/report", user("carla").roles("COORDINATOR", "AGENT"));
        assertThat(report).contains("name=\"to\" value=\"2026-12-10\"");
    }

    @Test
    void theChangeLogAuditTrailAndTokensShowTheTeamsTime() throws Exception {
        LocalDate monday = LocalDate.of(2026, 12, 14);
        timetables.replace(new Timetable(monday, List.of(DayOfWeek.MONDAY), List.of("09:00", "10:15"),
            List.of("L1"), List.of(new Timetable.Cell(DayOfWeek.MONDAY, 0, 0, "anna", false)),
            Timetable.State.PUBLISHED, null, List.of(), List.of(), Map.of(), Timetable.PeopleSnapshot.EMPTY),
            clock.instant());
        timetables.addChange(monday, Change.wholeWeek(clock.instant(), "admin", Change.Kind.IMPORT, "zone test"));
        audit.record("admin", "person", "anna", "update", "zone test");
        tokens.create("zone-test", Role.AGENT, "admin");

        var coordinator = user("carla").roles("COORDINATOR", "AGENT");
        var admin = user("admin").roles("ADMIN", "COORDINATOR", "AGENT");
        assertThat(page("/timetable?week=2026-12-14", coordinator)).contains(">10/12 00:30<").doesNotContain(">09/12 23:30<");
        assertThat(page("/admin/audit", admin)).contains(">2026-12-10 00:30:00<");
        assertThat(page("/admin/tokens", admin)).contains(">2026-12-10 00:30<");
        assertThat(page("/api/timetables/2026-12-14", admin)).contains("\"at\":\"2026-12-10T00:30+01:00\"");
    }

    @Test
    void theDatabaseHoldsUtcWhateverTheJvmZone() {
        call(DECEMBER_CALL);
        var stored = jdbc.sql("SELECT received_at FROM phone_call").query(java.time.LocalDateTime.class).single();
        assertThat(stored).isEqualTo(java.time.LocalDateTime.of(2026, 12, 9, 23, 6));
        assertThat(calls.ofPerson("anna", 1).get(0).receivedAt()).isEqualTo(DECEMBER_CALL);
    }

    private void call(Instant at) {
        calls.insert(new PhoneCall(null, at, "600112233", "anna", "201", null, null, PhoneCall.Source.EMULATED,
            true, null, null, null, null, List.of(), null, null, 0), "600112233");
    }

    private String page(String path, org.springframework.test.web.servlet.request.RequestPostProcessor who)
            throws Exception {
        return mvc.perform(get(URI.create(path)).with(who)).andReturn().getResponse().getContentAsString();
    }

    private String csv(String day) throws Exception {
        return page("/calls/report.csv?from=" + day + "&to=" + day, user("carla").roles("COORDINATOR", "AGENT"));
    }
}
