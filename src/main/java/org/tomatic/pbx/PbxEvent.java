package org.tomatic.pbx;

import java.time.Duration;
import java.time.Instant;

/**
 * What the PBX tells as it happens. Member events carry the member as it is after the change; call
 * events carry the caller channel's {@code uniqueId}, which ties the events of one call together.
 */
public sealed interface PbxEvent {

    Instant at();

    /** Added, or its state or pause changed, or it took a call. */
    record MemberChanged(Instant at, LiveMember member) implements PbxEvent {}

    record MemberRemoved(Instant at, String memberInterface) implements PbxEvent {}

    record CallerJoined(Instant at, WaitingCaller caller) implements PbxEvent {}

    /** The caller left the waiting line: answered, abandoned or timed out (see the other events). */
    record CallerLeft(Instant at, String uniqueId) implements PbxEvent {}

    /** A member's phone rings for a caller: the moment to show the caller's record to that member. */
    record AgentCalled(Instant at, String memberInterface, String memberName, String uniqueId, String callerNumber)
        implements PbxEvent {}

    record AgentConnected(Instant at, String memberInterface, String uniqueId, String callerNumber, Duration hold,
                          Duration ring) implements PbxEvent {}

    /** {@code reason}: who hung up ({@code agent}, {@code caller}) or {@code transfer}. */
    record AgentCompleted(Instant at, String memberInterface, String uniqueId, Duration hold, Duration talk,
                          String reason) implements PbxEvent {}

    record AgentRingNoAnswer(Instant at, String memberInterface, String uniqueId, Duration ring) implements PbxEvent {}

    record CallerAbandoned(Instant at, String uniqueId, Duration hold) implements PbxEvent {}

    /** The link to the PBX went down or came (back) up; after coming up the queue must be re-read. */
    record ConnectionChanged(Instant at, boolean up, String detail) implements PbxEvent {}
}
