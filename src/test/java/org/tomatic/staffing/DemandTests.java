package org.tomatic.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tomatic.stats.QueueCall;
import org.tomatic.system.TurnGrid;

class DemandTests {

    static final TurnGrid GRID = new TurnGrid(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), List.of(LocalTime.of(9, 0), LocalTime.of(10, 15), LocalTime.of(11, 30),
        LocalTime.of(12, 45), LocalTime.of(14, 0)), 8, ZoneId.of("Europe/Madrid"), 2, 0, 2, 0);
    static final LocalDate FROM = LocalDate.of(2026, 10, 5);
    static final LocalDate TO = LocalDate.of(2026, 11, 29);
    static final LocalDate HOLIDAY = LocalDate.of(2026, 11, 2);

    static int sequence;

    static QueueCall answered(LocalDateTime at, int wait, int talk) {
        return new QueueCall("c" + sequence++, "600", at, at.plusSeconds(wait), at.plusSeconds(wait + talk), "anna",
            QueueCall.Outcome.ANSWERED, wait, talk, 0, false);
    }

    static QueueCall abandoned(LocalDateTime at, int wait) {
        return new QueueCall("c" + sequence++, "600", at, null, at.plusSeconds(wait), null, QueueCall.Outcome.ABANDONED,
            wait, null, 0, false);
    }

    /** Every Monday at 09:10 three answered (10 s wait, 120 s talk) and one who gives up after 30 s; Tuesdays at
     * 11:40 two answered at once after 60 s of talk; and calls that do not count. */
    static List<QueueCall> history() {
        List<QueueCall> calls = new ArrayList<>();
        for (LocalDate monday = FROM; monday.isBefore(TO); monday = monday.plusWeeks(1)) {
            LocalDateTime at = monday.atTime(9, 10);
            for (int i = 0; i < 3; i++) {
                calls.add(answered(at.plusMinutes(i), 10, 120));
            }
            calls.add(abandoned(at.plusMinutes(5), 30));
            LocalDateTime tuesday = monday.plusDays(1).atTime(11, 40);
            calls.add(answered(tuesday, 0, 60));
            calls.add(answered(tuesday.plusMinutes(1), 0, 60));
            // not counted: after the last turn, on a Saturday, flagged out of hours
            calls.add(answered(monday.atTime(14, 30), 0, 60));
            calls.add(answered(monday.plusDays(5).atTime(10, 0), 0, 60));
            calls.add(new QueueCall("c" + sequence++, "600", monday.atTime(9, 20), null, null, null,
                QueueCall.Outcome.LEFT, null, null, 0, true));
        }
        // before the history
        calls.add(answered(FROM.minusDays(7).atTime(9, 10), 0, 60));
        return calls;
    }

    @Test
    void perWeekdayAndTurnWithoutHolidaysOrOutOfHours() {
        Demand.Result r = Demand.of(history(), GRID, Set.of(HOLIDAY), FROM, TO, Duration.ofSeconds(15), 20);
        assertThat(r.turns()).hasSize(5 * 4);
        TurnDemand monday = r.turns().get(0);
        assertThat(monday.weekday()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(monday.start()).isEqualTo(LocalTime.of(9, 0));
        assertThat(monday.end()).isEqualTo(LocalTime.of(10, 15));
        assertThat(monday.days()).isEqualTo(7);
        assertThat(monday.calls()).isEqualTo(28);
        assertThat(monday.answered()).isEqualTo(21);
        assertThat(monday.abandoned()).isEqualTo(7);
        assertThat(monday.callsPerHour()).isCloseTo(28 / (7 * 1.25), within(1e-9));
        assertThat(monday.handleSeconds()).isCloseTo(120 + 15, within(1e-9));
        // all callers waited 7 × (3 × 10 + 30) s in all; 7 gave up
        assertThat(monday.patienceSeconds()).isCloseTo(60, within(1e-9));

        TurnDemand tuesday = r.turns().get(4 + 2);
        assertThat(tuesday.weekday()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(tuesday.days()).isEqualTo(8);
        assertThat(tuesday.calls()).isEqualTo(16);
        assertThat(tuesday.callsPerHour()).isCloseTo(16 / (8 * 1.25), within(1e-9));
        // 16 < 20 calls: the handle time and patience of the whole history
        assertThat(tuesday.handleSeconds()).isCloseTo((21 * 120 + 16 * 60) / 37.0 + 15, within(1e-9));
        assertThat(tuesday.patienceSeconds()).isCloseTo(60, within(1e-9));

        assertThat(r.turns().get(1).calls()).isZero();
        assertThat(r.turns().get(1).callsPerHour()).isZero();
        assertThat(r.calls()).isEqualTo(28 + 16);
        // the holiday's week had its Tuesday calls
        assertThat(r.weeksWithCalls()).isEqualTo(8);
    }

    @Test
    void withoutAbandonmentsThereIsNoPatience() {
        List<QueueCall> calls = history().stream().filter(c -> c.outcome() != QueueCall.Outcome.ABANDONED).toList();
        Demand.Result r = Demand.of(calls, GRID, Set.of(), FROM, TO, Duration.ZERO, 1);
        assertThat(r.turns().get(0).patienceSeconds()).isNull();
        assertThat(r.turns().get(0).handleSeconds()).isEqualTo(120.0);
        assertThat(r.turns().get(0).days()).isEqualTo(8);
    }

    @Test
    void aShortHistorySaysHowManyWeeksHadCalls() {
        Demand.Result r = Demand.of(history().subList(0, 16), GRID, Set.of(), FROM, TO, Duration.ZERO, 1);
        assertThat(r.weeksWithCalls()).isEqualTo(2);
    }

    @Test
    void aCallBelongsToTheTurnItJoinedIn() {
        assertThat(Demand.turnAt(GRID, LocalTime.of(9, 0))).isZero();
        assertThat(Demand.turnAt(GRID, LocalTime.of(10, 14, 59))).isZero();
        assertThat(Demand.turnAt(GRID, LocalTime.of(10, 15))).isEqualTo(1);
        assertThat(Demand.turnAt(GRID, LocalTime.of(13, 59))).isEqualTo(3);
        assertThat(Demand.turnAt(GRID, LocalTime.of(14, 0))).isEqualTo(-1);
        assertThat(Demand.turnAt(GRID, LocalTime.of(8, 59))).isEqualTo(-1);
    }
}
