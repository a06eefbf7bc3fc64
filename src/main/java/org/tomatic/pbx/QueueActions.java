package org.tomatic.pbx;

import org.springframework.stereotype.Service;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.pbx.switching.QueueIntent;
import org.tomatic.pbx.switching.QueueSwitcher;
import org.tomatic.system.AuditLog;

/** Hand changes to the live queue (board and CLI): each one done on the PBX and audited. */
@Service
public class QueueActions {

    private final Pbx pbx;
    private final PersonRepository people;
    private final QueueSwitcher switcher;
    private final AuditLog audit;
    private final QueueIntent intent;

    public QueueActions(Pbx pbx, PersonRepository people, QueueSwitcher switcher, AuditLog audit, QueueIntent intent) {
        this.pbx = pbx;
        this.people = people;
        this.switcher = switcher;
        this.audit = audit;
        this.intent = intent;
    }

    /** The queue member a person is; a clear error for an unknown person or one without extension. */
    public Member memberOf(String personId) {
        Person p = people.findById(personId)
            .orElseThrow(() -> new PbxException("No person with id '" + personId + "'."));
        if (p.extension() == null || p.extension().isBlank()) {
            throw new PbxException(p.name() + " (" + p.id() + ") has no extension: set one on their profile first.");
        }
        return switcher.memberOf(p);
    }

    public void add(String actor, String personId) {
        Member m = memberOf(personId);
        if (!pbx.add(m)) {
            throw new PbxException(m.memberInterface() + " is already in queue " + pbx.queueName());
        }
        intent.added(m);
        audit.record(actor, "queue", pbx.queueName(), "add", personId + " (" + m.memberInterface() + ")");
    }

    /** The queue back to the timetable's people for the turn now. */
    public void resetToTimetable(String actor) {
        switcher.resetToTimetable(actor);
    }

    public void remove(String actor, String memberInterface) {
        if (!pbx.remove(memberInterface)) {
            throw new PbxException(memberInterface + " is not in queue " + pbx.queueName());
        }
        intent.removed(memberInterface);
        audit.record(actor, "queue", pbx.queueName(), "remove", memberInterface);
    }

    /** The longest pause reason: the PBX shows it, notifications quote it. */
    public static final int MAX_PAUSE_REASON = 80;

    public void pause(String actor, String memberInterface, String reason) {
        String why = reason == null || reason.isBlank() ? "" : reason.strip();
        pbx.pause(memberInterface, why);
        intent.paused(memberInterface, why);
        audit.record(actor, "queue", pbx.queueName(), "pause", memberInterface + (why.isEmpty() ? "" : ": " + why));
    }

    public void resume(String actor, String memberInterface) {
        pbx.resume(memberInterface);
        intent.resumed(memberInterface);
        audit.record(actor, "queue", pbx.queueName(), "resume", memberInterface);
    }

    public QueueChange clear(String actor) {
        QueueChange change = pbx.setMembers(java.util.List.of());
        intent.startTurn(java.util.List.of());
        audit.record(actor, "queue", pbx.queueName(), "clear", "removed " + String.join(", ", change.removed()));
        return change;
    }
}
