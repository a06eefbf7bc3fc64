package org.tomatic.timetable;

import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;
import org.tomatic.system.TurnWords;
import org.tomatic.system.Weekdays;

/**
 * A week's penalties in the viewer's language: "Tuesday 10:15–11:30: 2 empty lines (+400)",
 * "Dimarts: Anna Vives té 2 torns el mateix dia (+20)". Imported weeks keep the old tool's Catalan
 * sentences; the ones it wrote in known shapes are read back into parts, any other is shown as it is.
 */
@Component
public class PenaltyWords {

    private static final String DAY = "(dl|dm|dx|dj|dv|ds|dg)";
    private static final Pattern LEGACY_HOLES = Pattern.compile("(\\d+) forats a " + DAY + " (\\d{1,2}:\\d{2})");
    private static final Pattern LEGACY_TURNS = Pattern.compile("(\\S+) " + DAY + " té (\\d+) hores el mateix dia");
    private static final Pattern LEGACY_SPLIT = Pattern.compile("(\\S+) " + DAY + " torns partits");

    private final MessageSource messages;

    PenaltyWords(MessageSource messages) {
        this.messages = messages;
    }

    /** Every penalty in words, in order. */
    public List<String> sayAll(List<Timetable.Penalty> penalties, List<String> boundaries,
                               Function<String, String> nameOf, Locale locale) {
        return penalties.stream().map(p -> say(p, boundaries, nameOf, locale)).toList();
    }

    public String say(Timetable.Penalty p, List<String> boundaries, Function<String, String> nameOf, Locale locale) {
        Timetable.Penalty parts = p.kind() != null ? p : fromLegacy(p, boundaries).orElse(null);
        String cost = " (+" + NumberFormat.getNumberInstance(locale).format(p.cost()) + ")";
        if (parts == null) {
            return p.reason();
        }
        String day = parts.day() == null ? "" : TurnWords.day(parts.day(), locale);
        String turn = parts.turn() == null ? "" : TurnWords.turn(boundaries, parts.turn());
        String person = parts.person() == null ? "" : nameOf.apply(parts.person());
        try {
            return messages.getMessage("penalty." + parts.kind(),
                new Object[] {day, turn, person, parts.amount(), parts.detail()}, locale) + cost;
        } catch (NoSuchMessageException e) {
            return p.reason();   // a term added to the model before its words
        }
    }

    /** What a cost term is called on a page ("Empty lines"); the term itself when it has no words yet. */
    public String term(String kind, Locale locale) {
        return messages.getMessage("penalty.term." + kind, null, kind, locale);
    }

    /** The old tool's sentences of known shape, as parts. */
    static Optional<Timetable.Penalty> fromLegacy(Timetable.Penalty p, List<String> boundaries) {
        String text = p.reason() == null ? "" : p.reason().strip();
        Matcher m = LEGACY_HOLES.matcher(text);
        if (m.matches()) {
            int turn = boundaries.indexOf(m.group(3).length() == 4 ? "0" + m.group(3) : m.group(3));
            return turn < 0 ? Optional.empty() : Optional.of(new Timetable.Penalty(p.cost(), p.reason(), "emptySlots",
                null, day(m.group(2)), turn, Integer.parseInt(m.group(1)), null));
        }
        m = LEGACY_TURNS.matcher(text);
        if (m.matches()) {
            return Optional.of(new Timetable.Penalty(p.cost(), p.reason(), "dailyPersonHours", m.group(1),
                day(m.group(2)), null, Integer.parseInt(m.group(3)), null));
        }
        m = LEGACY_SPLIT.matcher(text);
        if (m.matches()) {
            return Optional.of(new Timetable.Penalty(p.cost(), p.reason(), "discontinuous", m.group(1),
                day(m.group(2)), null, null, null));
        }
        return Optional.empty();
    }

    private static DayOfWeek day(String code) {
        return Weekdays.require(code);
    }
}
