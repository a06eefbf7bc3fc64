package org.tomatic.notifications.channels;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.tomatic.notifications.NotificationProperties;

/**
 * The configured channels: each exists only when its property is set, several at once. Email needs
 * Spring's mail sender ({@code spring.mail.host}), taken through an {@link ObjectProvider} so that
 * Tomatic starts without it.
 */
@Component
public class Channels {

    private static final Logger log = LoggerFactory.getLogger(Channels.class);

    private final List<Channel> all = new ArrayList<>();
    private final EmailChannel email;

    @Autowired
    public Channels(NotificationProperties properties, ObjectProvider<JavaMailSender> mail) {
        WebhookPost post = new WebhookPost(properties.delivery().timeout());
        add("tomatic.notifications.google-chat.webhook-url", properties.googleChat().webhookUrl(), post, GoogleChatChannel::new);
        add("tomatic.notifications.slack.webhook-url", properties.slack().webhookUrl(), post, SlackChannel::new);
        add("tomatic.notifications.mattermost.webhook-url", properties.mattermost().webhookUrl(), post, MattermostChannel::new);
        add("tomatic.notifications.webhook.url", properties.webhook().url(), post, GenericWebhookChannel::new);
        JavaMailSender sender = mail.getIfAvailable();
        List<String> recipients = properties.email().recipientList();
        if (sender != null) {
            email = new EmailChannel(sender, properties.email().from(), recipients, properties.delivery().timeout());
            all.add(email);
        } else {
            email = null;
            if (!recipients.isEmpty()) {
                log.warn("tomatic.notifications.email.recipients is set but spring.mail.host is not: no email is sent");
            }
        }
    }

    /** For tests and tools: exactly these channels. */
    public Channels(List<Channel> channels) {
        all.addAll(channels);
        email = channels.stream().filter(EmailChannel.class::isInstance).map(EmailChannel.class::cast).findFirst()
            .orElse(null);
    }

    private void add(String property, String url, WebhookPost post, BiFunction<URI, WebhookPost, Channel> channel) {
        if (url == null || url.isBlank()) {
            return;
        }
        all.add(channel.apply(uri(property, url.strip()), post));
    }

    /** Refuses a malformed URL at start-up, naming the property (never the URL: it holds a token). */
    private static URI uri(String property, String url) {
        try {
            URI uri = new URI(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new URISyntaxException(property, "not an http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(property + " is not an http(s) URL");
        }
    }

    /** Where team messages go. */
    public List<Channel> forTeam() {
        return all.stream().filter(Channel::forTeam).toList();
    }

    public Optional<Channel> byKind(String kind) {
        return all.stream().filter(c -> c.kind().equals(kind)).findFirst();
    }

    /** Email, when an SMTP server is configured (for personal messages even without team recipients). */
    public Optional<EmailChannel> email() {
        return Optional.ofNullable(email);
    }
}
