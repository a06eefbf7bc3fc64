package org.tomatic.pbx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.tomatic.pbx.simulated.SimulatedPbx;
import org.tomatic.pbx.simulated.VirtualTime;

/**
 * The simulated PBX's callers follow a rate that changes with the turn (calls-per-hour=from-history), in virtual
 * time with a seeded random: none out of hours, a busy turn clearly more than a quiet one, each near its rate.
 */
class SimulatedArrivalsTests {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);

    /** Weekdays 09:00–11:00 twelve callers an hour, 11:00–14:00 three, none otherwise; counts its readings. */
    static final class TwoTurns implements CallerArrivals {
        int readings;

        @Override
        public Rate at(Instant at) {
            readings++;
            ZonedDateTime local = at.atZone(MADRID);
            LocalTime t = local.toLocalTime();
            boolean weekday = local.getDayOfWeek().getValue() <= 5;
            for (LocalTime b : List.of(LocalTime.of(9, 0), LocalTime.of(11, 0), LocalTime.of(14, 0))) {
                if (b.isAfter(t)) {
                    Instant next = local.toLocalDate().atTime(b).atZone(MADRID).toInstant();
                    double rate = !weekday || b.equals(LocalTime.of(9, 0)) ? 0 : b.equals(LocalTime.of(11, 0)) ? 12 : 3;
                    return new Rate(rate, next);
                }
            }
            return new Rate(0, local.toLocalDate().plusDays(1).atStartOfDay(MADRID).toInstant());
        }
    }

    static PbxProperties.Simulated settings(CallRate rate) {
        return new PbxProperties.Simulated(rate, Duration.ZERO, Duration.ofSeconds(20), Duration.ofMinutes(3),
            Duration.ofMinutes(2), List.of(), 0, true);
    }

    @Test
    void callersArriveAtEachTurnsRateAndNoneOutOfHours() {
        VirtualTime time = new VirtualTime(MONDAY.atStartOfDay(MADRID).toInstant());
        TwoTurns rates = new TwoTurns();
        SimulatedPbx pbx = new SimulatedPbx("support", settings(CallRate.HISTORY), time, new Random(11), time, rates);
        List<Instant> joined = new ArrayList<>();
        pbx.listen(e -> {
            if (e instanceof PbxEvent.CallerJoined j) {
                joined.add(j.caller().since());
            }
        });
        pbx.start();
        int weeks = 8;
        time.runUntil(MONDAY.plusWeeks(weeks).atStartOfDay(MADRID).toInstant());

        long busy = joined.stream().filter(at -> hour(at) >= 9 && hour(at) < 11).count();
        long quiet = joined.stream().filter(at -> hour(at) >= 11 && hour(at) < 14).count();
        assertThat(joined).as("nobody out of hours, nor at the weekend").allSatisfy(at -> {
            assertThat(hour(at)).isBetween(9, 13);
            assertThat(at.atZone(MADRID).getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        });
        double days = weeks * 5;
        // expected 2 h × 12 = 24 a day in the busy turn and 3 h × 3 = 9 in the quiet one (Poisson: ±3 σ)
        assertThat(busy / days).isBetween(24 - 3 * Math.sqrt(24 / days), 24 + 3 * Math.sqrt(24 / days));
        assertThat(quiet / days).isBetween(9 - 3 * Math.sqrt(9 / days), 9 + 3 * Math.sqrt(9 / days));
        assertThat(busy).isGreaterThan(2 * quiet);
        assertThat(rates.readings).as("the rate is read at its changes, not per caller")
            .isLessThan(joined.size() / 5).isLessThanOrEqualTo(weeks * 7 * 4 + 1);
        pbx.stop();
    }

    @Test
    void aFixedRateStaysAsItWasAndZeroBringsNobody() {
        VirtualTime time = new VirtualTime(MONDAY.atStartOfDay(MADRID).toInstant());
        List<PbxEvent> events = new ArrayList<>();
        SimulatedPbx fixed = new SimulatedPbx("support", settings(CallRate.perHourOf(40)), time, new Random(3), time,
            null);
        fixed.listen(events::add);
        fixed.start();
        time.runUntil(time.instant().plus(Duration.ofHours(100)));
        long callers = events.stream().filter(e -> e instanceof PbxEvent.CallerJoined).count();
        assertThat(callers).isBetween(4000L - 3 * 63, 4000L + 3 * 63);
        fixed.stop();

        VirtualTime later = new VirtualTime(MONDAY.atStartOfDay(MADRID).toInstant());
        List<PbxEvent> none = new ArrayList<>();
        SimulatedPbx zero = new SimulatedPbx("support", settings(CallRate.perHourOf(0)), later, new Random(3), later,
            new TwoTurns());
        zero.listen(none::add);
        zero.start();
        later.runUntil(later.instant().plus(Duration.ofDays(7)));
        assertThat(none).isEmpty();
    }

    @Test
    void theSettingTakesANumberOrFromHistory() {
        assertThat(bind("0").callsPerHour()).isEqualTo(CallRate.perHourOf(0));
        assertThat(bind("40").callsPerHour()).isEqualTo(CallRate.perHourOf(40));
        assertThat(bind("12.5").callsPerHour().perHour()).isEqualTo(12.5);
        assertThat(bind("from-history").callsPerHour()).isEqualTo(CallRate.HISTORY);
        assertThat(bind(null).callsPerHour()).as("the default").isEqualTo(CallRate.HISTORY);
        assertThat(bind("40").noAnswerRate()).isEqualTo(0.1);
        assertThat(bind("40").randomPatience()).isFalse();
        assertThat(CallRate.perHourOf(40)).hasToString("40");
        assertThat(CallRate.HISTORY).hasToString("from-history");
        assertThatThrownBy(() -> bind("forty")).hasRootCauseMessage(
            "calls per hour 'forty': a number of callers an hour (e.g. 40; 0 = none) or from-history");
        assertThatThrownBy(() -> bind("-1")).hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    private static PbxProperties.Simulated bind(String callsPerHour) {
        Map<String, String> values = new java.util.HashMap<>(Map.of("tomatic.pbx.queue", "support"));
        if (callsPerHour != null) {
            values.put("tomatic.pbx.simulated.calls-per-hour", callsPerHour);
        }
        return new Binder(new MapConfigurationPropertySource(values))
            .bindOrCreate("tomatic.pbx", PbxProperties.class).simulated();
    }

    private static int hour(Instant at) {
        return at.atZone(MADRID).getHour();
    }
}
