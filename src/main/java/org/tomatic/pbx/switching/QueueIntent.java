package org.tomatic.pbx.switching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tomatic.pbx.LiveMember;
import org.tomatic.pbx.Member;
import org.tomatic.pbx.PbxEvent;
import org.tomatic.pbx.QueueSnapshot;

/**
 * What the queue should be during the running turn: the timetable's people, plus the members added
 * by hand, minus those removed by hand, and each member's pause with its reason (set in Tomatic or
 * seen in the PBX's events: a pause made on a phone is kept). After a PBX restart or a reconnection
 * the queue is restored to exactly this; a new turn starts again from the timetable, keeping the
 * pauses of the people who stay.
 */
@Component
public class QueueIntent {

    /** A member as intended: who, and the pause reason when paused (null when not paused). */
    public record Intended(Member member, String pauseReason) {
        public boolean paused() {
            return pauseReason != null;
        }
    }

    private final Map<String, Member> members = new LinkedHashMap<>();
    private final Map<String, String> pauses = new HashMap<>();
    /** Whether each member was paused in the last event the PBX sent on this link (to tell a change from a first sight). */
    private final Map<String, Boolean> seenPaused = new HashMap<>();
    private boolean known;

    /** Whether this instance knows the intended queue (not yet after a start: it is then taken from the PBX). */
    public synchronized boolean known() {
        return known;
    }

    /** A new turn: its members, keeping the pauses of those who stay. */
    public synchronized void startTurn(List<Member> turn) {
        members.clear();
        turn.forEach(m -> members.put(m.memberInterface(), m));
        pauses.keySet().retainAll(members.keySet());
        known = true;
    }

    /** At start-up within a turn: the turn's members and whoever the PBX holds now, with the PBX's pauses. */
    public synchronized void adopt(List<Member> turn, QueueSnapshot pbx) {
        members.clear();
        pauses.clear();
        turn.forEach(m -> members.put(m.memberInterface(), m));
        for (LiveMember m : pbx.members()) {
            members.putIfAbsent(m.memberInterface(), new Member(m.memberInterface(), m.name(), null));
            if (m.paused()) {
                pauses.put(m.memberInterface(), reasonOf(m));
            }
            seenPaused.put(m.memberInterface(), m.paused());
        }
        known = true;
    }

    public synchronized void added(Member member) {
        members.put(member.memberInterface(), member);
    }

    public synchronized void removed(String memberInterface) {
        members.remove(memberInterface);
        pauses.remove(memberInterface);
    }

    public synchronized void paused(String memberInterface, String reason) {
        if (members.containsKey(memberInterface)) {
            pauses.put(memberInterface, reason == null ? "" : reason);
        }
    }

    public synchronized void resumed(String memberInterface) {
        pauses.remove(memberInterface);
    }

    /** The intended members, in order, with their pauses. */
    public synchronized List<Intended> members() {
        List<Intended> out = new ArrayList<>();
        members.values().forEach(m -> out.add(new Intended(m, pauses.get(m.memberInterface()))));
        return out;
    }

    /** A new link: what the PBX says next about a member is a first sight, not a change. */
    public synchronized void newLink() {
        seenPaused.clear();
    }

    @EventListener
    public void on(PbxEvent event) {
        if (event instanceof PbxEvent.MemberChanged changed) {
            memberChanged(changed.member());
        } else if (event instanceof PbxEvent.MemberRemoved removed) {
            synchronized (this) {
                removed(removed.memberInterface());
                seenPaused.remove(removed.memberInterface());
            }
        } else if (event instanceof PbxEvent.ConnectionChanged c && !c.up()) {
            newLink();
        }
    }

    private synchronized void memberChanged(LiveMember m) {
        Boolean before = seenPaused.put(m.memberInterface(), m.paused());
        // A member the PBX gained without Tomatic (a queue login on the phone) is a hand addition too.
        members.putIfAbsent(m.memberInterface(), new Member(m.memberInterface(), m.name(), null));
        if (m.paused()) {
            pauses.put(m.memberInterface(), reasonOf(m));
        } else if (Boolean.TRUE.equals(before)) {
            pauses.remove(m.memberInterface());   // resumed on the PBX (a member re-added unpaused is not a resume)
        }
    }

    private static String reasonOf(LiveMember m) {
        return m.pausedReason() == null ? "" : m.pausedReason();
    }
}
