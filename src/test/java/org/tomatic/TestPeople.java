package org.tomatic;

import java.util.List;

import org.tomatic.people.Person;
import org.tomatic.people.Role;

/** People for tests. */
public final class TestPeople {
    private TestPeople() {
    }

    public static Person person(String id, Role role) {
        return new Person(id, Character.toUpperCase(id.charAt(0)) + id.substring(1), id + "@example.coop",
            String.valueOf(2000 + Math.abs(id.hashCode() % 7000)), null, "aabbcc", null, List.of("it"), 3, null, true,
            role, 0);
    }
}
