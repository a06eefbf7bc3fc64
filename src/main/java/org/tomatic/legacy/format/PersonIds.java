package org.tomatic.legacy.format;

import java.util.regex.Pattern;

/** Person ids as the old tool wrote them. */
final class PersonIds {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_.-]*");

    private PersonIds() {
    }

    static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
