package org.tomatic.pbx;

import java.util.List;
import java.util.Optional;

/** The queue at one moment: its members and the callers waiting. */
public record QueueSnapshot(String queue, List<LiveMember> members, List<WaitingCaller> callers) {

    public QueueSnapshot {
        members = List.copyOf(members);
        callers = List.copyOf(callers);
    }

    public Optional<LiveMember> member(String memberInterface) {
        return members.stream().filter(m -> m.memberInterface().equals(memberInterface)).findFirst();
    }
}
