package org.tomatic.pbx.asterisk;

import java.time.Duration;

/** Waits between connection attempts: {@code first}, doubling after each failure, never above {@code max}. */
record Backoff(Duration first, Duration max) {

    /** Capped at 5 s, so the queue is whole again within seconds of Asterisk answering. */
    static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(5));

    /** The wait after {@code failures} failed attempts in a row (1 = the first failure). */
    Duration after(int failures) {
        Duration wait = first;
        for (int i = 1; i < failures && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
