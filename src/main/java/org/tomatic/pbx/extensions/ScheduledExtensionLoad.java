package org.tomatic.pbx.extensions;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The weekly {@code load} at {@code tomatic.pbx.extensions.load-cron}, a quiet time because changing an
 * endpoint can cut a call. Only in the web application (CLI commands are short-lived), and only on one
 * instance at a time (ShedLock). New extensions' passwords are not logged: they are in {@code ps_auths}.
 */
@Component
@EnableScheduling
@ConditionalOnWebApplication
@Conditional(ScheduledExtensionLoad.CronSet.class)
class ScheduledExtensionLoad {

    static final String CRON = "tomatic.pbx.extensions.load-cron";
    static final String ACTOR = "scheduler";

    private static final Logger log = LoggerFactory.getLogger(ScheduledExtensionLoad.class);

    private final ExtensionSync sync;

    ScheduledExtensionLoad(ExtensionSync sync) {
        this.sync = sync;
    }

    @Scheduled(cron = "${" + CRON + "}", zone = "${tomatic.pbx.extensions.load-zone:Europe/Madrid}")
    @SchedulerLock(name = "pbx-extensions-load", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void weekly() {
        try {
            ExtensionReport report = sync.load(ACTOR);
            if (report.changedAnything()) {
                log.info("Extensions loaded into the {}:\n  {}", sync.describe(), String.join("\n  ", report.lines()));
            }
        } catch (ExtensionException e) {
            log.warn("Weekly extensions load failed: {}", e.getMessage());
        }
    }

    /** {@code load-cron} set and not blank: empty means off. */
    static class CronSet implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty(CRON));
        }
    }
}
