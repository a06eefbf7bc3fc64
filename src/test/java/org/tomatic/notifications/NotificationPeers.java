package org.tomatic.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The notification channels of the shared test application, all pointed at real peers on the loopback:
 * the four webhook kinds at one {@link WebhookPeer} (URLs with secret-looking tokens), email at GreenMail.
 * Retries are quick (backoff 100 ms, 3 attempts) and the minute-by-minute turn warning is off (tests run
 * it with their own clock).
 */
public final class NotificationPeers {

    public static final String GOOGLE_CHAT = "/v1/spaces/AAAA/messages";
    public static final String SLACK = "/services/T000/B000/slacksecret";
    public static final String MATTERMOST = "/hooks/mattermostsecret";
    public static final String WEBHOOK = "/tomatic-events";
    public static final String TEAM = "team@example.coop";
    public static final String COORDINATORS = "coordinators@example.coop";

    public static final WebhookPeer WEBHOOKS = WebhookPeer.start();
    public static final GreenMail MAIL = startMail();

    private NotificationPeers() {
    }

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
    }

    public static void register(DynamicPropertyRegistry registry) {
        String n = "tomatic.notifications.";
        registry.add(n + "google-chat.webhook-url", () -> WEBHOOKS.url(GOOGLE_CHAT + "?key=chatkey&token=chattoken"));
        registry.add(n + "slack.webhook-url", () -> WEBHOOKS.url(SLACK));
        registry.add(n + "mattermost.webhook-url", () -> WEBHOOKS.url(MATTERMOST));
        registry.add(n + "webhook.url", () -> WEBHOOKS.url(WEBHOOK + "?token=webhooksecret"));
        registry.add(n + "email.recipients", () -> TEAM + "," + COORDINATORS);
        registry.add(n + "email.from", () -> "tomatic@example.coop");
        registry.add(n + "public-url", () -> "https://tomatic.example.coop");
        registry.add(n + "delivery.backoff", () -> "100ms");
        registry.add(n + "delivery.max-backoff", () -> "1s");
        registry.add(n + "delivery.max-attempts", () -> "3");
        registry.add(n + "delivery.timeout", () -> "2s");
        registry.add(n + "delivery.poll-every", () -> "500ms");
        registry.add(n + "turn-warning.enabled", () -> "false");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    /**
     * Waits until the mailboxes hold {@code count} messages (one per recipient; GreenMail's own wait counts a
     * message once, however many recipients it has).
     */
    public static jakarta.mail.internet.MimeMessage[] awaitMail(int count, java.time.Duration timeout)
        throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (MAIL.getReceivedMessages().length < count && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        return MAIL.getReceivedMessages();
    }

    /** Every test starts with empty peers. */
    public static void reset() {
        WEBHOOKS.reset();
        try {
            MAIL.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
