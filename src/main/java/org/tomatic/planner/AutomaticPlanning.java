package org.tomatic.planner;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tomatic.system.TeamTime;

/**
 * The weekly automatic run (tomatic.planner.auto.*): plans the week {@code weeks-ahead} weeks on,
 * publishes it when every cell is filled, and otherwise tells the coordinators which cells stayed
 * empty and who was busy then (a {@link PlanningIncomplete} event; notifications deliver it).
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "tomatic.planner.auto.enabled", havingValue = "true")
class AutomaticPlanning {

    private static final Logger log = LoggerFactory.getLogger(AutomaticPlanning.class);

    private final PlanningRuns runs;
    private final ApplicationEventPublisher events;
    private final TeamTime teamTime;
    private final RunWords words;
    private final Locale teamLocale;
    private final int weeksAhead;
    private final Duration timeLimit;

    AutomaticPlanning(PlanningRuns runs, ApplicationEventPublisher events, TeamTime teamTime, RunWords words,
                      @Value("${tomatic.notifications.language:ca}") String teamLanguage,
                      @Value("${tomatic.planner.auto.weeks-ahead:2}") int weeksAhead,
                      @Value("${tomatic.planner.auto.time-limit:60s}") Duration timeLimit) {
        this.runs = runs;
        this.events = events;
        this.teamTime = teamTime;
        this.words = words;
        this.teamLocale = "ca".equalsIgnoreCase(teamLanguage.strip()) ? Locale.forLanguageTag("ca") : Locale.ENGLISH;
        this.weeksAhead = weeksAhead;
        this.timeLimit = timeLimit;
    }

    @Scheduled(cron = "${tomatic.planner.auto.cron:0 0 22 * * SUN}", zone = "${tomatic.planner.auto.zone:Europe/Madrid}")
    // One instance plans the week; held a few minutes so an instance whose clock lags does not plan it again.
    @SchedulerLock(name = "planner-weekly", lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
    void weekly() {
        LocalDate week = teamTime.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .plusWeeks(weeksAhead);
        planAndPublish(week);
    }

    /** Returns the run; publishes it only when it filled every cell. */
    PlanningRun planAndPublish(LocalDate week) {
        PlanningRun run = runs.runNow(week, null, timeLimit, "automatic weekly run", "tomatic", p -> { });
        if (run.hasTimetable() && run.filled() != null && run.filled().equals(run.cells())) {
            try {
                int changed = runs.publish(run.id(), "tomatic");
                log.info("Automatic run {} published week {} ({} cells changed)", run.id(), week, changed);
            } catch (org.tomatic.system.ConflictException e) {
                log.warn("Automatic run {} for week {} not published: {}", run.id(), week, e.getMessage());
            }
        } else {
            List<String> diagnosis = new ArrayList<>();
            if (run.state() == PlanningRun.State.FAILED) {
                diagnosis.add(run.log());
            } else {
                RunResult result = runs.result(run.id());
                if (result != null) {
                    // The team reads it: in the team's language, with weekdays, turn times and names.
                    diagnosis.addAll(words.of(run, result, teamLocale).holes());
                }
            }
            log.warn("Automatic run {} for week {} not published: {}", run.id(), week, diagnosis);
            events.publishEvent(new PlanningIncomplete(week, run.id(), diagnosis));
        }
        return run;
    }
}
