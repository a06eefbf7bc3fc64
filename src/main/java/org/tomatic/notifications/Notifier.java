package org.tomatic.notifications;

/**
 * Sends notifications without making the caller wait: each one is queued and delivered in the
 * background to every configured channel, retried on failure, and recorded.
 */
public interface Notifier {

    /** To the team: every configured chat webhook, the generic webhook, and the email recipients. */
    void team(Notification notification);

    /** To one person: by email (their address), or a direct chat message where a channel supports it. */
    void person(String personId, Notification notification);
}
