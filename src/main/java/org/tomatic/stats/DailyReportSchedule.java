package org.tomatic.stats;

import java.time.Clock;
import java.time.LocalTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tomatic.pbx.switching.TurnStarted;
import org.tomatic.system.TurnGrid;
import org.tomatic.system.TurnGridRepository;

/**
 * Sends the day's report when the queue closes after the day's last turn. The closing is announced
 * once (the queue switcher stores the turn it applied), so the report goes out once a day.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "tomatic.report.daily.enabled", havingValue = "true", matchIfMissing = true)
class DailyReportSchedule {

    private static final Logger log = LoggerFactory.getLogger(DailyReportSchedule.class);

    private final DailyReport report;
    private final TurnGridRepository grids;
    private final Clock clock;

    DailyReportSchedule(DailyReport report, TurnGridRepository grids, Clock clock) {
        this.report = report;
        this.grids = grids;
        this.clock = clock;
    }

    @EventListener
    void queueClosed(TurnStarted event) {
        TurnGrid grid = grids.get();
        LocalTime closing = grid.boundaries().get(grid.boundaries().size() - 1);
        LocalTime now = clock.instant().atZone(grid.timeZone()).toLocalTime();
        boolean afterLastTurn = !event.slot().isOpen() && grid.weekdays().contains(event.slot().date().getDayOfWeek())
            && !now.isBefore(closing);
        if (afterLastTurn) {
            try {
                report.send(event.slot().date());
            } catch (RuntimeException e) {
                log.warn("Daily report for {} not sent: {}", event.slot().date(), e.getMessage());
            }
        }
    }
}
