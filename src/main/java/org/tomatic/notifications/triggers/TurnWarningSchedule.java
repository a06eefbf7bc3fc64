package org.tomatic.notifications.triggers;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Checks at the start of every minute, in the server, on one instance at a time (ShedLock). */
@Component
@EnableScheduling
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "tomatic.notifications.turn-warning.enabled", havingValue = "true", matchIfMissing = true)
class TurnWarningSchedule {

    private static final Logger log = LoggerFactory.getLogger(TurnWarningSchedule.class);

    private final TurnWarning warning;

    TurnWarningSchedule(TurnWarning warning) {
        this.warning = warning;
    }

    @Scheduled(cron = "0 * * * * *")
    @SchedulerLock(name = "notifications-turn-warning", lockAtMostFor = "PT50S", lockAtLeastFor = "PT5S")
    void check() {
        try {
            warning.check().ifPresent(b -> log.info("Turn warning queued for {}", b));
        } catch (RuntimeException e) {
            log.warn("Turn warning check failed: {}", e.toString());
        }
    }
}
