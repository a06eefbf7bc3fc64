package org.tomatic.notifications.channels;

import java.time.Instant;

import org.tomatic.notifications.Notification;

/** One place notifications go: a chat webhook, the generic webhook, or email. */
public interface Channel {

    String GOOGLE_CHAT = "google-chat";
    String SLACK = "slack";
    String MATTERMOST = "mattermost";
    String WEBHOOK = "webhook";
    String EMAIL = "email";

    /** {@code google-chat}, {@code slack}, {@code mattermost}, {@code webhook} or {@code email}. */
    String kind();

    /** What the deliveries page may show of where it goes: a webhook's host, the email addresses; never a secret. */
    String target();

    /** Whether team messages go here (email: only with {@code tomatic.notifications.email.recipients}). */
    boolean forTeam();

    /**
     * Sends one notification, at {@code now}; {@code recipient} is a person's address for a personal message,
     * null for the team.
     */
    void send(Notification notification, String recipient, Instant now) throws DeliveryFailure;
}
