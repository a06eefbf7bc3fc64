package org.tomatic.legacy.format;

import java.util.List;

/**
 * One person as the legacy {@code persons.yaml} describes them.
 *
 * @param name null when not in {@code names}
 * @param email null when absent or empty ({@code ''} = no email)
 * @param desk null when absent or -1; desks start at 0
 * @param groups group names, sorted
 * @param idealLoad null when not in the ideal loads (then the person takes no turns)
 * @param maxPerDay from {@code config.yaml maximHoresDiaries}, null when absent
 */
public record LegacyPerson(String id, String name, String extension, String email, String erpUser,
        String colour, Integer desk, List<String> groups, Integer idealLoad, Integer maxPerDay) {

    public LegacyPerson {
        groups = groups == null ? List.of() : groups.stream().sorted().distinct().toList();
    }
}
