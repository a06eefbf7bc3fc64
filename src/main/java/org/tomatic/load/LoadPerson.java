package org.tomatic.load;

import java.util.List;

/**
 * One person's input for a week. {@code requiredBusy}: one pattern per working day of the week (same order as the
 * week's working days), each a string of '0'/'1' of length turnsPerDay, '1' = required-busy (hard) in that turn
 * (already merged from weekly and one-off required busy entries by the caller). {@code daysOff} = the person's leave
 * days among the working days (any leave touching a day makes the whole day off; a day off counts as all busy for
 * capacity). {@code maxPerDay} null = the general maximum. {@code credit} = the person's turn credit before this week
 * (0 when forgiven).
 */
public record LoadPerson(String id, int idealLoad, int daysOff, List<String> requiredBusy, Integer maxPerDay,
                         double credit) {

    public LoadPerson {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A person needs an id");
        }
        if (idealLoad < 0) {
            throw new IllegalArgumentException("Ideal load of " + id + " is negative: " + idealLoad);
        }
        if (daysOff < 0) {
            throw new IllegalArgumentException("Days off of " + id + " are negative: " + daysOff);
        }
        if (requiredBusy == null) {
            throw new IllegalArgumentException("Required busy patterns of " + id + " are missing");
        }
        for (String pattern : requiredBusy) {
            if (pattern == null || !pattern.matches("[01]*")) {
                throw new IllegalArgumentException(
                        "Busy pattern of " + id + " may only hold '0' and '1': \"" + pattern + "\"");
            }
        }
        requiredBusy = List.copyOf(requiredBusy);
        if (maxPerDay != null && maxPerDay < 1) {
            throw new IllegalArgumentException("Max turns per day of " + id + " must be at least 1: " + maxPerDay);
        }
        if (!Double.isFinite(credit)) {
            throw new IllegalArgumentException("Credit of " + id + " is not a number: " + credit);
        }
    }
}
