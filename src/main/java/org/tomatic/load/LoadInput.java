package org.tomatic.load;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the weekly load needs: the people and the week's shape. {@code maxOverload} default 0.
 * {@code totalCells}: the cells when turns have different lines (the sum of every turn's lines, e.g. from
 * staffing); null = working days × turns × lines.
 */
public record LoadInput(List<LoadPerson> persons, int workingDays, int turnsPerDay, int lines,
                        int generalMaxPerDay, double maxOverload, boolean adjustLines, Integer totalCells) {

    public LoadInput(List<LoadPerson> persons, int workingDays, int turnsPerDay, int lines, int generalMaxPerDay,
                     double maxOverload, boolean adjustLines) {
        this(persons, workingDays, turnsPerDay, lines, generalMaxPerDay, maxOverload, adjustLines, null);
    }

    public LoadInput {
        if (persons == null) {
            throw new IllegalArgumentException("The list of persons is missing");
        }
        for (LoadPerson person : persons) {
            if (person == null) {
                throw new IllegalArgumentException("The list of persons has an empty entry");
            }
        }
        persons = List.copyOf(persons);
        if (workingDays < 0) {
            throw new IllegalArgumentException("Working days are negative: " + workingDays);
        }
        if (turnsPerDay < 1) {
            throw new IllegalArgumentException("Turns per day must be at least 1: " + turnsPerDay);
        }
        if (lines < 0) {
            throw new IllegalArgumentException("Lines are negative: " + lines);
        }
        if (totalCells != null && (totalCells < 0 || totalCells > workingDays * turnsPerDay * lines)) {
            throw new IllegalArgumentException("The week's cells (" + totalCells + ") are not 0 to days × turns × lines");
        }
        if (generalMaxPerDay < 1) {
            throw new IllegalArgumentException("General max turns per day must be at least 1: " + generalMaxPerDay);
        }
        // A negative overload could push an upper bound below 0, and the trim keeps everyone at 0 or above
        if (!Double.isFinite(maxOverload) || maxOverload < 0) {
            throw new IllegalArgumentException("Max overload must be 0 or more: " + maxOverload);
        }
        Set<String> ids = new HashSet<>();
        for (LoadPerson person : persons) {
            checkFitsTheWeek(person, workingDays, turnsPerDay);
            if (!ids.add(person.id())) {
                throw new IllegalArgumentException("Person " + person.id() + " appears twice");
            }
        }
    }

    private static void checkFitsTheWeek(LoadPerson person, int workingDays, int turnsPerDay) {
        if (person.daysOff() > workingDays) {
            throw new IllegalArgumentException("Person " + person.id() + " has " + person.daysOff()
                    + " days off in a week of " + workingDays + " working days");
        }
        if (person.requiredBusy().size() != workingDays) {
            throw new IllegalArgumentException("Person " + person.id() + " has " + person.requiredBusy().size()
                    + " busy patterns for " + workingDays + " working days");
        }
        for (String pattern : person.requiredBusy()) {
            if (pattern.length() != turnsPerDay) {
                throw new IllegalArgumentException("Busy pattern \"" + pattern + "\" of " + person.id()
                        + " has " + pattern.length() + " turns, the day has " + turnsPerDay);
            }
        }
    }

    int cells() {
        return totalCells != null ? totalCells : workingDays * turnsPerDay * lines;
    }

    int maxPerDayOf(LoadPerson person) {
        return person.maxPerDay() == null ? generalMaxPerDay : person.maxPerDay();
    }
}
