package org.tomatic.notifications.triggers;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tomatic.notifications.MessageTemplates;
import org.tomatic.notifications.Notification;
import org.tomatic.notifications.NotificationProperties;
import org.tomatic.notifications.Notifier;
import org.tomatic.notifications.Template;
import org.tomatic.pbx.AgentAbsent;
import org.tomatic.planner.PlanningIncomplete;
import org.tomatic.system.TurnGridRepository;
import org.tomatic.timetable.TimetablePublished;

/**
 * Team messages on events: someone scheduled not answering for too long, a timetable published, an
 * automatic planning run that could not fill the week. A failure here is logged, never passed on to
 * the action that fired the event.
 */
@Component
class TeamAlerts {

    private static final Logger log = LoggerFactory.getLogger(TeamAlerts.class);

    private final Notifier notifier;
    private final MessageTemplates templates;
    private final NotificationProperties properties;
    private final Texts texts;
    private final TurnGridRepository grid;
    private final Clock clock;

    TeamAlerts(Notifier notifier, MessageTemplates templates, NotificationProperties properties, Texts texts,
               TurnGridRepository grid, Clock clock) {
        this.notifier = notifier;
        this.templates = templates;
        this.properties = properties;
        this.texts = texts;
        this.grid = grid;
        this.clock = clock;
    }

    @EventListener
    void absent(AgentAbsent e) {
        safely("agent-absent", () -> {
            Locale locale = properties.teamLocale();
            ZoneId zone = grid.get().timeZone();
            String what = e.kind() == null ? "" : e.kind() == org.tomatic.pbx.Adherence.Kind.PAUSED
                && (e.pauseReason() == null || e.pauseReason().isBlank())
                ? texts.message("notify.absent.PAUSED.noReason", locale)
                : texts.message("notify.absent." + e.kind().name(), locale, e.pauseReason());
            long minutes = e.since() == null ? 0 : Math.max(0, Duration.between(e.since(), clock.instant()).toMinutes());
            String since = e.since() == null ? "" : Texts.TIME.format(e.since().atZone(zone));
            String name = e.name() == null || e.name().isBlank() ? e.personId() : e.name();
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("personId", e.personId());
            fields.put("name", name);
            fields.put("kind", e.kind() == null ? null : e.kind().name());
            fields.put("pauseReason", e.pauseReason());
            fields.put("since", e.since() == null ? null : e.since().toString());
            fields.put("minutes", minutes);
            send(Template.AGENT_ABSENT, locale, fields, name, what, since, String.valueOf(minutes));
        });
    }

    @EventListener
    void published(TimetablePublished e) {
        safely("timetable-published", () -> {
            Locale locale = properties.teamLocale();
            String link = properties.link("/timetable?week=" + e.week());
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("week", e.week().toString());
            fields.put("runId", e.runId());
            fields.put("publishedBy", e.publishedBy());
            fields.put("changedCells", e.changedCells());
            fields.put("link", link);
            send(Template.TIMETABLE_PUBLISHED, locale, fields, Texts.DATE.format(e.week()),
                texts.name(e.publishedBy(), locale), String.valueOf(e.changedCells()), link);
        });
    }

    @EventListener
    void incomplete(PlanningIncomplete e) {
        safely("planning-incomplete", () -> {
            Locale locale = properties.teamLocale();
            String link = properties.link("/planner/runs/" + e.runId());
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("week", e.week().toString());
            fields.put("runId", e.runId());
            fields.put("diagnosis", e.diagnosis());
            fields.put("link", link);
            String diagnosis = e.diagnosis().stream().map(line -> "- " + line).collect(Collectors.joining("\n"));
            send(Template.PLANNING_INCOMPLETE, locale, fields, Texts.DATE.format(e.week()), diagnosis, link);
        });
    }

    private void send(Template template, Locale locale, Map<String, Object> fields, String... args) {
        MessageTemplates.Rendered m = templates.render(template, locale, args);
        notifier.team(new Notification(template.key(), m.subject(), m.text(), null, fields, null));
    }

    static void safely(String what, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            log.warn("Could not queue the {} notification: {}", what, e.toString());
        }
    }
}
