package org.tomatic.pbx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The phone queue, whatever PBX runs it. One queue (the configured one); members are named by their
 * interface ({@code PJSIP/214}). Actions throw {@link PbxException} with a message fit for a user.
 */
public interface Pbx {

    /** The configured queue's name. */
    String queueName();

    /** Adds a member; {@code false} when it was already there (that is not an error: the queue holds it). */
    boolean add(Member member);

    /** Removes a member; {@code false} when it was not there (not an error either: the queue lacks it). */
    boolean remove(String memberInterface);

    void pause(String memberInterface, String reason);

    void resume(String memberInterface);

    /** The queue as the PBX has it now: members and waiting callers. */
    QueueSnapshot read();

    /** Live events (member changes, callers, calls, connection); called on the PBX's own thread. */
    void listen(PbxListener listener);

    /** Whether the PBX can be reached now, and a line that says what it is. */
    PbxHealth health();

    /**
     * Makes the queue hold exactly {@code wanted}: adds who is missing, removes the others. Members who
     * stay are not touched, so they keep their pause. Every member is tried: one refusal is reported in
     * {@link QueueChange#failed()} and does not stop the rest.
     */
    default QueueChange setMembers(List<Member> wanted) {
        return reconcile(wanted, true);
    }

    /** Adds the members of {@code wanted} who are missing, and leaves the others in the queue. */
    default QueueChange ensureMembers(List<Member> wanted) {
        return reconcile(wanted, false);
    }

    private QueueChange reconcile(List<Member> wanted, boolean removeOthers) {
        Map<String, Member> byInterface = wanted.stream()
            .collect(Collectors.toMap(Member::memberInterface, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<String> present = read().members().stream().map(LiveMember::memberInterface).toList();
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        if (removeOthers) {
            for (String iface : present) {
                if (!byInterface.containsKey(iface)) {
                    attempt(iface, failed, () -> {
                        if (remove(iface)) {
                            removed.add(iface);
                        }
                    });
                }
            }
        }
        for (Member m : byInterface.values()) {
            if (!present.contains(m.memberInterface())) {
                attempt(m.memberInterface(), failed, () -> {
                    if (add(m)) {
                        added.add(m.memberInterface());
                    }
                });
            }
        }
        List<String> kept = present.stream().filter(byInterface::containsKey).toList();
        return new QueueChange(added, removed, kept, failed);
    }

    private static void attempt(String memberInterface, Map<String, String> failed, Runnable action) {
        try {
            action.run();
        } catch (PbxException e) {
            failed.put(memberInterface, e.getMessage());
        }
    }
}
