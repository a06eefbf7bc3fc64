package org.tomatic.notifications.channels;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

import org.tomatic.notifications.Notification;
import tools.jackson.databind.json.JsonMapper;

/** A channel that POSTs one JSON object per notification to a URL from configuration. */
abstract class JsonWebhookChannel implements Channel {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI url;
    private final WebhookPost post;

    JsonWebhookChannel(URI url, WebhookPost post) {
        this.url = url;
        this.post = post;
    }

    /** The JSON object for a notification (attachments are the email's: chat gets only the text). */
    abstract Map<String, Object> body(Notification notification, Instant now);

    @Override
    public String target() {
        return url.getHost();
    }

    @Override
    public boolean forTeam() {
        return true;
    }

    @Override
    public void send(Notification notification, String recipient, Instant now) throws DeliveryFailure {
        post.post(url, JSON.writeValueAsString(body(notification, now)));
    }

    /** The subject on its own line, {@code bold} around it, then the text. */
    static String chatText(Notification n, String bold) {
        String subject = n.subject() == null || n.subject().isBlank() ? "" : bold + n.subject().strip() + bold + "\n";
        return subject + (n.text() == null ? "" : n.text());
    }
}
