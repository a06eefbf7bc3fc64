package org.tomatic.people;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The shape every person's fields must have, wherever they come from (editor or import). */
public final class PersonRules {

    /** New ids: what the team is used to (3–10 lowercase letters, fixed once created). */
    public static final Pattern NEW_ID = Pattern.compile("[a-z]{3,10}");
    /** Ids an existing installation may already have. */
    public static final Pattern ANY_ID = Pattern.compile("[a-z][a-z0-9_.-]{0,31}");
    public static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** Desks are numbered from 0 (the old tool's first desk); null = no desk. */
    public static final int MIN_DESK = 0;
    public static final int MAX_DESK = 999;
    public static final Pattern EXTENSION = Pattern.compile("[0-9]{2,10}");
    public static final Pattern COLOUR = Pattern.compile("[0-9a-f]{6}");
    public static final Pattern GROUP = Pattern.compile("[\\p{L}\\p{N}_.-]([\\p{L}\\p{N}_. -]{0,48}[\\p{L}\\p{N}_.-])?");
    public static final int MAX_IDEAL_LOAD = 40;
    /** What the extension column holds: an imported extension of another shape is kept if it fits. */
    public static final int MAX_EXTENSION_STORED = 16;
    /** The longest texts (the person table's columns; ids of new people are shorter still, {@link #NEW_ID}). */
    public static final int MAX_ID = 32;
    public static final int MAX_NAME = 100;
    public static final int MAX_EMAIL = 200;
    public static final int MAX_ERP_USER = 100;
    /** bcrypt reads no more than 72 bytes (UTF-8) of a password. */
    public static final int MAX_PASSWORD_BYTES = 72;

    private PersonRules() {
    }

    /** Field → message key, for every field whose format is wrong (uniqueness is checked elsewhere). */
    public static Map<String, String> formatErrors(Person p) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (p.name() == null || p.name().isBlank()) {
            errors.put("name", "person.error.name");
        } else if (p.name().length() > MAX_NAME) {
            errors.put("name", "person.error.nameLong");
        }
        if (p.email() != null && p.email().length() > MAX_EMAIL) {
            errors.put("email", "person.error.emailLong");
        } else if (p.email() != null && !EMAIL.matcher(p.email()).matches()) {
            errors.put("email", "person.error.email");
        }
        if (p.erpUser() != null && p.erpUser().length() > MAX_ERP_USER) {
            errors.put("erpUser", "person.error.erpUser");
        }
        if (p.extension() != null && !EXTENSION.matcher(p.extension()).matches()) {
            errors.put("extension", "person.error.extension");
        }
        if (p.colour() == null || !COLOUR.matcher(p.colour()).matches()) {
            errors.put("colour", "person.error.colour");
        }
        if (p.desk() != null && (p.desk() < MIN_DESK || p.desk() > MAX_DESK)) {
            errors.put("desk", "person.error.desk");
        }
        if (p.idealLoad() != null && (p.idealLoad() < 0 || p.idealLoad() > MAX_IDEAL_LOAD)) {
            errors.put("idealLoad", "person.error.idealLoad");
        }
        if (p.maxPerDay() != null && (p.maxPerDay() < 1 || p.maxPerDay() > 10)) {
            errors.put("maxPerDay", "person.error.maxPerDay");
        }
        if (p.groups().stream().anyMatch(g -> !GROUP.matcher(g).matches())) {
            errors.put("groups", "person.error.groups");
        }
        if (p.role() == null) {
            errors.put("role", "person.error.role");
        }
        return errors;
    }

    /** A stable pleasant colour for someone who has none yet. */
    public static String defaultColour(String id) {
        String[] palette = {"ffcc80", "b3e5fc", "c5e1a5", "f8bbd0", "d1c4e9", "ffe082", "b2dfdb", "ffab91",
            "cfd8dc", "e6ee9c", "bcaaa4", "90caf9"};
        return palette[Math.floorMod(id.hashCode(), palette.length)];
    }
}
