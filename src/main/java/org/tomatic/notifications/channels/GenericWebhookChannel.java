package org.tomatic.notifications.channels;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tomatic.notifications.Notification;

/**
 * Any HTTP endpoint: {@code {"type", "subject", "text", "fields": {…}, "sentAt"}} (sentAt: this attempt,
 * ISO-8601 UTC); with attachments, also {@code "attachments": [{"filename", "contentType", "size"}]}
 * (their names only).
 */
public class GenericWebhookChannel extends JsonWebhookChannel {

    public GenericWebhookChannel(URI url, WebhookPost post) {
        super(url, post);
    }

    @Override
    public String kind() {
        return WEBHOOK;
    }

    @Override
    Map<String, Object> body(Notification n, Instant now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", n.type());
        body.put("subject", n.subject());
        body.put("text", n.text());
        body.put("fields", n.fields());
        body.put("sentAt", now.toString());
        if (!n.attachments().isEmpty()) {
            List<Map<String, Object>> files = n.attachments().stream().map(a -> {
                Map<String, Object> file = new LinkedHashMap<>();
                file.put("filename", a.filename());
                file.put("contentType", a.contentType());
                file.put("size", a.content().length);
                return file;
            }).toList();
            body.put("attachments", files);
        }
        return body;
    }
}
