package org.tomatic.load;

import java.util.List;

/**
 * One person's input for a week. requiredBusy: one pattern per working day, '1' = required-busy in
 * that turn; daysOff: leave days among the working days; maxPerDay null = the general maximum;
 * credit: the person's turn credit before this week (0 when forgiven).
 */
public record LoadPerson(String id, int idealLoad, int daysOff, List<String> requiredBusy, Integer maxPerDay,
                         double credit) {

    public LoadPerson {
        requiredBusy = List.copyOf(requiredBusy);
    }
}
