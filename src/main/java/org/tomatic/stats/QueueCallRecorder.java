package org.tomatic.stats;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tomatic.pbx.Pbx;
import org.tomatic.pbx.PbxEvent;
import org.tomatic.pbx.PbxProperties;
import org.tomatic.pbx.switching.TurnClock;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.system.ClusterEvents;
import org.tomatic.system.TurnGridRepository;

/**
 * Records every queue call from the PBX's events (the simulated PBX sends the same): when the
 * caller joined, who answered after how long, how long they talked, or that the caller gave up;
 * local times in the turn grid's zone. Each event updates its call's row, so a repeated event is
 * harmless. The listeners run before the live queue's, so the board it redraws counts the call.
 */
@Component
class QueueCallRecorder {

    private final JdbcClient jdbc;
    private final Pbx pbx;
    private final PbxProperties properties;
    private final PersonRepository people;
    private final TurnClock turnClock;
    private final TurnGridRepository grid;
    private final boolean shared;

    /** The same ring told by two instances' PBX links arrives within this of each other. */
    static final java.time.Duration SAME_RING = java.time.Duration.ofSeconds(2);

    QueueCallRecorder(JdbcClient jdbc, Pbx pbx, PbxProperties properties, PersonRepository people, TurnClock turnClock,
                      TurnGridRepository grid, ClusterEvents cluster) {
        this.shared = cluster.enabled();
        this.jdbc = jdbc;
        this.pbx = pbx;
        this.properties = properties;
        this.people = people;
        this.turnClock = turnClock;
        this.grid = grid;
    }

    @EventListener
    @Order(0)
    void joined(PbxEvent.CallerJoined e) {
        int known = jdbc.sql("SELECT COUNT(*) FROM queue_call WHERE call_ref = :ref").param("ref", e.caller().uniqueId())
            .query(Integer.class).single();
        if (known > 0) {
            return;
        }
        // Every instance's PBX link hears the call: the row is inserted unless there is one (call_ref is unique),
        // and the loser of a race between the check and the insert leaves the winner's row alone.
        try {
            jdbc.sql("""
                    INSERT INTO queue_call (call_ref, queue_name, caller_number, joined_at, out_of_hours)
                    SELECT :ref, :queue, :number, :at, :outOfHours
                    WHERE NOT EXISTS (SELECT 1 FROM queue_call WHERE call_ref = :ref)""")
                .param("ref", e.caller().uniqueId()).param("queue", pbx.queueName())
                .param("number", e.caller().callerNumber()).param("at", local(e.caller().since()))
                .param("outOfHours", !turnClock.slotAt(e.caller().since()).isOpen())
                .update();
        } catch (org.springframework.dao.DuplicateKeyException recordedElsewhere) {
            // recorded once, by the other instance
        }
    }

    @EventListener
    @Order(0)
    void answered(PbxEvent.AgentConnected e) {
        String extension = properties.extensionOf(e.memberInterface());
        String person = extension == null ? null : people.findByExtension(extension).map(Person::id).orElse(null);
        jdbc.sql("""
                UPDATE queue_call SET outcome = 'ANSWERED', answered_at = :at, member_interface = :member,
                  person_id = :person, wait_seconds = :wait WHERE call_ref = :ref""")
            .param("at", local(e.at())).param("member", e.memberInterface()).param("person", person)
            .param("wait", (int) e.hold().toSeconds()).param("ref", e.uniqueId()).update();
    }

    @EventListener
    @Order(0)
    void completed(PbxEvent.AgentCompleted e) {
        jdbc.sql("UPDATE queue_call SET ended_at = :at, talk_seconds = :talk WHERE call_ref = :ref")
            .param("at", local(e.at())).param("talk", (int) e.talk().toSeconds()).param("ref", e.uniqueId()).update();
    }

    @EventListener
    @Order(0)
    void ringNoAnswer(PbxEvent.AgentRingNoAnswer e) {
        if (!shared) {
            jdbc.sql("UPDATE queue_call SET unanswered_rings = unanswered_rings + 1 WHERE call_ref = :ref")
                .param("ref", e.uniqueId()).update();
            return;
        }
        // Every instance's link tells of the ring: the first one counts it, the others find it counted.
        jdbc.sql("""
                UPDATE queue_call SET unanswered_rings = unanswered_rings + 1, last_unanswered_member = :member,
                  last_unanswered_at = :at
                WHERE call_ref = :ref AND (last_unanswered_member IS NULL OR last_unanswered_member <> :member
                  OR last_unanswered_at < :sameRing OR last_unanswered_at > :after)""")
            .param("ref", e.uniqueId()).param("member", e.memberInterface()).param("at", local(e.at()))
            .param("sameRing", local(e.at().minus(SAME_RING))).param("after", local(e.at().plus(SAME_RING))).update();
    }

    @EventListener
    @Order(0)
    void abandoned(PbxEvent.CallerAbandoned e) {
        jdbc.sql("""
                UPDATE queue_call SET outcome = 'ABANDONED', ended_at = :at, wait_seconds = :wait
                WHERE call_ref = :ref AND outcome = 'WAITING'""")
            .param("at", local(e.at())).param("wait", (int) e.hold().toSeconds()).param("ref", e.uniqueId()).update();
    }

    /** Left the queue neither answered nor abandoned (the queue's timeout, no members): unanswered. */
    @EventListener
    @Order(0)
    void left(PbxEvent.CallerLeft e) {
        // Asterisk sends the leave just before the connect or after the abandon: decide a moment later.
        jdbc.sql("""
                UPDATE queue_call SET ended_at = COALESCE(ended_at, :at)
                WHERE call_ref = :ref AND outcome = 'WAITING'""")
            .param("at", local(e.at())).param("ref", e.uniqueId()).update();
    }

    private LocalDateTime local(Instant at) {
        ZoneId zone = grid.get().timeZone();
        return LocalDateTime.ofInstant(at, zone);
    }
}
