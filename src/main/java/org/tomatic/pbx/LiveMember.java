package org.tomatic.pbx;

import java.time.Instant;

/**
 * A member as the queue has it now. {@code pausedSince}, {@code lastCall} null = unknown or never.
 */
public record LiveMember(String memberInterface, String name, MemberState state, boolean paused, String pausedReason,
                         Instant pausedSince, int callsTaken, Instant lastCall) {

    public LiveMember withState(MemberState newState) {
        return new LiveMember(memberInterface, name, newState, paused, pausedReason, pausedSince, callsTaken, lastCall);
    }

    public LiveMember withPause(boolean newPaused, String reason, Instant since) {
        return new LiveMember(memberInterface, name, state, newPaused, newPaused ? reason : null, newPaused ? since : null,
            callsTaken, lastCall);
    }

    public LiveMember withCallTaken(Instant at) {
        return new LiveMember(memberInterface, name, state, paused, pausedReason, pausedSince, callsTaken + 1, at);
    }
}
