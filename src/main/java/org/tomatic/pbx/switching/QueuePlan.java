package org.tomatic.pbx.switching;

import java.util.List;

import org.tomatic.pbx.Member;

/**
 * Who should be in the queue in a slot: the people of the timetable's cells, as queue members, and
 * those scheduled who cannot be added because they have no extension.
 */
public record QueuePlan(TurnSlot slot, List<Planned> people, List<String> withoutExtension) {

    public record Planned(String personId, String name, String extension, Member member) {}

    public List<Member> members() {
        return people.stream().map(Planned::member).toList();
    }

    public List<String> personIds() {
        return people.stream().map(Planned::personId).toList();
    }
}
