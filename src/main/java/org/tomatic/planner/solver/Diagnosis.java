package org.tomatic.planner.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Weeks that cannot be planned, refused before the search with the cause in words. */
final class Diagnosis {

    private Diagnosis() {
    }

    static void check(Problem problem) {
        List<String> causes = new ArrayList<>();
        if (problem.turns() < 1) {
            causes.add("the week has no turns (give at least two turn boundaries)");
        }
        if (problem.lines() < 1) {
            causes.add("the week has no lines");
        }
        if (problem.workingDays().isEmpty()) {
            causes.add("every day of the week is a holiday");
        }
        if (problem.persons().stream().noneMatch(p -> p.maxLoad() > 0)) {
            causes.add("nobody has any load this week");
        }
        for (Problem.Person person : problem.persons()) {
            if (person.maxLoad() < 0) {
                causes.add(person.name() + " has a negative load (" + person.maxLoad() + ")");
            }
            if (person.maxLoad() > 0 && freeTurns(problem, person) == 0) {
                causes.add(person.name() + " has a load of " + person.maxLoad()
                    + " but is busy (or off) in every turn of the week");
            }
        }
        Map<String, Problem.Person> byName = new java.util.HashMap<>();
        problem.persons().forEach(p -> byName.put(p.name(), p));
        problem.rules().pinned().forEach((slot, people) -> people.forEach(person -> {
            Problem.Person p = byName.get(person);
            if (p == null || p.maxLoad() <= 0) {
                causes.add(person + " is pinned on " + problem.label(slot) + " but takes no turns this week");
            } else if (problem.isBusy(person, slot)) {
                causes.add(person + " is pinned on " + problem.label(slot) + " but busy then: "
                    + problem.busy().get(slot).get(person));
            } else if (problem.holidays().contains(slot.day())) {
                causes.add(person + " is pinned on " + problem.label(slot) + ", a holiday");
            }
        }));
        if (!causes.isEmpty()) {
            throw new UnsolvableException("This week cannot be planned: " + String.join("; ", causes) + ".");
        }
    }

    private static int freeTurns(Problem problem, Problem.Person person) {
        int free = 0;
        for (String day : problem.workingDays()) {
            for (int turn = 0; turn < problem.turns(); turn++) {
                if (!problem.isBusy(person.name(), new Slot(day, turn))) {
                    free++;
                }
            }
        }
        return free;
    }
}
