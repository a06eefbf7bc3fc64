package org.tomatic.pbx.asterisk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.asteriskjava.manager.event.AgentCalledEvent;
import org.asteriskjava.manager.event.AgentCompleteEvent;
import org.asteriskjava.manager.event.AgentConnectEvent;
import org.asteriskjava.manager.event.AgentRingNoAnswerEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.QueueCallerAbandonEvent;
import org.asteriskjava.manager.event.QueueCallerJoinEvent;
import org.asteriskjava.manager.event.QueueCallerLeaveEvent;
import org.asteriskjava.manager.event.QueueEntryEvent;
import org.asteriskjava.manager.event.QueueMemberEvent;
import org.tomatic.pbx.LiveMember;
import org.tomatic.pbx.MemberState;
import org.tomatic.pbx.PbxEvent;
import org.tomatic.pbx.WaitingCaller;

/**
 * Turns the AMI events of one queue into {@link PbxEvent}s, and the QueueStatus list entries into
 * members and callers. Units as Asterisk 22 sends them: HoldTime, RingTime of AgentConnect, TalkTime in
 * seconds; RingTime of AgentRingNoAnswer in milliseconds; LastCall, LastPause epoch seconds, 0 = never.
 */
final class AmiEvents {

    private final String queue;
    private final Clock clock;

    AmiEvents(String queue, Clock clock) {
        this.queue = queue;
        this.clock = clock;
    }

    /** The event for Tomatic, or empty when it is about another queue or of no interest. */
    Optional<PbxEvent> map(ManagerEvent event) {
        Instant at = clock.instant();
        if (event instanceof AmiMemberEvent e && ours(e.getQueue())) {
            return Optional.of(e instanceof AmiMemberEvent.Removed
                ? new PbxEvent.MemberRemoved(at, e.getInterface())
                : new PbxEvent.MemberChanged(at, member(e)));
        }
        if (event instanceof QueueCallerJoinEvent e && ours(e.getQueue())) {
            return Optional.of(new PbxEvent.CallerJoined(at, new WaitingCaller(e.getUniqueId(), e.getCallerIdNum(),
                e.getCallerIdName(), orZero(e.getPosition()), at)));
        }
        if (event instanceof QueueCallerLeaveEvent e && ours(e.getQueue())) {
            return Optional.of(new PbxEvent.CallerLeft(at, e.getUniqueId()));
        }
        if (event instanceof QueueCallerAbandonEvent e && ours(e.getQueue())) {
            return Optional.of(new PbxEvent.CallerAbandoned(at, e.getUniqueId(), seconds(e.getHoldTime())));
        }
        if (event instanceof AgentCalledEvent e && ours(e.getQueue())) {
            return Optional.of(new PbxEvent.AgentCalled(at, e.getInterface(), e.getMemberName(), e.getUniqueId(),
                e.getCallerIdNum()));
        }
        if (event instanceof AgentConnectEvent e && ours(e.getQueue())) {
            return Optional.of(new PbxEvent.AgentConnected(at, agentInterface(e.getInterface(), e.getMember()),
                e.getUniqueId(), e.getCallerIdNum(), seconds(e.getHoldTime()), seconds(e.getRingtime())));
        }
        if (event instanceof AgentCompleteEvent e && ours(e.getQueue())) {
            return Optional.of(new PbxEvent.AgentCompleted(at, agentInterface(e.getInterface(), e.getMember()),
                e.getUniqueId(), seconds(e.getHoldTime()), seconds(e.getTalkTime()), e.getReason()));
        }
        if (event instanceof AgentRingNoAnswerEvent e && ours(e.getQueue())) {
            return Optional.of(new PbxEvent.AgentRingNoAnswer(at, agentInterface(e.getInterface(), e.getMember()),
                e.getUniqueId(), Duration.ofMillis(e.getRingtime() == null ? 0 : e.getRingtime())));
        }
        return Optional.empty();
    }

    boolean ours(String eventQueue) {
        return queue.equals(eventQueue);
    }

    /** A member as a member event shows it; the old QueueMemberPaused has no Status, so its state is unknown. */
    static LiveMember member(AmiMemberEvent e) {
        boolean paused = Boolean.TRUE.equals(e.getPaused());
        return new LiveMember(e.getInterface(), e.getMemberName(), MemberState.ofDeviceStatus(orZero(e.getStatus())),
            paused, paused ? blankToNull(e.getPausedReason()) : null, paused ? epoch(e.getLastPause()) : null,
            orZero(e.getCallsTaken()), epoch(e.getLastCall()));
    }

    /** A member as QueueStatus lists it: its name and interface come as Name and Location. */
    static LiveMember member(QueueMemberEvent e) {
        boolean paused = Boolean.TRUE.equals(e.getPaused());
        return new LiveMember(e.getInterface(), e.getName(), MemberState.ofDeviceStatus(orZero(e.getStatus())),
            paused, paused ? blankToNull(e.getPausedreason()) : null, paused ? epoch(e.getLastPause()) : null,
            orZero(e.getCallsTaken()), epoch(e.getLastCall()));
    }

    /** A waiting caller as QueueStatus lists it; Wait is the seconds waited so far. */
    static WaitingCaller caller(QueueEntryEvent e, Instant now) {
        long waited = e.getWait() == null ? 0 : e.getWait();
        return new WaitingCaller(e.getUniqueId(), e.getCallerIdNum(), e.getCallerIdName(), orZero(e.getPosition()),
            now.minusSeconds(waited));
    }

    private static String agentInterface(String iface, String member) {
        return iface != null ? iface : member;
    }

    private static Duration seconds(Number value) {
        return Duration.ofSeconds(value == null ? 0 : value.longValue());
    }

    private static Instant epoch(Long seconds) {
        return seconds == null || seconds <= 0 ? null : Instant.ofEpochSecond(seconds);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
