package org.tomatic.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.IntegrationTest;
import org.tomatic.availability.AvailabilityRepository;
import org.tomatic.availability.DayOff;
import org.tomatic.availability.DayOffKind;
import org.tomatic.stats.CallStatistics;
import org.tomatic.stats.StatsProperties;
import org.tomatic.system.TurnGridRepository;
import org.tomatic.timetable.Timetable;
import org.tomatic.timetable.TimetableRepository;

/** Staffing from queue calls in the database, with a fixed clock: Wednesday 2 December 2026, 11:00 in Madrid. */
class StaffingTests extends IntegrationTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneId.of("UTC"));
    static final LocalDate WEEK = LocalDate.of(2026, 12, 7);

    @Autowired CallStatistics statistics;
    @Autowired AvailabilityRepository availability;
    @Autowired TimetableRepository timetables;
    @Autowired TurnGridRepository grids;
    @Autowired StaffingProperties properties;
    @Autowired StatsProperties stats;

    Staffing staffing;

    @BeforeEach
    void eightWeeksOfCalls() {
        staffing = new Staffing(statistics, availability, timetables, grids, properties, stats, CLOCK);
        history(jdbc, availability);
    }

    /**
     * 05 Oct … 29 Nov 2026: every Monday 09:00–10:15 forty callers (a third wait 30 s, one in ten gives up after
     * 50 s), every Friday 12:45–14:00 five; a holiday Monday whose calls do not count; a call of the current week.
     */
    static void history(org.springframework.jdbc.core.simple.JdbcClient jdbc, AvailabilityRepository availability) {
        int[] sequence = {0};
        java.util.function.Consumer<Object[]> call = a -> {
            LocalDateTime at = (LocalDateTime) a[0];
            int wait = (Integer) a[2];
            Integer talk = (Integer) a[3];
            jdbc.sql("""
                    INSERT INTO queue_call (call_ref, queue_name, joined_at, answered_at, ended_at, outcome, wait_seconds,
                      talk_seconds) VALUES (:ref, 'support', :at, :answered, :ended, :outcome, :wait, :talk)""")
                .param("ref", "h" + sequence[0]++).param("at", at)
                .param("answered", talk == null ? null : at.plusSeconds(wait))
                .param("ended", at.plusSeconds(wait + (talk == null ? 0 : talk))).param("outcome", a[1])
                .param("wait", wait).param("talk", talk).update();
        };
        for (LocalDate monday = LocalDate.of(2026, 10, 5); monday.isBefore(LocalDate.of(2026, 11, 30));
             monday = monday.plusWeeks(1)) {
            for (int i = 0; i < 40; i++) {
                LocalDateTime at = monday.atTime(9, 0).plusSeconds(i * 110L);
                if (i % 10 == 9) {
                    call.accept(new Object[] {at, "ABANDONED", 50, null});
                } else {
                    call.accept(new Object[] {at, "ANSWERED", i % 3 == 0 ? 30 : 0, 170});
                }
            }
            for (int i = 0; i < 5; i++) {
                call.accept(new Object[] {monday.plusDays(4).atTime(12, 50).plusMinutes(i * 10L), "ANSWERED", 0, 200});
            }
        }
        call.accept(new Object[] {LocalDate.of(2026, 11, 30).atTime(9, 30), "ANSWERED", 0, 100});
        availability.putDayOff(DayOffKind.HOLIDAY, new DayOff(LocalDate.of(2026, 11, 2), "Tots Sants"));
    }

    /** Monday's first turn 2 people, every other turn 1, Thursday a holiday. */
    static void timetable(TimetableRepository timetables) {
        List<Timetable.Cell> cells = new ArrayList<>();
        List<DayOfWeek> days = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY);
        for (DayOfWeek d : days) {
            for (int t = 0; t < 4; t++) {
                boolean holiday = d == DayOfWeek.THURSDAY;
                cells.add(new Timetable.Cell(d, t, 0, holiday ? null : "anna", holiday));
                cells.add(new Timetable.Cell(d, t, 1, holiday || t > 0 || d != DayOfWeek.MONDAY ? null : "pau", holiday));
            }
        }
        timetables.replace(new Timetable(WEEK, days, List.of("09:00", "10:15", "11:30", "12:45", "14:00"),
            List.of("L1", "L2"), cells, Timetable.State.PUBLISHED, null, List.of(), List.of(), Map.of(),
            Timetable.PeopleSnapshot.EMPTY), CLOCK.instant());
    }

    @Test
    void demandAndLinesNeededFromTheLastEightWeeks() {
        StaffingReport r = staffing.report(8, new Target(0.8, 20, 0.05), null);
        assertThat(r.from()).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(r.to()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(r.turns()).hasSize(20);
        assertThat(r.calls()).isEqualTo(7 * 40 + 8 * 5);
        assertThat(r.weeksWithCalls()).isEqualTo(8);
        assertThat(r.timetable()).isFalse();
        assertThat(r.overall()).isNull();

        TurnStaffing monday = r.turns().get(0);
        assertThat(monday.demand().calls()).isEqualTo(280);
        assertThat(monday.demand().callsPerHour()).isCloseTo(40 / 1.25, within(1e-9));
        assertThat(monday.demand().handleSeconds()).isCloseTo(170, within(1e-9));
        // waited: 12 callers of 30 s and 4 of 50 s each Monday, 4 gave up
        assertThat(monday.demand().patienceSeconds()).isCloseTo((12 * 30 + 4 * 50) / 4.0, within(1e-9));
        assertThat(monday.linesNeeded()).isEqualTo(StaffingModel.linesNeeded(monday.demand(), r.target(), 0, 1))
            .isBetween(2, 6);
        assertThat(monday.linesScheduled()).isNull();
        assertThat(monday.predicted()).isNull();
        assertThat(monday.lowData()).isFalse();

        TurnStaffing friday = r.turns().get(4 * 4 + 3);
        assertThat(friday.demand().weekday()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(friday.demand().calls()).isEqualTo(40);
        assertThat(friday.linesNeeded()).isLessThan(monday.linesNeeded());
        // Tuesday: no calls at all, the minimum
        assertThat(r.turns().get(4).linesNeeded()).isEqualTo(1);
        assertThat(r.turns().get(4).lowData()).isTrue();

        assertThat(staffing.linesNeeded(3).get(DayOfWeek.MONDAY).get(0)).isEqualTo(Math.min(3, monday.linesNeeded()));
    }

    @Test
    void aWeeksTimetableGetsItsPredictedService() {
        timetable(timetables);
        Target target = new Target(0.8, 20, 0.05);
        StaffingReport r = staffing.report(8, target, WEEK);
        assertThat(r.timetable()).isTrue();

        TurnStaffing monday = r.turns().get(0);
        assertThat(monday.linesScheduled()).isEqualTo(2);
        ErlangA.Prediction expected = ErlangA.predict(32 / 3600.0, 1 / 170.0, 1 / 140.0, 2, 20);
        assertThat(monday.predicted()).isEqualTo(expected);
        assertThat(monday.belowTarget()).isEqualTo(monday.linesNeeded() > 2);

        TurnStaffing thursday = r.turns().get(3 * 4);
        assertThat(thursday.holiday()).isTrue();
        assertThat(thursday.linesScheduled()).isZero();
        assertThat(thursday.predicted()).isNull();

        TurnStaffing friday = r.turns().get(4 * 4 + 3);
        assertThat(friday.linesScheduled()).isEqualTo(1);
        assertThat(friday.predicted().serviceLevel()).isGreaterThan(0.5);

        // the week: each turn's service level weighted by its expected callers (Monday's 40, Friday's 5)
        double mondayCalls = 40;
        double fridayCalls = 5;
        assertThat(r.overall().expectedCalls()).isCloseTo(mondayCalls + fridayCalls, within(1e-9));
        assertThat(r.overall().serviceLevel()).isCloseTo((mondayCalls * expected.serviceLevel()
            + fridayCalls * friday.predicted().serviceLevel()) / (mondayCalls + fridayCalls), within(1e-9));

        StaffingReport none = staffing.report(8, target, WEEK.plusWeeks(1));
        assertThat(none.timetable()).isFalse();
        assertThat(none.turns().get(0).linesScheduled()).isNull();
    }

    @Test
    void aShortHistorySaysSo() {
        jdbc.sql("DELETE FROM queue_call WHERE joined_at < :d").param("d", LocalDate.of(2026, 11, 16).atStartOfDay())
            .update();
        StaffingReport r = staffing.report(8, new Target(0.8, 20, 0.05), null);
        assertThat(r.weeksWithCalls()).isEqualTo(2);
        assertThat(r.littleData()).isTrue();
        assertThat(r.turns().get(0).lowData()).isFalse();
        assertThat(staffing.report(2, new Target(0.8, 20, 0.05), null).littleData()).isFalse();
    }

    @Test
    void onlyMondays() {
        assertThatThrownBy(() -> staffing.report(8, new Target(0.8, 20, 0.05), WEEK.plusDays(1)))
            .hasMessageContaining("2026-12-08 is not a Monday");
        assertThatThrownBy(() -> staffing.report(0, new Target(0.8, 20, 0.05), null))
            .hasMessageContaining("weeks");
    }
}
