package org.tomatic.pbx.extensions;

import java.util.List;

/**
 * The PBX's directory of phone extensions (number, name, email), limited to the configured range:
 * nothing outside it is read as Tomatic's nor ever written. Writes report what they changed and throw
 * {@link ExtensionException} with a message fit for an operator; each call is all or nothing.
 */
public interface ExtensionDirectory {

    /** Where the directory lives, for messages: {@code realtime database jdbc:mariadb://pbx/asterisk}. */
    String describe();

    /** The range Tomatic manages; throws when it is not configured. */
    ExtensionRange range();

    /** The extensions in the range, in number order. */
    List<Extension> list();

    /**
     * Writes {@code puts} (added, or updated when present) and removes {@code removals}, all or nothing.
     * Returns one change per extension, puts first, unchanged ones included.
     */
    List<ExtensionChange> apply(List<Extension> puts, List<String> removals);

    /** Removes every extension in the range, all or nothing. */
    List<ExtensionChange> clear();

    default ExtensionChange put(Extension extension) {
        return apply(List.of(extension), List.of()).get(0);
    }

    /** Removes one extension; refuses an unknown one. */
    default ExtensionChange remove(String number) {
        return apply(List.of(), List.of(number)).get(0);
    }
}
