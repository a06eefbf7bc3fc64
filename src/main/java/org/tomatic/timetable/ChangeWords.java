package org.tomatic.timetable;

import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;

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

    String describe(java.time.LocalDate week, Change c, Locale locale) {
        if (c.day() == null) {
            return c.reason() == null ? "" : c.reason();   // a whole-week change (publish, import) says itself
        }
        List<String> boundaries = timetables.find(week).map(Timetable::boundaries).orElse(List.of());
        String day = c.day().getDisplayName(TextStyle.FULL, locale);
        String turn = c.turn() + 1 < boundaries.size()
            ? boundaries.get(c.turn()) + "–" + boundaries.get(c.turn() + 1) : String.valueOf(c.turn() + 1);
        return Character.toUpperCase(day.charAt(0)) + day.substring(1) + " " + turn + ", L" + (c.line() + 1) + ": "
            + who(c.before(), locale) + " → " + who(c.after(), locale)
            + (c.reason() == null || c.reason().isBlank() ? "" : " (" + c.reason() + ")");
    }

    String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private String who(String personId, Locale locale) {
        if (personId == null) {
            return messages.getMessage("fixed.nobody", null, locale);
        }
        return people.findById(personId).map(Person::name).orElse(personId);
    }
}
