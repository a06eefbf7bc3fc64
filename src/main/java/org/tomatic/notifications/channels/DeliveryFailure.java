package org.tomatic.notifications.channels;

import java.time.Duration;

/**
 * A failed attempt: {@code retryable} for what may pass (5xx, 429, timeouts, a refused connection), not
 * for what will not (other 4xx, a bad address); {@code retryAfter} when the peer said how long to wait.
 * The reason never contains a webhook's URL.
 */
public class DeliveryFailure extends Exception {

    private final boolean retryable;
    private final Duration retryAfter;

    public DeliveryFailure(String reason, boolean retryable) {
        this(reason, retryable, null);
    }

    public DeliveryFailure(String reason, boolean retryable, Duration retryAfter) {
        super(reason);
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    public boolean retryable() {
        return retryable;
    }

    /** null when the peer did not say. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
