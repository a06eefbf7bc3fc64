package org.tomatic.planner.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small hand-made weeks for the solver's tests. */
final class Problems {

    private final List<String> days;
    private final Set<String> holidays = new LinkedHashSet<>();
    private final int turns;
    private final int lines;
    private final List<Problem.Person> persons = new ArrayList<>();
    private final Map<Slot, Map<String, String>> busy = new HashMap<>();
    private final Map<Slot, Map<String, String>> undesired = new HashMap<>();
    private final Map<Slot, Set<String>> forced = new HashMap<>();
    private Rules rules = Rules.NONE;

    private Problems(List<String> days, int turns, int lines) {
        this.days = days;
        this.turns = turns;
        this.lines = lines;
    }

    static Problems week(int turns, int lines, String... days) {
        return new Problems(List.of(days), turns, lines);
    }

    Problems person(String name, int load, int maxPerDay) {
        persons.add(new Problem.Person(name, load, maxPerDay));
        return this;
    }

    Problems busy(String person, String day, int... turnsBusy) {
        for (int t : turnsBusy) {
            busy.computeIfAbsent(new Slot(day, t), s -> new HashMap<>()).put(person, "meeting");
        }
        return this;
    }

    Problems undesired(String person, String day, int turn) {
        undesired.computeIfAbsent(new Slot(day, turn), s -> new HashMap<>()).put(person, "course");
        return this;
    }

    Problems forced(String person, String day, int turn) {
        forced.computeIfAbsent(new Slot(day, turn), s -> new LinkedHashSet<>()).add(person);
        return this;
    }

    Problems rules(Rules newRules) {
        rules = newRules;
        return this;
    }

    Problems holiday(String day) {
        holidays.add(day);
        return this;
    }

    Problem build() {
        List<String> hours = new ArrayList<>();
        for (int h = 0; h <= turns; h++) {
            hours.add(String.format("%02d:00", 9 + h));
        }
        return new Problem("test", days, holidays, hours, lines, 2, persons, busy, undesired, forced, Weights.DEFAULT,
            rules);
    }

    Solution solve() {
        return TimetableSolver.solve(build(), new SolverSettings(java.time.Duration.ofSeconds(20), 2, 1, true), p -> { });
    }
}
