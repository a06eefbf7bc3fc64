package org.tomatic.legacy.format;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.tomatic.availability.BusyEntry;
import org.tomatic.availability.Leave;
import org.tomatic.system.Weekdays;

/**
 * Busy lines: {@code [+]<person> [<weekday> | <YYYY-MM-DD>] [<turns>] # <reason>}, in
 * {@code indisponibilitats.conf} (weekly), {@code oneshot.conf} (dated) and
 * {@code indisponibilitats-vacances.conf} (whole days of one week).
 */
final class BusyFile {

    static final String WEEKLY = "indisponibilitats.conf";
    static final String ONE_SHOT = "oneshot.conf";
    static final String VACATIONS = "indisponibilitats-vacances.conf";

    enum Kind { WEEKLY, ONE_SHOT, VACATIONS }

    private static final Pattern DATE_LIKE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern TURNS = Pattern.compile("[01]+");
    private static final Pattern WORD = Pattern.compile("[a-z]+");

    private BusyFile() {
    }

    /**
     * @param turnCount the expected length of turn strings
     * @param week the Monday vacation weekdays are resolved in (VACATIONS only)
     */
    static List<LegacyBusy> parse(TextFile text, Kind kind, int turnCount, LocalDate week, Problems problems) {
        var entries = new ArrayList<LegacyBusy>();
        List<String> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            var source = new Source(text.path(), i + 1);
            new Line(source, lines.get(i), turnCount, problems).parse(kind, week, entries);
        }
        return entries;
    }

    /** One line written back in the legacy syntax. */
    static String format(LegacyBusy busy) {
        var line = new StringBuilder();
        if (busy.required()) {
            line.append('+');
        }
        line.append(busy.person());
        if (busy.date() != null) {
            line.append(' ').append(busy.date());
        }
        else if (busy.weekday() != null) {
            line.append(' ').append(Weekdays.code(busy.weekday()));
        }
        return line.append(' ').append(busy.turns()).append(" # ").append(oneLine(busy.reason())).toString();
    }

    /** A vacation line: the weekday of its date, turns only when not the whole day. */
    static String formatVacation(LegacyBusy busy) {
        var line = new StringBuilder();
        if (busy.required()) {
            line.append('+');
        }
        line.append(busy.person()).append(' ').append(Weekdays.code(busy.date().getDayOfWeek()));
        if (busy.turns().contains("0")) {
            line.append(' ').append(busy.turns());
        }
        return line.append(" # ").append(oneLine(busy.reason())).toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\r\n]+", " ");
    }

    /** Parses one line, reporting every problem it has. */
    private static final class Line {

        private final Source source;
        private final String text;
        private final int turnCount;
        private final Problems problems;
        private final int errorsBefore;

        private DayOfWeek weekday;
        private LocalDate date;
        private boolean weekdayGiven;
        private boolean dateGiven;
        private String turns;

        Line(Source source, String text, int turnCount, Problems problems) {
            this.source = source;
            this.text = text.strip();
            this.turnCount = turnCount;
            this.problems = problems;
            this.errorsBefore = problems.errorCount();
        }

        void parse(Kind kind, LocalDate week, List<LegacyBusy> entries) {
            if (text.isEmpty() || text.startsWith("#")) {
                return;
            }
            int hash = text.indexOf('#');
            String reason = hash < 0 ? null : text.substring(hash + 1).strip();
            if (reason == null) {
                error("missing reason: the line must end with `# reason`");
            }
            else if (reason.isEmpty()) {
                error("empty reason after `#`");
            }
            else if (reason.length() > maxReason(kind)) {
                error("the reason is longer than " + maxReason(kind) + " characters");
            }
            String[] tokens = (hash < 0 ? text : text.substring(0, hash)).strip().split("\\s+");
            boolean required = tokens[0].startsWith("+");
            String person = required ? tokens[0].substring(1) : tokens[0];
            if (!PersonIds.isValid(person)) {
                error("bad person id '" + person + "' (lowercase letters, digits, '_', '.', '-')");
            }
            for (int i = 1; i < tokens.length; i++) {
                token(tokens[i]);
            }
            checkKind(kind);
            if (problems.errorCount() != errorsBefore) {
                return;
            }
            String allTurns = turns != null ? turns : "1".repeat(turnCount);
            if (kind != Kind.VACATIONS) {
                entries.add(new LegacyBusy(person, required, weekday, date, allTurns, reason, source));
                return;
            }
            if (date != null) {
                // The old tool read a dated vacation line as that day off; so does Tomatic.
                if (date.isBefore(week) || !date.isBefore(week.plusDays(7))) {
                    problems.warning(source.file(), source.line(), date + " is not in the week of "
                        + week + "; imported as a day off on that date");
                }
                entries.add(new LegacyBusy(person, required, null, date, allTurns, reason, source));
                return;
            }
            List<DayOfWeek> days = weekday != null ? List.of(weekday)
                    : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                            DayOfWeek.FRIDAY);
            for (DayOfWeek day : days) {
                LocalDate when = week.plusDays(day.getValue() - 1);
                entries.add(new LegacyBusy(person, required, null, when, allTurns, reason, source));
            }
        }

        /** A vacation's reason becomes its leave's note. */
        private static int maxReason(Kind kind) {
            return kind == Kind.VACATIONS ? Leave.MAX_NOTE : BusyEntry.MAX_REASON;
        }

        private void token(String token) {
            if (turns != null) {
                error("unexpected '" + token + "' after the turns");
            }
            else if (DATE_LIKE.matcher(token).matches() && !weekdayGiven && !dateGiven) {
                date(token);
            }
            else if (DIGITS.matcher(token).matches()) {
                turns(token);
            }
            else if (WORD.matcher(token).matches() && !weekdayGiven && !dateGiven) {
                weekday(token);
            }
            else {
                error("unexpected '" + token + "'");
                turns = token; // anything after it is extra too, and already reported
            }
        }

        private void date(String token) {
            dateGiven = true;
            try {
                date = LocalDate.parse(token);
            }
            catch (DateTimeException e) {
                error("bad date '" + token + "' (expected an existing YYYY-MM-DD date)");
            }
        }

        private void turns(String token) {
            turns = token;
            if (!TURNS.matcher(token).matches()) {
                error("malformed turns '" + token + "': only 0 and 1 are allowed");
            }
            else if (token.length() != turnCount) {
                error("malformed turns '" + token + "': " + token.length() + " turns, expected " + turnCount);
            }
        }

        private void weekday(String token) {
            weekdayGiven = true;
            Optional<DayOfWeek> day = Weekdays.parse(token);
            if (day.isEmpty()) {
                error("unknown weekday '" + token + "' (expected dl, dm, dx, dj or dv)");
            }
            else if (!Weekdays.isWorkingDay(day.get())) {
                error("weekend day '" + token + "': busy entries are for working days (dl to dv)");
            }
            else {
                weekday = day.get();
            }
        }

        private void checkKind(Kind kind) {
            if (kind == Kind.ONE_SHOT && weekdayGiven) {
                error("one-shot entries need a date (YYYY-MM-DD), not a weekday");
            }
            else if (kind == Kind.ONE_SHOT && !dateGiven) {
                error("one-shot entry without a date (YYYY-MM-DD)");
            }
        }

        private void error(String message) {
            problems.error(source.file(), source.line(), message);
        }
    }
}
