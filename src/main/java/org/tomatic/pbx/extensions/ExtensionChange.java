package org.tomatic.pbx.extensions;

import java.util.List;

/**
 * What one write did to one extension.
 *
 * @param before      the extension before (null when added)
 * @param after       the extension after (null when removed)
 * @param differences what changed, in words ({@code name: Pau -> Pau Vila}); empty unless updated
 * @param newPassword the SIP password of a new extension, to tell the operator once; else null
 */
public record ExtensionChange(Kind kind, String number, Extension before, Extension after, List<String> differences,
                              String newPassword) {

    public enum Kind { ADDED, UPDATED, REMOVED, UNCHANGED }

    public ExtensionChange {
        differences = differences == null ? List.of() : List.copyOf(differences);
    }

    static ExtensionChange added(Extension after, String password) {
        return new ExtensionChange(Kind.ADDED, after.number(), null, after, List.of(), password);
    }

    static ExtensionChange updated(Extension before, Extension after, List<String> differences, String password) {
        return new ExtensionChange(Kind.UPDATED, after.number(), before, after, differences, password);
    }

    static ExtensionChange unchanged(Extension extension) {
        return new ExtensionChange(Kind.UNCHANGED, extension.number(), extension, extension, List.of(), null);
    }

    static ExtensionChange removed(Extension before) {
        return new ExtensionChange(Kind.REMOVED, before.number(), before, null, List.of(), null);
    }

    public boolean changed() {
        return kind != Kind.UNCHANGED;
    }

    /** What happened, without the kind and the number; never the password (this goes to the audit trail). */
    public String summary() {
        return switch (kind) {
            case ADDED, UNCHANGED -> after.nameAndEmail();
            case REMOVED -> before.nameAndEmail();
            case UPDATED -> String.join("; ", differences);
        };
    }

    /** {@code updated   215     name: Pau -> Pau Vila}. */
    public String line() {
        return String.format("%-9s %-7s %s", kind.name().toLowerCase(), number, summary());
    }
}
