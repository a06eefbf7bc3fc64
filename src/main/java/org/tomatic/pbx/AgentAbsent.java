package org.tomatic.pbx;

import java.time.Instant;

/**
 * A person scheduled on the phone has been missing from the queue, unavailable or paused for longer
 * than allowed; fired once per such spell, for the notifications.
 */
public record AgentAbsent(String personId, String name, Adherence.Kind kind, String pauseReason, Instant since) {}
