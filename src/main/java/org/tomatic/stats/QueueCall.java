package org.tomatic.stats;

import java.time.LocalDateTime;

/** One recorded queue call (local times in the turn grid's zone). */
public record QueueCall(String callRef, String callerNumber, LocalDateTime joinedAt, LocalDateTime answeredAt,
                        LocalDateTime endedAt, String personId, Outcome outcome, Integer waitSeconds,
                        Integer talkSeconds, int unansweredRings, boolean outOfHours) {

    /** WAITING still in the queue; LEFT: left unanswered without giving up (the queue's timeout). */
    public enum Outcome { WAITING, ANSWERED, ABANDONED, LEFT }
}
