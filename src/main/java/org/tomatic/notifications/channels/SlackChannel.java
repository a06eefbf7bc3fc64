package org.tomatic.notifications.channels;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

import org.tomatic.notifications.Notification;

/**
 * A Slack-compatible incoming webhook: {@code {"text": "*subject*\ntext"}}, with {@code & < >} escaped as
 * Slack's mrkdwn wants.
 */
public class SlackChannel extends JsonWebhookChannel {

    public SlackChannel(URI url, WebhookPost post) {
        super(url, post);
    }

    @Override
    public String kind() {
        return SLACK;
    }

    @Override
    Map<String, Object> body(Notification n, Instant now) {
        Notification escaped = new Notification(n.type(), escape(n.subject()), escape(n.text()), n.html(), n.fields(),
            n.attachments());
        return Map.of("text", chatText(escaped, "*"));
    }

    private static String escape(String s) {
        return s == null ? null : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
