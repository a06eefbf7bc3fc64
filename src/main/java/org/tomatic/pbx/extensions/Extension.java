package org.tomatic.pbx.extensions;

import java.util.regex.Pattern;

/**
 * A phone extension as the PBX directory knows it: its number, the name shown to the called
 * person, and the agent's email (null = none).
 */
public record Extension(String number, String name, String email) {

    private static final Pattern EMAIL = Pattern.compile("[^\\s@;,<>\"]+@[^\\s@;,<>\"]+");

    /**
     * The extension cleaned for writing: the name trimmed, without the quotes and angle brackets that
     * would break the caller id; a blank email is none. Refuses a missing name or a malformed email
     * (it is stored in a {@code ;}-separated list, so it may not hold one).
     */
    public Extension checked() {
        String cleanName = name == null ? "" : name.replaceAll("[\"<>]", "").replaceAll("\\s+", " ").trim();
        if (cleanName.isEmpty()) {
            throw new ExtensionException("extension " + number + " needs a name");
        }
        String cleanEmail = email == null || email.isBlank() ? null : email.trim();
        if (cleanEmail != null && !EMAIL.matcher(cleanEmail).matches()) {
            throw new ExtensionException("'" + cleanEmail + "' is not an email address");
        }
        return new Extension(number, cleanName, cleanEmail);
    }

    /** {@code Anna Puig <anna@example.coop>}, or the name alone. */
    public String nameAndEmail() {
        return email == null ? name : name + " <" + email + ">";
    }
}
