package org.tomatic.notifications;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A message for the team's channels or for one person. {@code type}: what it is about
 * ({@code turn-change}, {@code agent-absent}, {@code daily-report}, {@code says}…), sent as is in the
 * generic webhook; {@code text}: plain text (chat); {@code html}: for email, null = from the text;
 * {@code fields}: the values the message was made from, for the generic webhook.
 */
public record Notification(String type, String subject, String text, String html, Map<String, Object> fields,
                           List<Attachment> attachments) {

    /** The longest subject kept (notification.subject); a longer one, made from a template, is shortened. */
    public static final int MAX_SUBJECT = 500;

    /** A file sent with the email (chat channels get only the text). */
    public record Attachment(String filename, String contentType, byte[] content) {}

    public Notification {
        // In the given order (the generic webhook's JSON keeps it); unmodifiable.
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public static Notification text(String type, String subject, String text) {
        return new Notification(type, subject, text, null, Map.of(), List.of());
    }
}
