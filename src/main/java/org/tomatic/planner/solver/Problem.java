package org.tomatic.planner.solver;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One week's timetable problem with the loads already computed.
 *
 * @param days      the week's days in order (Catalan codes), holidays included
 * @param hours     turn boundaries (labels), one more than the number of turns
 * @param holidays  days without turns
 * @param busy      required busy (hard): slot → person → reason
 * @param undesired optional busy (soft): slot → person → reason
 * @param forced    fixed turns (soft): slot → people
 * @param rules     the rules beyond the old model (§3), {@link Rules#NONE} for the old model alone
 * @param slotLines lines per turn where they differ from {@code lines}: day → one count per turn, each at most
 *                  {@code lines} (e.g. from staffing); empty = {@code lines} in every turn
 */
public record Problem(String name, List<String> days, Set<String> holidays, List<String> hours, int lines, int maxPerDay,
                      List<Person> persons, Map<Slot, Map<String, String>> busy,
                      Map<Slot, Map<String, String>> undesired, Map<Slot, Set<String>> forced, Weights weights,
                      Rules rules, Map<String, List<Integer>> slotLines) {

    /** The same lines in every turn. */
    public Problem(String name, List<String> days, Set<String> holidays, List<String> hours, int lines, int maxPerDay,
                   List<Person> persons, Map<Slot, Map<String, String>> busy, Map<Slot, Map<String, String>> undesired,
                   Map<Slot, Set<String>> forced, Weights weights, Rules rules) {
        this(name, days, holidays, hours, lines, maxPerDay, persons, busy, undesired, forced, weights, rules, Map.of());
    }

    /** Someone who may take turns: their final weekly load and daily maximum. */
    public record Person(String name, int maxLoad, int maxPerDay) {}

    public static final String NOBODY = "ningu";

    public Problem withRules(Rules newRules) {
        return new Problem(name, days, holidays, hours, lines, maxPerDay, persons, busy, undesired, forced, weights,
            newRules, slotLines);
    }

    /** {@code newLines} in every turn. */
    public Problem withLines(int newLines) {
        return new Problem(name, days, holidays, hours, newLines, maxPerDay, persons, busy, undesired, forced, weights,
            rules, Map.of());
    }

    /** Each turn its own lines (day → one count per turn), at most {@link #lines()} each. */
    public Problem withSlotLines(Map<String, List<Integer>> perTurn) {
        return new Problem(name, days, holidays, hours, lines, maxPerDay, persons, busy, undesired, forced, weights,
            rules, Map.copyOf(perTurn));
    }

    /** The lines of one turn. */
    public int linesIn(Slot slot) {
        List<Integer> day = slotLines.get(slot.day());
        return day == null || slot.turn() >= day.size() ? lines : Math.min(lines, day.get(slot.turn()));
    }

    /** The lines of all working turns together: the cells to fill. */
    public int cells() {
        int cells = 0;
        for (String day : workingDays()) {
            for (int turn = 0; turn < turns(); turn++) {
                cells += linesIn(new Slot(day, turn));
            }
        }
        return cells;
    }

    public int turns() {
        return hours.size() - 1;
    }

    /** "dm 10:15", for explanations. */
    public String label(Slot slot) {
        return slot.day() + " " + hours.get(slot.turn());
    }

    public List<String> workingDays() {
        return days.stream().filter(d -> !holidays.contains(d)).toList();
    }

    public boolean isBusy(String person, Slot slot) {
        return busy.getOrDefault(slot, Map.of()).containsKey(person);
    }

    public boolean isUndesired(String person, Slot slot) {
        return undesired.getOrDefault(slot, Map.of()).containsKey(person);
    }
}
