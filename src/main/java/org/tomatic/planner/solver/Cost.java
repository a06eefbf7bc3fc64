package org.tomatic.planner.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cost of a timetable, recomputed from the timetable alone (independently of the solver):
 * the breakdown by term, keyed as in the benchmark format, and every penalty with its reason.
 * timetable: day → turn → line → person or "ningu".
 */
public record Cost(long total, Map<String, Long> breakdown, List<Penalty> penalties) {

    public static final List<String> TERMS = List.of("emptySlots", "incompletion", "unforced", "dailyPersonHours",
        "marathon", "discontinuous", "farDiscontinuous", "noBrunch", "undesired");

    public static Cost of(Problem problem, Map<String, List<List<String>>> timetable) {
        Weights w = problem.weights();
        Map<String, Long> breakdown = new LinkedHashMap<>();
        TERMS.forEach(t -> breakdown.put(t, 0L));
        List<Penalty> penalties = new ArrayList<>();
        Map<String, Set<Integer>> turnsOf = new HashMap<>();
        for (String day : problem.workingDays()) {
            for (int turn = 0; turn < problem.turns(); turn++) {
                Slot slot = new Slot(day, turn);
                Set<String> placed = placed(timetable, slot);
                int holes = problem.linesIn(slot) - placed.size();
                if (holes > 0) {
                    add(breakdown, penalties, new Penalty("emptySlots", (long) w.empty() * holes * holes,
                        problem.label(slot) + ": " + holes + " empty line" + (holes > 1 ? "s" : ""),
                        null, day, turn, holes, null));
                    add(breakdown, penalties, new Penalty("incompletion", (long) w.incompletion() * (holes - 1),
                        problem.label(slot) + ": incomplete turn", null, day, turn, holes, null));
                }
                for (String person : problem.forced().getOrDefault(slot, Set.of())) {
                    if (!Problem.NOBODY.equals(person) && !problem.isBusy(person, slot) && !placed.contains(person)) {
                        add(breakdown, penalties, new Penalty("unforced", w.unforced(),
                            "fixed turn of " + person + " on " + problem.label(slot) + " not placed",
                            person, day, turn, null, null));
                    }
                }
                for (String person : placed) {
                    turnsOf.computeIfAbsent(person + "\u0000" + day, k -> new HashSet<>()).add(turn);
                    if (problem.isUndesired(person, slot)) {
                        String why = problem.undesired().get(slot).get(person);
                        add(breakdown, penalties, new Penalty("undesired", w.undesired(), person + " on "
                            + problem.label(slot) + ", which they would rather not: " + why, person, day, turn,
                            null, why));
                    }
                }
            }
        }
        desksAndChanges(problem, timetable, breakdown, penalties);
        turnsOf.forEach((key, turns) -> {
            String person = key.substring(0, key.indexOf('\u0000'));
            String day = key.substring(key.indexOf('\u0000') + 1);
            int n = turns.size();
            add(breakdown, penalties, new Penalty("dailyPersonHours", (long) w.multipleTurns() * n * (n - 1),
                person + ", " + day + ": " + n + " turns in one day", person, day, null, n, null));
            if (problem.turns() >= DailyPattern.TURNS) {
                List<Boolean> firstFour = new ArrayList<>();
                for (int t = 0; t < DailyPattern.TURNS; t++) {
                    firstFour.add(turns.contains(t));
                }
                DailyPattern pattern = DailyPattern.of(firstFour);
                if (pattern != null) {
                    add(breakdown, penalties, new Penalty(pattern.term, pattern.weight(w),
                        person + ", " + day + ": turns " + pattern.bits + " (" + pattern.term + ")", person, day,
                        null, null, pattern.bits));
                }
            }
        });
        penalties.sort(java.util.Comparator.comparing(Penalty::reason));
        long total = breakdown.values().stream().mapToLong(Long::longValue).sum();
        return new Cost(total, breakdown, List.copyOf(penalties));
    }

    /** The costs every timetable starts from: each fixed turn counted missed, each previous turn changed. */
    static long unavoidable(Problem problem) {
        long fixed = 0;
        for (String day : problem.workingDays()) {
            for (int turn = 0; turn < problem.turns(); turn++) {
                Slot slot = new Slot(day, turn);
                for (String person : problem.forced().getOrDefault(slot, Set.of())) {
                    if (!Problem.NOBODY.equals(person) && !problem.isBusy(person, slot)) {
                        fixed += problem.weights().unforced();
                    }
                }
                if (problem.rules().changedCell() > 0) {
                    fixed += (long) problem.rules().changedCell()
                        * problem.rules().previous().getOrDefault(slot, Set.of()).size();
                }
            }
        }
        return fixed;
    }

    /** §3: people sharing a desk on the phone at once, and people taken out of their previous turns. */
    private static void desksAndChanges(Problem problem, Map<String, List<List<String>>> timetable,
                                        Map<String, Long> breakdown, List<Penalty> penalties) {
        Rules rules = problem.rules();
        if (rules.sharedDesk() > 0) {
            breakdown.putIfAbsent("sharedDesk", 0L);
        }
        if (rules.changedCell() > 0) {
            breakdown.putIfAbsent("changedCells", 0L);
        }
        for (String day : problem.workingDays()) {
            for (int turn = 0; turn < problem.turns(); turn++) {
                Slot slot = new Slot(day, turn);
                Set<String> placed = placed(timetable, slot);
                if (rules.sharedDesk() > 0) {
                    Map<Integer, Integer> atDesk = new HashMap<>();
                    placed.forEach(p -> {
                        Integer desk = rules.desks().get(p);
                        if (desk != null) {
                            atDesk.merge(desk, 1, Integer::sum);
                        }
                    });
                    atDesk.forEach((desk, n) -> add(breakdown, penalties, new Penalty("sharedDesk",
                        (long) rules.sharedDesk() * n * (n - 1) / 2,
                        "desk " + desk + ", " + problem.label(slot) + ": " + n + " people on the phone at once",
                        null, day, slot.turn(), n, String.valueOf(desk))));
                }
                if (rules.changedCell() > 0) {
                    for (String person : rules.previous().getOrDefault(slot, Set.of())) {
                        if (!placed.contains(person)) {
                            add(breakdown, penalties, new Penalty("changedCells", rules.changedCell(),
                                person + " taken out of " + problem.label(slot), person, day, turn, null, null));
                        }
                    }
                }
            }
        }
    }

    private static Set<String> placed(Map<String, List<List<String>>> timetable, Slot slot) {
        Set<String> placed = new HashSet<>();
        List<List<String>> day = timetable.get(slot.day());
        if (day != null && slot.turn() < day.size()) {
            for (String who : day.get(slot.turn())) {
                if (who != null && !who.isEmpty() && !Problem.NOBODY.equals(who)) {
                    placed.add(who);
                }
            }
        }
        return placed;
    }

    private static void add(Map<String, Long> breakdown, List<Penalty> penalties, Penalty p) {
        if (p.cost() > 0) {
            breakdown.merge(p.term(), p.cost(), Long::sum);
            penalties.add(new Penalty(p.term(), p.cost(), p.reason() + " (+" + p.cost() + ")", p.person(), p.day(),
                p.turn(), p.amount(), p.detail()));
        }
    }
}
