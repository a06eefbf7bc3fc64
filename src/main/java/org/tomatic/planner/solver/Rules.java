package org.tomatic.planner.solver;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules beyond the old model (docs/scheduling-model.md §3); each one off when empty or 0.
 *
 * @param desks        person → desk: people at one desk disturb each other on the phone
 * @param maxPerDesk   hard cap of people of one desk on the phone in a turn (0 = none)
 * @param sharedDesk   cost per pair of people of one desk on the phone in the same turn
 * @param groups       caps on a group's people on (and off) the phone at once
 * @param pinned       people who must stay where they are (hard), e.g. when re-planning
 * @param previous     the timetable being re-planned: slot → people
 * @param changedCell  cost per person taken out of a turn they had in {@code previous}
 */
public record Rules(Map<String, Integer> desks, int maxPerDesk, int sharedDesk, List<Group> groups,
                    Map<Slot, Set<String>> pinned, Map<Slot, Set<String>> previous, int changedCell) {

    /** At most {@code maxOnPhone} members on the phone, at least {@code minOffPhone} off it, in every turn (0 = no limit). */
    public record Group(String name, Set<String> members, int maxOnPhone, int minOffPhone) {}

    public static final Rules NONE = new Rules(Map.of(), 0, 0, List.of(), Map.of(), Map.of(), 0);

    public Rules withDesks(Map<String, Integer> newDesks, int newMaxPerDesk, int newSharedDesk) {
        return new Rules(newDesks, newMaxPerDesk, newSharedDesk, groups, pinned, previous, changedCell);
    }

    public Rules withGroups(List<Group> newGroups) {
        return new Rules(desks, maxPerDesk, sharedDesk, newGroups, pinned, previous, changedCell);
    }

    public Rules withStability(Map<Slot, Set<String>> newPinned, Map<Slot, Set<String>> newPrevious, int cost) {
        return new Rules(desks, maxPerDesk, sharedDesk, groups, newPinned, newPrevious, cost);
    }
}
