package org.tomatic.notifications;

import java.time.Instant;

/**
 * One notification to one channel (and one person, for a personal message). {@code target}: a webhook's
 * host or the email addresses, never a secret.
 */
public record Delivery(long id, long notificationId, String type, String subject, String channel, String target,
                       String personId, Status status, int attempts, Instant nextAttemptAt, String lastError,
                       Instant createdAt, Instant finishedAt) {

    /** SENDING = claimed by a worker right now; SKIPPED = nothing could be sent (e.g. the person has no email). */
    public enum Status { PENDING, SENDING, SENT, FAILED, SKIPPED }

    /** Still to be sent (or being sent). */
    public boolean open() {
        return status == Status.PENDING || status == Status.SENDING;
    }

    /** pending, sent, failed or skipped: what people see. */
    public String state() {
        return open() ? "pending" : status.name().toLowerCase();
    }
}
