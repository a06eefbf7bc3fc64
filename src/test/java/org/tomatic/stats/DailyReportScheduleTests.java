package org.tomatic.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.IntegrationTest;
import org.tomatic.MutableClock;
import org.tomatic.notifications.NotificationPeers;
import org.tomatic.pbx.QueueChange;
import org.tomatic.pbx.switching.TurnSlot;
import org.tomatic.pbx.switching.TurnStarted;
import org.tomatic.system.TurnGridRepository;

/** The daily report leaves when the queue closes after the last turn, not at the night's day change. */
class DailyReportScheduleTests extends IntegrationTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @Autowired DailyReport report;
    @Autowired TurnGridRepository grids;

    @Test
    void sentAtClosingOnly() throws Exception {
        MutableClock clock = new MutableClock(MONDAY.atTime(LocalTime.of(0, 0, 5)).atZone(MADRID).toInstant(), MADRID);
        DailyReportSchedule schedule = new DailyReportSchedule(report, grids, clock);
        TurnStarted closed = new TurnStarted(TurnSlot.closed(MONDAY), List.of(), new QueueChange(List.of(), List.of(), List.of()));

        schedule.queueClosed(closed);
        Thread.sleep(1500);
        assertThat(NotificationPeers.WEBHOOKS.received(NotificationPeers.SLACK)).as("midnight: still closed, no report").isEmpty();

        schedule.queueClosed(new TurnStarted(new TurnSlot(MONDAY, 0, LocalTime.of(9, 0), LocalTime.of(10, 15)), List.of("anna"),
            new QueueChange(List.of(), List.of(), List.of())));
        clock.set(MONDAY.atTime(LocalTime.of(14, 0, 3)).atZone(MADRID).toInstant());
        schedule.queueClosed(closed);
        var posted = NotificationPeers.WEBHOOKS.await(NotificationPeers.SLACK, 1, Duration.ofSeconds(10));
        assertThat(posted).singleElement().satisfies(p -> assertThat(p.body()).contains("Queue figures for 2026-11-30"));
    }
}
