package org.tomatic.notifications.triggers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;

/** How values read in messages: dates, days, names; and the bundle's small words. */
@Component
class Texts {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MessageSource messages;
    private final PersonRepository people;

    Texts(MessageSource messages, PersonRepository people) {
        this.messages = messages;
        this.people = people;
    }

    String message(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }

    /** A person's name, or their id when Tomatic does not know them; "nobody" for null. */
    String name(String personId, Locale locale) {
        if (personId == null) {
            return message("notify.nobody", locale);
        }
        return people.findById(personId).map(Person::name).filter(n -> n != null && !n.isBlank()).orElse(personId);
    }

    /** "Tuesday 01/12". */
    static String day(LocalDate date, Locale locale) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, locale) + " " + DAY_MONTH.format(date);
    }

    static LocalDate dateOf(LocalDate monday, DayOfWeek day) {
        return monday.plusDays(day.getValue() - 1L);
    }
}
