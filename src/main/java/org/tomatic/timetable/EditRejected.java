package org.tomatic.timetable;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * A hand edit that breaks a rule; nothing was changed. {@code confirmable}: allowed with a confirmation and a
 * reason. The message is English (the API's and the log's); {@link #in} says it in a page's language when the
 * refusal has words in the bundles ({@code edit.refused.*}).
 */
public class EditRejected extends RuntimeException {

    private final boolean confirmable;
    private final String key;
    private final Object[] args;

    public EditRejected(String message, boolean confirmable) {
        this(message, confirmable, null);
    }

    /** @param key the refusal's words, {@code edit.refused.<key>}, taking {@code args} */
    public EditRejected(String message, boolean confirmable, String key, Object... args) {
        super(message);
        this.confirmable = confirmable;
        this.key = key;
        this.args = args;
    }

    public boolean confirmable() {
        return confirmable;
    }

    /** The refusal in the language of the page, or its English message when it has no words of its own. */
    public String in(MessageSource messages, Locale locale) {
        return key == null ? getMessage() : messages.getMessage("edit.refused." + key, args, getMessage(), locale);
    }
}
