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
 * @param active false when listed in Tomatic's own {@code inactive} key, true when that key is there without
 *     them, null when there is no such key (the old tool's files)
 */
public record LegacyPerson(String id, String name, String extension, String email, String erpUser,
        String colour, Integer desk, List<String> groups, Integer idealLoad, Integer maxPerDay, Boolean active) {

    /** A person as the old tool's files describe them: nothing said about being active. */
    public LegacyPerson(String id, String name, String extension, String email, String erpUser, String colour,
            Integer desk, List<String> groups, Integer idealLoad, Integer maxPerDay) {
        this(id, name, extension, email, erpUser, colour, desk, groups, idealLoad, maxPerDay, null);
    }

    public LegacyPerson {
        groups = groups == null ? List.of() : groups.stream().sorted().distinct().toList();
    }
}
