package org.tomatic.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.IntegrationTest;
import org.tomatic.availability.AvailabilityRepository;
import org.tomatic.availability.DayOff;
import org.tomatic.availability.DayOffKind;
import org.tomatic.pbx.CallerArrivals;
import org.tomatic.stats.CallStatistics;
import org.tomatic.stats.StatsProperties;
import org.tomatic.system.TurnGridRepository;
import org.tomatic.timetable.TimetableRepository;

/**
 * The simulated PBX's callers from the history (calls-per-hour=from-history): the rate of the current weekday ×
 * turn in the team's zone, by the history of StaffingTests (Mondays 09:00–10:15 thirty-two callers an hour,
 * Fridays 12:45–14:00 four), seen on Wednesday 2 December 2026.
 */
class HistoryArrivalsTests extends IntegrationTest {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @Autowired CallStatistics statistics;
    @Autowired AvailabilityRepository availability;
    @Autowired TimetableRepository timetables;
    @Autowired TurnGridRepository grids;
    @Autowired StaffingProperties properties;
    @Autowired StatsProperties stats;

    HistoryArrivals arrivals;

    @BeforeEach
    void aHistory() {
        arrivals = new HistoryArrivals(new Staffing(statistics, availability, timetables, grids, properties, stats,
            StaffingTests.CLOCK), grids, properties);
    }

    static Instant at(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(MADRID).toInstant();
    }

    @Test
    void eachTurnsRateUntilItsEndAndNoneOutOfHoursOrOnHolidays() {
        StaffingTests.history(jdbc, availability);
        availability.putDayOff(DayOffKind.HOLIDAY, new DayOff(LocalDate.of(2026, 12, 8), "la Immaculada"));

        CallerArrivals.Rate monday = arrivals.at(at("2026-12-07T09:30"));
        assertThat(monday.perHour()).isCloseTo(32, within(1e-9));
        assertThat(monday.until()).as("a quarter of an hour ahead at most").isEqualTo(at("2026-12-07T09:45"));
        assertThat(arrivals.at(at("2026-12-07T10:00")).until()).as("the turn's end").isEqualTo(at("2026-12-07T10:15"));
        assertThat(arrivals.at(at("2026-12-07T10:20")).perHour()).as("Monday's second turn had no calls").isZero();
        CallerArrivals.Rate friday = arrivals.at(at("2026-12-04T13:00"));
        assertThat(friday.perHour()).isCloseTo(4, within(1e-9));
        assertThat(friday.until()).isEqualTo(at("2026-12-04T13:15"));

        CallerArrivals.Rate evening = arrivals.at(at("2026-12-07T20:00"));
        assertThat(evening.perHour()).isZero();
        assertThat(evening.until()).isEqualTo(at("2026-12-07T20:15"));
        CallerArrivals.Rate early = arrivals.at(at("2026-12-09T08:50"));
        assertThat(early.perHour()).isZero();
        assertThat(early.until()).isEqualTo(at("2026-12-09T09:00"));
        assertThat(arrivals.at(at("2026-12-05T09:30")).perHour()).as("Saturday").isZero();
        assertThat(arrivals.at(at("2026-12-08T09:30")).perHour()).as("a holiday").isZero();
    }

    @Test
    void withoutHistoryNobodyArrivesAndTheLogSaysSoOnce() {
        Logger logger = (Logger) LoggerFactory.getLogger(HistoryArrivals.class);
        ListAppender<ILoggingEvent> said = new ListAppender<>();
        said.start();
        Level level = logger.getLevel();
        logger.setLevel(Level.INFO);
        logger.addAppender(said);
        try {
            assertThat(arrivals.at(at("2026-12-07T09:30")).perHour()).isZero();
            assertThat(arrivals.at(at("2026-12-07T10:30")).perHour()).isZero();
            assertThat(arrivals.at(at("2026-12-07T11:40")).perHour()).isZero();
        } finally {
            logger.detachAppender(said);
            logger.setLevel(level);
        }
        assertThat(said.list).singleElement().satisfies(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.INFO);
            assertThat(e.getFormattedMessage()).contains("from-history", "there are none in the last 8 weeks");
        });
    }
}
