package org.tomatic.people;

import java.util.List;

/**
 * Someone in the team. {@code idealLoad} null = takes no turns; {@code maxPerDay} null = the
 * general limit of the turn grid; {@code desk} null = no shared desk.
 */
public record Person(String id, String name, String email, String extension, String erpUser, String colour,
                     Integer desk, List<String> groups, Integer idealLoad, Integer maxPerDay, boolean active,
                     Role role, int version) {

    public Person {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    public Person withVersion(int newVersion) {
        return new Person(id, name, email, extension, erpUser, colour, desk, groups, idealLoad, maxPerDay,
            active, role, newVersion);
    }

    public Person withActive(boolean newActive) {
        return new Person(id, name, email, extension, erpUser, colour, desk, groups, idealLoad, maxPerDay,
            newActive, role, version);
    }
}
