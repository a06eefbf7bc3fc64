package org.tomatic.notifications.triggers;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tomatic.notifications.MessageTemplates;
import org.tomatic.notifications.Notification;
import org.tomatic.notifications.NotificationProperties;
import org.tomatic.notifications.Notifier;
import org.tomatic.notifications.Template;
import org.tomatic.pbx.switching.QueuePlan;
import org.tomatic.pbx.switching.QueueSwitcher;
import org.tomatic.pbx.switching.TurnClock;
import org.tomatic.system.TurnGrid;
import org.tomatic.system.TurnGridRepository;
import org.tomatic.timetable.Timetable;
import org.tomatic.timetable.TimetableRepository;
import org.tomatic.system.Utc;

/**
 * The team's warning {@code lead-time} before each turn boundary of a working day: who is on the phone
 * next, on which line, plus the configured extra lines; before closing time, optionally, that the queue
 * closes. Each boundary is warned once, whichever instance checks first (a marker in the database).
 */
@Component
public class TurnWarning {

    private static final Logger log = LoggerFactory.getLogger(TurnWarning.class);

    private final TurnGridRepository grids;
    private final TurnClock turnClock;
    private final QueueSwitcher switcher;
    private final TimetableRepository timetables;
    private final MessageTemplates templates;
    private final Texts texts;
    private final Notifier notifier;
    private final NotificationProperties properties;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public TurnWarning(TurnGridRepository grids, TurnClock turnClock, QueueSwitcher switcher,
                       TimetableRepository timetables, MessageTemplates templates, Texts texts, Notifier notifier,
                       NotificationProperties properties, JdbcClient jdbc, PlatformTransactionManager transactions,
                       Clock clock) {
        this.grids = grids;
        this.turnClock = turnClock;
        this.switcher = switcher;
        this.timetables = timetables;
        this.templates = templates;
        this.texts = texts;
        this.notifier = notifier;
        this.properties = properties;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * The check (every minute): when the next boundary of today is within the lead time and was not
     * warned yet, warn now. Returns the boundary warned.
     */
    public Optional<Instant> check() {
        Instant now = clock.instant();
        TurnGrid grid = grids.get();
        ZoneId zone = grid.timeZone();
        LocalDate today = now.atZone(zone).toLocalDate();
        if (!grid.weekdays().contains(today.getDayOfWeek()) || turnClock.dayOff(today).isPresent()) {
            return Optional.empty();
        }
        Duration lead = properties.turnWarning().leadTime();
        List<LocalTime> boundaries = grid.boundaries();
        for (int i = 0; i < boundaries.size(); i++) {
            Instant boundary = today.atTime(boundaries.get(i)).atZone(zone).toInstant();
            if (now.isBefore(boundary) && !now.isBefore(boundary.minus(lead))) {
                boolean closing = i == boundaries.size() - 1;
                if (closing && !properties.turnWarning().closing()) {
                    return Optional.empty();
                }
                Optional<Notification> message = closing ? closingMessage(today, boundaries.get(i), boundary, now)
                    : turnMessage(boundary, now, zone);
                String marker = "turn-warning/" + today + "/" + boundaries.get(i);
                return message.filter(m -> once(marker, m)).map(m -> boundary);
            }
        }
        return Optional.empty();
    }

    /** Queues the message if this marker is new, both in one transaction. */
    private boolean once(String marker, Notification message) {
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> {
                jdbc.sql("INSERT INTO notification_once (marker, created_at) VALUES (:m, :at)")
                    .param("m", marker).param("at", Utc.db(clock.instant())).update();
                notifier.team(message);
                return true;
            }));
        } catch (DataIntegrityViolationException alreadyDone) {
            return false;
        }
    }

    private Optional<Notification> turnMessage(Instant boundary, Instant now, ZoneId zone) {
        QueuePlan plan = switcher.planAt(boundary);
        if (!plan.slot().isOpen()) {
            return Optional.empty();
        }
        LocalDate date = plan.slot().date();
        Optional<Timetable> week = timetables.find(date.with(DayOfWeek.MONDAY));
        if (week.isEmpty()) {
            log.debug("No timetable for {}: no turn warning", date);
            return Optional.empty();
        }
        Locale locale = properties.teamLocale();
        Map<String, QueuePlan.Planned> planned = plan.people().stream()
            .collect(Collectors.toMap(QueuePlan.Planned::personId, Function.identity(), (a, b) -> a));
        List<Timetable.Cell> cells = week.get().cells().stream()
            .filter(c -> c.day() == date.getDayOfWeek() && c.turn() == plan.slot().turn() && !c.holiday()
                && c.personId() != null)
            .sorted(Comparator.comparingInt(Timetable.Cell::line)).toList();
        List<String> lines = new ArrayList<>();
        List<Map<String, Object>> people = new ArrayList<>();
        for (Timetable.Cell c : cells) {
            String label = c.line() < week.get().lineLabels().size() ? week.get().lineLabels().get(c.line())
                : "L" + (c.line() + 1);
            QueuePlan.Planned p = planned.get(c.personId());
            String name = p != null ? p.name() : texts.name(c.personId(), locale);
            String extension = p != null ? p.extension() : null;
            lines.add("- " + label + ": " + name + (extension == null ? "" : " (" + extension + ")"));
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("id", c.personId());
            person.put("name", name);
            person.put("line", label);
            person.put("extension", extension);
            people.add(person);
        }
        String who = lines.isEmpty() ? texts.message("notify.nobodyScheduled", locale) : String.join("\n", lines);
        String time = Texts.TIME.format(plan.slot().start());
        String minutes = String.valueOf(minutesUntil(boundary, now));
        MessageTemplates.Rendered m = templates.render(Template.TURN_WARNING, locale, time, minutes, who,
            plan.slot().label(), Texts.DATE.format(date));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("date", date.toString());
        fields.put("turn", plan.slot().turn());
        fields.put("start", time);
        fields.put("end", Texts.TIME.format(plan.slot().end()));
        fields.put("at", boundary.toString());
        fields.put("people", people);
        return Optional.of(new Notification(Template.TURN_WARNING.key(), m.subject(), withExtraLines(m.text()), null,
            fields, null));
    }

    private Optional<Notification> closingMessage(LocalDate date, LocalTime closes, Instant boundary, Instant now) {
        Locale locale = properties.teamLocale();
        String time = Texts.TIME.format(closes);
        MessageTemplates.Rendered m = templates.render(Template.QUEUE_CLOSES, locale, time,
            String.valueOf(minutesUntil(boundary, now)), Texts.DATE.format(date));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("date", date.toString());
        fields.put("closes", time);
        fields.put("at", boundary.toString());
        return Optional.of(new Notification(Template.QUEUE_CLOSES.key(), m.subject(), m.text(), null, fields, null));
    }

    private String withExtraLines(String text) {
        List<String> extra = properties.turnWarning().extraLines().stream().map(String::strip)
            .filter(s -> !s.isEmpty()).toList();
        return extra.isEmpty() ? text : text + "\n\n" + String.join("\n", extra);
    }

    /** Whole minutes, rounded up: 4 min 30 s before reads "5 minutes". */
    private static long minutesUntil(Instant boundary, Instant now) {
        long seconds = Duration.between(now, boundary).getSeconds();
        return (seconds + 59) / 60;
    }
}
