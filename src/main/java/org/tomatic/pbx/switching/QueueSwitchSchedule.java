package org.tomatic.pbx.switching;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tomatic.pbx.PbxEvent;
import org.tomatic.pbx.PbxException;
import org.tomatic.timetable.Change;
import org.tomatic.timetable.TimetableChanged;

/**
 * Runs the queue switcher in the server: a check every few seconds (a database lock keeps it to one
 * instance), at start-up, and when the link to the PBX comes back (Asterisk forgets its dynamic
 * members when it restarts).
 */
@Component
@EnableScheduling
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "tomatic.pbx.switching.enabled", havingValue = "true", matchIfMissing = true)
class QueueSwitchSchedule {

    private static final Logger log = LoggerFactory.getLogger(QueueSwitchSchedule.class);

    private final QueueSwitcher switcher;

    QueueSwitchSchedule(QueueSwitcher switcher) {
        this.switcher = switcher;
    }

    @Scheduled(fixedDelayString = "${tomatic.pbx.switching.check-every:15s}", initialDelayString = "${tomatic.pbx.switching.check-every:15s}")
    @SchedulerLock(name = "queue-switch", lockAtMostFor = "PT2M")
    void check() {
        run(switcher::tick);
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        run(() -> switcher.resume("start-up"));
    }

    @EventListener
    void connection(PbxEvent.ConnectionChanged event) {
        if (event.up()) {
            run(() -> switcher.resume("PBX reconnected"));
        }
    }

    @EventListener
    void timetableChanged(TimetableChanged event) {
        Change c = event.change();
        if (c.day() == null) {
            return;   // a line added or removed: its cells come as changes of their own
        }
        run(() -> switcher.cellChanged(event.week(), c.day(), c.turn(), c.before(), c.after(), c.by()));
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (PbxException e) {
            log.warn("Could not set the queue: {}", e.getMessage());
        }
    }
}
