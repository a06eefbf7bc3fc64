package org.tomatic.notifications.channels;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

import org.tomatic.notifications.Notification;

/** A Google Chat space's incoming webhook: {@code {"text": "*subject*\ntext"}}. */
public class GoogleChatChannel extends JsonWebhookChannel {

    public GoogleChatChannel(URI url, WebhookPost post) {
        super(url, post);
    }

    @Override
    public String kind() {
        return GOOGLE_CHAT;
    }

    @Override
    Map<String, Object> body(Notification n, Instant now) {
        return Map.of("text", chatText(n, "*"));
    }
}
