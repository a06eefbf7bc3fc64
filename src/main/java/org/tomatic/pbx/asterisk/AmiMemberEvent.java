package org.tomatic.pbx.asterisk;

import java.io.Serial;
import java.util.List;

import org.asteriskjava.manager.AsteriskMapping;
import org.asteriskjava.manager.event.ManagerEvent;

/**
 * The queue member events of Asterisk 22 (QueueMemberAdded, …Removed, …Pause, …Status, …Penalty,
 * …Ringinuse) and the old QueueMemberPaused, read into one class. asterisk-java 3.41 has its own
 * classes for them, but they drop fields Asterisk 22 sends (LastPause, LoginTime, Wrapuptime of
 * QueueMemberAdded) and QueueMemberPauseEvent has two PausedReason setters of which reflection picks
 * either, so the reason is sometimes lost. These replace them on each connection.
 */
public abstract class AmiMemberEvent extends ManagerEvent {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The classes to register on a connection; each replaces asterisk-java's one for its event. */
    static final List<Class<? extends AmiMemberEvent>> CLASSES = List.of(Added.class, Removed.class, Pause.class,
        Paused.class, Status.class, Penalty.class, Ringinuse.class);

    private String queue;
    private String memberName;
    private String memberInterface;
    private String stateInterface;
    private String membership;
    private Integer penalty;
    private Integer callsTaken;
    private Long lastCall;
    private Long lastPause;
    private Long loginTime;
    private Integer inCall;
    private Integer status;
    private Boolean paused;
    private String pausedReason;
    private Boolean ringinuse;
    private Integer wrapuptime;

    protected AmiMemberEvent(Object source) {
        super(source);
    }

    public String getQueue() {
        return queue;
    }

    public void setQueue(String queue) {
        this.queue = queue;
    }

    public String getMemberName() {
        return memberName;
    }

    public void setMemberName(String memberName) {
        this.memberName = memberName;
    }

    public String getInterface() {
        return memberInterface;
    }

    public void setInterface(String memberInterface) {
        this.memberInterface = memberInterface;
    }

    /** Asterisk up to 1.8 named the interface Location. */
    public void setLocation(String location) {
        this.memberInterface = location;
    }

    public String getStateInterface() {
        return stateInterface;
    }

    public void setStateInterface(String stateInterface) {
        this.stateInterface = stateInterface;
    }

    public String getMembership() {
        return membership;
    }

    public void setMembership(String membership) {
        this.membership = membership;
    }

    public Integer getPenalty() {
        return penalty;
    }

    public void setPenalty(Integer penalty) {
        this.penalty = penalty;
    }

    public Integer getCallsTaken() {
        return callsTaken;
    }

    public void setCallsTaken(Integer callsTaken) {
        this.callsTaken = callsTaken;
    }

    /** Epoch seconds, 0 = never. */
    public Long getLastCall() {
        return lastCall;
    }

    public void setLastCall(Long lastCall) {
        this.lastCall = lastCall;
    }

    /** Epoch seconds, 0 = never. */
    public Long getLastPause() {
        return lastPause;
    }

    public void setLastPause(Long lastPause) {
        this.lastPause = lastPause;
    }

    public Long getLoginTime() {
        return loginTime;
    }

    public void setLoginTime(Long loginTime) {
        this.loginTime = loginTime;
    }

    public Integer getInCall() {
        return inCall;
    }

    public void setInCall(Integer inCall) {
        this.inCall = inCall;
    }

    /** Device state, 0–8; null in the old QueueMemberPaused. */
    public Integer getStatus() {
        return status;
    }

    public void setStatus(Integer status) {
        this.status = status;
    }

    public Boolean getPaused() {
        return paused;
    }

    public void setPaused(Boolean paused) {
        this.paused = paused;
    }

    public String getPausedReason() {
        return pausedReason;
    }

    public void setPausedReason(String pausedReason) {
        this.pausedReason = pausedReason;
    }

    /** The old QueueMemberPaused named the pause reason Reason. */
    public void setReason(String reason) {
        this.pausedReason = reason;
    }

    public Boolean getRinginuse() {
        return ringinuse;
    }

    public void setRinginuse(Boolean ringinuse) {
        this.ringinuse = ringinuse;
    }

    public Integer getWrapuptime() {
        return wrapuptime;
    }

    public void setWrapuptime(Integer wrapuptime) {
        this.wrapuptime = wrapuptime;
    }

    @AsteriskMapping("QueueMemberAdded")
    public static final class Added extends AmiMemberEvent {
        @Serial
        private static final long serialVersionUID = 1L;

        public Added(Object source) {
            super(source);
        }
    }

    @AsteriskMapping("QueueMemberRemoved")
    public static final class Removed extends AmiMemberEvent {
        @Serial
        private static final long serialVersionUID = 1L;

        public Removed(Object source) {
            super(source);
        }
    }

    @AsteriskMapping("QueueMemberPause")
    public static final class Pause extends AmiMemberEvent {
        @Serial
        private static final long serialVersionUID = 1L;

        public Pause(Object source) {
            super(source);
        }
    }

    /** Asterisk up to 11 sent QueueMemberPaused instead of QueueMemberPause. */
    @AsteriskMapping("QueueMemberPaused")
    public static final class Paused extends AmiMemberEvent {
        @Serial
        private static final long serialVersionUID = 1L;

        public Paused(Object source) {
            super(source);
        }
    }

    @AsteriskMapping("QueueMemberStatus")
    public static final class Status extends AmiMemberEvent {
        @Serial
        private static final long serialVersionUID = 1L;

        public Status(Object source) {
            super(source);
        }
    }

    @AsteriskMapping("QueueMemberPenalty")
    public static final class Penalty extends AmiMemberEvent {
        @Serial
        private static final long serialVersionUID = 1L;

        public Penalty(Object source) {
            super(source);
        }
    }

    @AsteriskMapping("QueueMemberRinginuse")
    public static final class Ringinuse extends AmiMemberEvent {
        @Serial
        private static final long serialVersionUID = 1L;

        public Ringinuse(Object source) {
            super(source);
        }
    }
}
