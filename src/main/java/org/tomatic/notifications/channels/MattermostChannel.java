package org.tomatic.notifications.channels;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

import org.tomatic.notifications.Notification;

/** A Mattermost incoming webhook: {@code {"text": "**subject**\ntext"}} (Markdown). */
public class MattermostChannel extends JsonWebhookChannel {

    public MattermostChannel(URI url, WebhookPost post) {
        super(url, post);
    }

    @Override
    public String kind() {
        return MATTERMOST;
    }

    @Override
    Map<String, Object> body(Notification n, Instant now) {
        return Map.of("text", chatText(n, "**"));
    }
}
