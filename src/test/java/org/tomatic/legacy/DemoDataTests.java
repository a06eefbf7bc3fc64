package org.tomatic.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.IntegrationTest;
import org.tomatic.availability.AvailabilityRepository;
import org.tomatic.availability.DayOff;
import org.tomatic.pbx.CallerArrivals;
import org.tomatic.staffing.Staffing;
import org.tomatic.staffing.StaffingReport;
import org.tomatic.staffing.TurnStaffing;
import org.tomatic.stats.CallStatistics;
import org.tomatic.stats.QueueCall;
import org.tomatic.system.TeamTime;
import org.tomatic.system.TurnGridRepository;
import org.tomatic.timetable.TimetableRepository;

/** The demo team a new user finds on first start. */
class DemoDataTests extends IntegrationTest {

    @Autowired DemoData demo;
    @Autowired TimetableRepository timetables;
    @Autowired Clock clock;
    @Autowired Staffing staffing;
    @Autowired CallStatistics statistics;
    @Autowired AvailabilityRepository availability;
    @Autowired TurnGridRepository grids;
    @Autowired TeamTime teamTime;
    @Autowired CallerArrivals fromHistory;

    private int count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
    }

    @Test
    void aRealisticTeamWithThisAndNextWeeksTimetablesAndTwoDemoAccounts() throws Exception {
        demo.load();

        assertThat(count("person")).isBetween(30, 35);
        assertThat(count("busy_entry")).isGreaterThan(100);
        assertThat(count("holiday")).isPositive();
        assertThat(count("person_leave")).isPositive();
        assertThat(count("forced_turn")).isPositive();
        assertThat(count("customer")).as("the embedded directory's demo customers").isGreaterThan(200);
        assertThat(count("call_category")).as("categories to typify calls with").isEqualTo(8);
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        assertThat(timetables.find(monday)).isPresent();
        assertThat(timetables.find(monday.plusWeeks(1))).isPresent();
        mvc.perform(formLogin().user("coordina").password(DemoData.DEMO_PASSWORD))
            .andExpect(authenticated().withRoles("COORDINATOR"));
        mvc.perform(formLogin().user("agenta").password(DemoData.DEMO_PASSWORD))
            .andExpect(authenticated().withRoles("AGENT"));
    }

    @Test
    void eightWeeksOfRecordedCallsMakeTheStaffingPageAlive() throws Exception {
        demo.load();

        StaffingReport report = staffing.report(null);
        assertThat(report.weeksWithCalls()).isEqualTo(8);
        assertThat(report.turns()).hasSize(20);
        List<TurnStaffing> monday = day(report, DayOfWeek.MONDAY);
        List<TurnStaffing> friday = day(report, DayOfWeek.FRIDAY);
        assertThat(monday.get(0).demand().start()).isEqualTo(LocalTime.of(9, 0));
        assertThat(monday).allSatisfy(t -> {
            assertThat(t.lowData()).isFalse();
            assertThat(t.demand().callsPerHour()).isBetween(4.0, 14.0);
            assertThat(t.demand().handleSeconds()).isBetween(150.0, 210.0);
            assertThat(t.linesNeeded()).isBetween(2, 4);
        });
        assertThat(report.turns()).allSatisfy(t -> assertThat(t.demand().callsPerHour()).isBetween(3.0, 14.0));
        assertThat(rate(monday)).as("Monday is busier than Friday").isGreaterThan(1.4 * rate(friday));
        assertThat(friday.get(3).demand().callsPerHour()).as("Friday afternoon is the quietest")
            .isLessThan(monday.get(1).demand().callsPerHour() / 2);
        String page = mvc.perform(get("/staffing").with(user("coordina").roles("COORDINATOR")).locale(Locale.ENGLISH))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).as("no little-data warning").doesNotContain("id=\"staffing-little-data\"");

        LocalDate today = teamTime.today();
        LocalDate from = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(8);
        List<QueueCall> calls = statistics.calls(from.minusWeeks(1), today);
        Set<String> people = Set.copyOf(jdbc.sql("SELECT id FROM person").query(String.class).list());
        Set<LocalDate> closed = availability.holidays().stream().map(DayOff::date).collect(Collectors.toSet());
        assertThat(calls).isNotEmpty().allSatisfy(c -> {
            assertThat(c.joinedAt().toLocalDate()).isBetween(from, today.minusDays(1)).isNotIn(closed);
            assertThat(c.joinedAt().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(c.joinedAt().toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(14, 0));
            if (c.outcome() == QueueCall.Outcome.ANSWERED) {
                assertThat(c.personId()).isIn(people);
                assertThat(c.talkSeconds()).isNotNull();
            } else {
                assertThat(c.outcome()).isEqualTo(QueueCall.Outcome.ABANDONED);
                assertThat(c.waitSeconds()).isNotNull();
            }
        });
        long abandoned = calls.stream().filter(c -> c.outcome() == QueueCall.Outcome.ABANDONED).count();
        assertThat((double) abandoned / calls.size()).as("some abandon").isBetween(0.005, 0.08);

        // the simulated PBX's callers from the history: next Monday's busiest turn against Friday afternoon's
        LocalDate nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        java.time.ZoneId zone = grids.get().timeZone();
        double mondayRate = fromHistory.at(nextMonday.atTime(10, 30).atZone(zone).toInstant()).perHour();
        assertThat(mondayRate).isCloseTo(monday.get(1).demand().callsPerHour(), within(1e-9));
        assertThat(fromHistory.at(nextMonday.plusDays(4).atTime(13, 30).atZone(zone).toInstant()).perHour())
            .isLessThan(mondayRate / 2);
        assertThat(fromHistory.at(nextMonday.atTime(16, 0).atZone(zone).toInstant()).perHour()).isZero();
    }

    private static List<TurnStaffing> day(StaffingReport report, DayOfWeek day) {
        return report.turns().stream().filter(t -> t.demand().weekday() == day).toList();
    }

    private static double rate(List<TurnStaffing> turns) {
        return turns.stream().mapToDouble(t -> t.demand().callsPerHour()).sum();
    }
}
