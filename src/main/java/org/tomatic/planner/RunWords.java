package org.tomatic.planner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tomatic.people.PersonRepository;
import org.tomatic.planner.solver.Problem;
import org.tomatic.system.TurnWords;
import org.tomatic.timetable.PenaltyWords;

/**
 * A planning run's page in the viewer's words: weekday names, turn times, people's names, "nobody",
 * penalties and warnings in the page's language instead of the solver's codes.
 */
@Component
class RunWords {

    /** The run page's words: every map is keyed by what the stored run holds (day codes, ids, terms). */
    record View(Map<String, String> days, List<String> turns, Map<String, String> names, List<String> penalties,
                Map<String, String> terms, List<String> holes, List<String> warnings) {}

    // WeekProblems' warnings, as it writes them (in English, for the CLI) — read back here into words.
    private static final Pattern UNCOVERED = Pattern.compile("(\\d+) cells cannot be covered by the team's load this week");
    private static final Pattern DROPPED = Pattern.compile("(\\d+) line\\(s\\) dropped: the team's load does not fill them");
    private static final Pattern FIXED = Pattern.compile("(\\S+) has (\\d+) fixed turns but a load of (\\d+)");

    private final MessageSource messages;
    private final PersonRepository people;
    private final PenaltyWords penaltyWords;

    RunWords(MessageSource messages, PersonRepository people, PenaltyWords penaltyWords) {
        this.messages = messages;
        this.people = people;
        this.penaltyWords = penaltyWords;
    }

    View of(PlanningRun run, RunResult result, Locale locale) {
        Map<String, String> names = new HashMap<>();
        people.findAll().forEach(p -> names.put(p.id(), p.name()));
        String nobody = messages.getMessage("fixed.nobody", null, locale);
        names.put(Problem.NOBODY, nobody);
        Function<String, String> nameOf = id -> names.getOrDefault(id, id);
        List<String> warnings = run.log() == null || run.log().isBlank() || run.state() == PlanningRun.State.FAILED
            ? List.of() : run.log().lines().map(w -> warning(w, nameOf, locale)).toList();
        if (result == null) {
            return new View(Map.of(), List.of(), names, List.of(), Map.of(), List.of(), warnings);
        }
        Map<String, String> days = new LinkedHashMap<>();
        result.days().forEach(d -> days.put(d, TurnWords.day(d, locale)));
        List<String> turns = new ArrayList<>();
        for (int t = 0; t + 1 < result.hours().size(); t++) {
            turns.add(TurnWords.turn(result.hours(), t));
        }
        Map<String, String> terms = new LinkedHashMap<>();
        result.breakdown().keySet().forEach(k -> terms.put(k, penaltyWords.term(k, locale)));
        List<String> penalties = penaltyWords.sayAll(result.penalties().stream().map(PlanningRuns::penalty).toList(),
            result.hours(), nameOf, locale);
        List<String> holes = result.holes().stream().map(h -> hole(h, result.hours(), nameOf, locale)).toList();
        return new View(days, turns, names, penalties, terms, holes, warnings);
    }

    private String hole(RunResult.HoleReason h, List<String> hours, Function<String, String> nameOf, Locale locale) {
        StringBuilder busy = new StringBuilder();
        h.busyPeople().forEach((id, why) -> busy.append(busy.isEmpty() ? "" : "; ").append(nameOf.apply(id))
            .append(" (").append(why).append(")"));
        return messages.getMessage(busy.isEmpty() ? "planner.holeNobodyBusy" : "planner.hole", new Object[] {TurnWords.day(h.day(), locale),
            TurnWords.turn(hours, h.turn()), h.emptyLines(), busy.toString()}, locale);
    }

    String warning(String text, Function<String, String> nameOf, Locale locale) {
        Matcher m = UNCOVERED.matcher(text);
        if (m.matches()) {
            return messages.getMessage("planner.warn.uncovered", new Object[] {Integer.valueOf(m.group(1))}, locale);
        }
        m = DROPPED.matcher(text);
        if (m.matches()) {
            return messages.getMessage("planner.warn.dropped", new Object[] {Integer.valueOf(m.group(1))}, locale);
        }
        m = FIXED.matcher(text);
        if (m.matches()) {
            return messages.getMessage("planner.warn.fixedOverLoad", new Object[] {nameOf.apply(m.group(1)),
                Integer.valueOf(m.group(2)), Integer.valueOf(m.group(3))}, locale);
        }
        return text;
    }
}
