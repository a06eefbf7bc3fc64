package org.tomatic.notifications.triggers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tomatic.notifications.MessageTemplates;
import org.tomatic.notifications.Notification;
import org.tomatic.notifications.NotificationProperties;
import org.tomatic.notifications.Notifier;
import org.tomatic.notifications.PersonLanguages;
import org.tomatic.notifications.Template;
import org.tomatic.timetable.Change;
import org.tomatic.timetable.SwapRequests;
import org.tomatic.timetable.Timetable;
import org.tomatic.timetable.TimetableChanged;
import org.tomatic.timetable.TimetableRepository;

/**
 * Messages to one person, in their language: their turn changed in a published week (the one taken out
 * and the one put in, not whoever made the change), a colleague asks them for a swap, their swap was
 * accepted.
 */
@Component
class PersonalMessages {

    /** How SwapRequests explains the edits of an accepted swap: those people hear of it as a swap instead. */
    private static final String SWAP_AGREED = "swap agreed by ";

    private final Notifier notifier;
    private final MessageTemplates templates;
    private final PersonLanguages languages;
    private final NotificationProperties properties;
    private final TimetableRepository timetables;
    private final Texts texts;

    PersonalMessages(Notifier notifier, MessageTemplates templates, PersonLanguages languages,
                     NotificationProperties properties, TimetableRepository timetables, Texts texts) {
        this.notifier = notifier;
        this.templates = templates;
        this.languages = languages;
        this.properties = properties;
        this.timetables = timetables;
        this.texts = texts;
    }

    @EventListener
    void changed(TimetableChanged event) {
        TeamAlerts.safely("turn-changed", () -> {
            Change c = event.change();
            if (c.day() == null) {
                return;   // a line added or removed: the cells people lose or get back come on their own
            }
            if (c.reason() != null && c.reason().startsWith(SWAP_AGREED)) {
                return;
            }
            Optional<Timetable> week = timetables.find(event.week());
            if (week.isEmpty() || week.get().state() != Timetable.State.PUBLISHED) {
                return;
            }
            Set<String> told = new LinkedHashSet<>();
            if (c.before() != null) {
                told.add(c.before());
            }
            if (c.after() != null) {
                told.add(c.after());
            }
            if (c.before() != null && c.before().equals(c.after())) {
                return;
            }
            told.remove(c.by());
            LocalDate date = Texts.dateOf(event.week(), c.day());
            String link = properties.link("/timetable?week=" + event.week());
            for (String personId : told) {
                Locale locale = languages.of(personId);
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("week", event.week().toString());
                fields.put("date", date.toString());
                fields.put("turn", c.turn());
                fields.put("line", c.line());
                fields.put("before", c.before());
                fields.put("after", c.after());
                fields.put("by", c.by());
                fields.put("link", link);
                send(personId, Template.TURN_CHANGED, locale, fields, Texts.day(date, locale),
                    turnLabel(week.get(), c.turn()), texts.name(c.before(), locale), texts.name(c.after(), locale),
                    Texts.DATE.format(event.week()), texts.name(c.by(), locale), link);
            }
        });
    }

    @EventListener
    void swap(SwapRequests.SwapRequestEvent event) {
        TeamAlerts.safely("swap", () -> {
            SwapRequests.SwapRequest r = event.request();
            Optional<Timetable> week = timetables.find(r.week());
            String link = properties.link("/timetable?week=" + r.week());
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("requestId", r.id());
            fields.put("week", r.week().toString());
            fields.put("requester", r.requester());
            fields.put("requesterCell", r.fromCell());
            fields.put("colleague", r.colleague());
            fields.put("colleagueCell", r.toCell());
            fields.put("state", r.state().name());
            fields.put("link", link);
            if (r.state() == SwapRequests.State.PENDING) {
                Locale locale = languages.of(r.colleague());
                String reason = r.reason() == null || r.reason().isBlank() ? ""
                    : texts.message("notify.reason", locale, r.reason());
                send(r.colleague(), Template.SWAP_REQUESTED, locale, fields, texts.name(r.requester(), locale),
                    turn(week, r.week(), r.fromCell(), locale), turn(week, r.week(), r.toCell(), locale), reason, link);
            } else if (r.state() == SwapRequests.State.ACCEPTED) {
                Locale locale = languages.of(r.requester());
                send(r.requester(), Template.SWAP_ACCEPTED, locale, fields, texts.name(r.colleague(), locale),
                    turn(week, r.week(), r.fromCell(), locale), turn(week, r.week(), r.toCell(), locale), link);
            }
        });
    }

    private void send(String personId, Template template, Locale locale, Map<String, Object> fields, String... args) {
        MessageTemplates.Rendered m = templates.render(template, locale, args);
        notifier.person(personId, new Notification(template.key(), m.subject(), m.text(), null, fields, null));
    }

    /** "Tuesday 01/12, 10:15 – 11:30" for a cell key DAY/turn/line. */
    private static String turn(Optional<Timetable> week, LocalDate monday, String cell, Locale locale) {
        String[] p = cell.split("/");
        try {
            LocalDate date = Texts.dateOf(monday, DayOfWeek.valueOf(p[0]));
            int turn = Integer.parseInt(p[1]);
            return Texts.day(date, locale) + week.map(t -> ", " + turnLabel(t, turn)).orElse("");
        } catch (RuntimeException e) {
            return cell;
        }
    }

    private static String turnLabel(Timetable t, int turn) {
        return turn + 1 < t.boundaries().size() ? t.boundaries().get(turn) + " – " + t.boundaries().get(turn + 1)
            : String.valueOf(turn + 1);
    }
}
