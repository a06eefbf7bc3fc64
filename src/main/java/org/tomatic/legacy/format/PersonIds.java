package org.tomatic.legacy.format;

import java.util.regex.Pattern;

import org.tomatic.people.PersonRules;

/** Person ids as the old tool wrote them. */
final class PersonIds {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_.-]*");

    private PersonIds() {
    }

    /** The longest id Tomatic keeps (person.id and every column that refers to a person). */
    static final int MAX_LENGTH = PersonRules.MAX_ID;

    static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** "person id 'x…' is longer than 32 characters", or null when it is not. */
    static String tooLong(String id) {
        return id == null || id.length() <= MAX_LENGTH ? null
                : "person id '" + id.substring(0, MAX_LENGTH) + "…' is longer than " + MAX_LENGTH + " characters";
    }
}
