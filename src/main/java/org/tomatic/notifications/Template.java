package org.tomatic.notifications;

import java.util.List;

/**
 * The messages Tomatic sends, each a subject and a text with numbered placeholders ({@code {0}}, {@code {1}}…,
 * named in {@link #placeholders}). Defaults are in the message bundles ({@code notify.KEY.subject},
 * {@code notify.KEY.text}); administrators may override each one per language.
 */
public enum Template {
    TURN_WARNING("turn-warning", "time", "minutes", "people", "turn", "date"),
    QUEUE_CLOSES("queue-closes", "time", "minutes", "date"),
    AGENT_ABSENT("agent-absent", "name", "what", "since", "minutes"),
    TIMETABLE_PUBLISHED("timetable-published", "week", "by", "changes", "link"),
    PLANNING_INCOMPLETE("planning-incomplete", "week", "diagnosis", "link"),
    TURN_CHANGED("turn-changed", "day", "time", "before", "after", "week", "by", "link"),
    SWAP_REQUESTED("swap-requested", "requester", "theirTurn", "yourTurn", "reason", "link"),
    SWAP_ACCEPTED("swap-accepted", "colleague", "givenTurn", "newTurn", "link"),
    SAYS("says", "message", "who");

    /** The subject or the text of a message. */
    public enum Part {
        SUBJECT, TEXT;

        public String key() {
            return name().toLowerCase();
        }
    }

    private final String key;
    private final List<String> placeholders;

    Template(String key, String... placeholders) {
        this.key = key;
        this.placeholders = List.of(placeholders);
    }

    /** {@code turn-warning}: also the notification's type. */
    public String key() {
        return key;
    }

    /** Placeholder {@code {i}} is {@code placeholders().get(i)} (described by {@code templates.placeholder.NAME}). */
    public List<String> placeholders() {
        return placeholders;
    }

    public String code(Part part) {
        return "notify." + key + "." + part.key();
    }

    public static Template byKey(String key) {
        for (Template t : values()) {
            if (t.key.equals(key)) {
                return t;
            }
        }
        throw new IllegalArgumentException("No message template " + key);
    }
}
