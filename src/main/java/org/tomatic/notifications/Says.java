package org.tomatic.notifications;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tomatic.system.AuditLog;

/** "Tomatic says": a free message to the team's channels, from a coordinator's dialog or the CLI. Audited. */
@Service
public class Says {

    /** The longest message (it goes into the notification's text, and whole into the audit trail's 4000). */
    public static final int MAX_LENGTH = 4000;

    /** Nothing to send it with: no team channel is configured. */
    public static class NoChannel extends RuntimeException {
        NoChannel() {
            super("No notification channel is configured (tomatic.notifications.*: google-chat, slack, "
                + "mattermost, webhook, or email recipients with spring.mail.host).");
        }
    }

    private final Deliveries deliveries;
    private final MessageTemplates templates;
    private final NotificationProperties properties;
    private final AuditLog audit;

    Says(Deliveries deliveries, MessageTemplates templates, NotificationProperties properties, AuditLog audit) {
        this.deliveries = deliveries;
        this.templates = templates;
        this.properties = properties;
        this.audit = audit;
    }

    /** Queues the message; returns the notification's id. */
    @Transactional
    public long say(String message, String who) {
        String text = message == null ? "" : message.replace("\r\n", "\n").strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("The message is empty.");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("The message is longer than " + MAX_LENGTH + " characters.");
        }
        if (!deliveries.anyTeamChannel()) {
            throw new NoChannel();
        }
        MessageTemplates.Rendered m = templates.render(Template.SAYS, properties.teamLocale(), text, who);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("message", text);
        fields.put("by", who);
        long id = deliveries.enqueueTeam(new Notification(Template.SAYS.key(), m.subject(), m.text(), null, fields, null))
            .orElseThrow(NoChannel::new);
        audit.record(who, "notification", String.valueOf(id), "says", text);
        return id;
    }

    public int teamChannels() {
        return deliveries.teamChannelCount();
    }
}
