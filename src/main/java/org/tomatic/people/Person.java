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

    /** Black or white, whichever reads better on the person's colour. */
    public String textColour() {
        if (colour == null || colour.length() != 6) {
            return "222222";
        }
        int r = Integer.parseInt(colour.substring(0, 2), 16);
        int g = Integer.parseInt(colour.substring(2, 4), 16);
        int b = Integer.parseInt(colour.substring(4, 6), 16);
        return 0.299 * r + 0.587 * g + 0.114 * b > 140 ? "222222" : "ffffff";
    }

    public Person withColour(String newColour) {
        return new Person(id, name, email, extension, erpUser, newColour, desk, groups, idealLoad, maxPerDay,
            active, role, version);
    }

    public Person withActive(boolean newActive) {
        return new Person(id, name, email, extension, erpUser, colour, desk, groups, idealLoad, maxPerDay,
            newActive, role, version);
    }
}
