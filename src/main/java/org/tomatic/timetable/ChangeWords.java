package org.tomatic.timetable;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.system.TurnWords;

/**
 * A change of a cell in the words people use, in their language: "Monday 09:00–10:15, L2: nobody →
 * Marta Puig (reason)" — the weekday's name, the turn's times, people's names.
 */
@Component
class ChangeWords {

    private final MessageSource messages;
    private final PersonRepository people;
    private final TimetableRepository timetables;

    ChangeWords(MessageSource messages, PersonRepository people, TimetableRepository timetables) {
        this.messages = messages;
        this.people = people;
        this.timetables = timetables;
    }

    /** A change for a message: the cell in words, and its reason. */
    String describe(LocalDate week, Change c, Locale locale) {
        if (c.lineChange()) {
            return line(c, locale);
        }
        if (c.day() == null) {
            return c.reason() == null ? "" : c.reason();   // a whole-week change (publish, import) says itself
        }
        List<String> boundaries = timetables.find(week).map(Timetable::boundaries).orElse(List.of());
        return cell(c, boundaries, id -> people.findById(id).map(Person::name).orElse(id), locale)
            + (c.reason() == null || c.reason().isBlank() ? "" : " (" + c.reason() + ")");
    }

    /** The week page's log: each cell change in words, by id (the page shows the reason apart). */
    Map<Long, String> describeAll(List<Change> changes, List<String> boundaries, Map<String, Person> byId, Locale locale) {
        Map<Long, String> texts = new HashMap<>();
        Function<String, String> nameOf = id -> byId.containsKey(id) ? byId.get(id).name() : id;
        changes.stream().filter(c -> c.day() != null && !c.secondHalf())
            .forEach(c -> texts.put(c.id(), cell(c, boundaries, nameOf, locale)));
        changes.stream().filter(Change::lineChange).forEach(c -> texts.put(c.id(), line(c, locale)));
        // A swap is one entry: its second cell joins the first.
        changes.stream().filter(Change::secondHalf).sorted(java.util.Comparator.comparingLong(Change::id))
            .forEach(c -> texts.computeIfPresent(c.pairedWith(),
            (id, first) -> first + "; " + cell(c, boundaries, nameOf, locale)));
        return texts;
    }

    /** A line added or removed: "line 3 added". */
    private String line(Change c, Locale locale) {
        return messages.getMessage(c.kind() == Change.Kind.ADD_LINE ? "week.lineAdded" : "week.lineRemoved",
            new Object[] {c.line() + 1}, locale);
    }

    private String cell(Change c, List<String> boundaries, Function<String, String> nameOf, Locale locale) {
        String nobody = messages.getMessage("fixed.nobody", null, locale);
        return TurnWords.cell(c.day(), boundaries, c.turn(), c.line(), locale) + ": "
            + (c.before() == null ? nobody : nameOf.apply(c.before())) + " → "
            + (c.after() == null ? nobody : nameOf.apply(c.after()));
    }

    /** A refused edit in the page's language (its English message when it has no words of its own). */
    String refusal(RuntimeException e, Locale locale) {
        return e instanceof EditRejected r ? r.in(messages, locale) : e.getMessage();
    }

    MessageSource messages() {
        return messages;
    }

    String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
