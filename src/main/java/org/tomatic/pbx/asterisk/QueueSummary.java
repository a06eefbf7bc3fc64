package org.tomatic.pbx.asterisk;

import java.time.Duration;

/**
 * Asterisk's QueueSummary of one queue: members logged in (not unavailable or invalid), of those the
 * ones free to take a call (not paused, not in use), callers waiting, the queue's running average hold
 * and talk times, and the longest wait of the callers there now.
 */
public record QueueSummary(String queue, int loggedIn, int available, int callers, Duration holdTime,
                           Duration talkTime, Duration longestHoldTime) {
}
