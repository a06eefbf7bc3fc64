package org.tomatic.pbx;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The queue as the board shows it, kept up to date from the PBX's events (re-read from the PBX at
 * start and after every reconnection): members with how long they have been in their state,
 * waiting callers. Publishes {@link QueueUpdated} after every PBX event (calls answered or abandoned
 * change the day's figures the board shows).
 */
@Component
public class LiveQueue {

    private static final Logger log = LoggerFactory.getLogger(LiveQueue.class);

    /**
     * The queue now; {@code stateSince}: when each member's state or pause last changed (as far as
     * known); {@code goneSince}: when members no longer in the queue were removed.
     */
    public record View(QueueSnapshot snapshot, Map<String, Instant> stateSince, Map<String, Instant> goneSince,
                       PbxHealth health, Instant at) {}

    private final Pbx pbx;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    private final Map<String, LiveMember> members = new LinkedHashMap<>();
    private final Map<String, WaitingCaller> callers = new LinkedHashMap<>();
    private final Map<String, Instant> stateSince = new HashMap<>();
    private final Map<String, Instant> goneSince = new HashMap<>();

    public LiveQueue(Pbx pbx, Clock clock, ApplicationEventPublisher events) {
        this.pbx = pbx;
        this.clock = clock;
        this.events = events;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void reload() {
        if (!pbx.health().up()) {
            // Not connected yet (or lost): the link's coming up reloads it; nothing to warn about now.
            events.publishEvent(new QueueUpdated(clock.instant()));
            return;
        }
        try {
            QueueSnapshot now = pbx.read();
            synchronized (this) {
                members.clear();
                callers.clear();
                Instant at = clock.instant();
                for (LiveMember m : now.members()) {
                    members.put(m.memberInterface(), m);
                    stateSince.putIfAbsent(m.memberInterface(), m.paused() && m.pausedSince() != null ? m.pausedSince() : at);
                }
                stateSince.keySet().retainAll(members.keySet());
                now.callers().forEach(c -> callers.put(c.uniqueId(), c));
            }
        } catch (PbxException e) {
            log.warn("Could not read the queue: {}", e.getMessage());
        }
        events.publishEvent(new QueueUpdated(clock.instant()));
    }

    @EventListener
    public void on(PbxEvent event) {
        if (event instanceof PbxEvent.ConnectionChanged c) {
            if (c.up()) {
                reload();
            } else {
                events.publishEvent(new QueueUpdated(clock.instant()));
            }
            return;
        }
        synchronized (this) {
            if (event instanceof PbxEvent.MemberChanged m) {
                changed(m.member(), m.at());
            } else if (event instanceof PbxEvent.MemberRemoved r) {
                members.remove(r.memberInterface());
                stateSince.remove(r.memberInterface());
                goneSince.put(r.memberInterface(), r.at());
            } else if (event instanceof PbxEvent.CallerJoined j) {
                callers.put(j.caller().uniqueId(), j.caller());
            } else if (event instanceof PbxEvent.CallerLeft l) {
                callers.remove(l.uniqueId());
            }
        }
        events.publishEvent(new QueueUpdated(event.at()));
    }

    public synchronized View view() {
        QueueSnapshot snapshot = new QueueSnapshot(pbx.queueName(), new ArrayList<>(members.values()),
            new ArrayList<>(callers.values()));
        return new View(snapshot, Map.copyOf(stateSince), Map.copyOf(goneSince), pbx.health(), clock.instant());
    }

    private void changed(LiveMember m, Instant at) {
        goneSince.remove(m.memberInterface());
        LiveMember before = members.put(m.memberInterface(), m);
        if (before == null || before.state() != m.state() || before.paused() != m.paused()) {
            stateSince.put(m.memberInterface(), m.paused() && before != null && !before.paused() && m.pausedSince() != null
                ? m.pausedSince() : at);
        }
    }
}
