package org.tomatic.pbx;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tomatic.pbx.switching.QueuePlan;
import org.tomatic.pbx.switching.QueueSwitcher;
import org.tomatic.pbx.switching.TurnClock;
import org.tomatic.pbx.switching.TurnSlot;
import org.tomatic.pbx.switching.TurnStarted;
import org.tomatic.system.ClusterEvents;
import org.tomatic.system.TurnGridRepository;
import org.tomatic.system.Utc;
import org.tomatic.timetable.TimetableChanged;

/**
 * Whether the people scheduled now are really on the phone: each one missing from the queue,
 * unavailable or paused for longer than {@code tomatic.pbx.adherence.max-minutes} is flagged on the
 * board and announced once with {@link AgentAbsent}.
 */
@Component
@ConditionalOnWebApplication
public class Adherence {

    public enum Kind { NOT_IN_QUEUE, UNAVAILABLE, PAUSED }

    /** A scheduled person and, when they are not answering, since when and why. */
    public record Status(QueuePlan.Planned person, Optional<LiveMember> member, Kind kind, Instant since,
                         boolean overdue) {}

    private final QueueSwitcher switcher;
    private final TurnClock turnClock;
    private final LiveQueue live;
    private final TurnGridRepository grid;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration limit;
    private volatile QueuePlan plan;
    private final Set<String> announced = new HashSet<>();

    /** Instances sharing the database announce a spell once between them (null: this instance alone). */
    private final org.springframework.jdbc.core.simple.JdbcClient shared;

    public Adherence(QueueSwitcher switcher, TurnClock turnClock, LiveQueue live, TurnGridRepository grid, ApplicationEventPublisher events,
                     Clock clock, PbxProperties properties) {
        this(switcher, turnClock, live, grid, events, clock, properties, null, null);
    }

    @Autowired
    public Adherence(QueueSwitcher switcher, TurnClock turnClock, LiveQueue live, TurnGridRepository grid, ApplicationEventPublisher events,
                     Clock clock, PbxProperties properties, ClusterEvents cluster,
                     org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.shared = cluster != null && cluster.enabled() ? jdbc : null;
        this.switcher = switcher;
        this.turnClock = turnClock;
        this.live = live;
        this.grid = grid;
        this.events = events;
        this.clock = clock;
        this.limit = Duration.ofMinutes(properties.adherence().maxMinutes());
    }

    /** Who should be on the phone now (kept until the turn or the timetable changes). */
    public QueuePlan plan() {
        QueuePlan current = plan;
        TurnSlot slot = turnClock.slotAt(clock.instant());
        if (current == null || !current.slot().equals(slot)) {
            current = switcher.plan(slot);
            plan = current;
        }
        return current;
    }

    @EventListener({TurnStarted.class, TimetableChanged.class})
    public void forgetPlan() {
        plan = null;
    }

    /** Every scheduled person, with what keeps them from answering (kind null = nothing). */
    public List<Status> statuses() {
        return statuses(plan(), live.view());
    }

    /** The same, for a plan and a view of the queue the caller already has. */
    public List<Status> statuses(QueuePlan now, LiveQueue.View view) {
        Instant turnStart = now.slot().isOpen()
            ? now.slot().date().atTime(now.slot().start()).atZone(zone()).toInstant() : view.at();
        List<Status> result = new ArrayList<>();
        for (QueuePlan.Planned p : now.people()) {
            Optional<LiveMember> m = view.snapshot().member(p.member().memberInterface());
            Kind kind = null;
            Instant since = null;
            if (m.isEmpty()) {
                kind = Kind.NOT_IN_QUEUE;
                since = view.goneSince().getOrDefault(p.member().memberInterface(), turnStart);
            } else if (m.get().paused()) {
                kind = Kind.PAUSED;
                since = sinceOf(view.stateSince(), m.get(), m.get().pausedSince());
            } else if (m.get().state() == MemberState.UNAVAILABLE || m.get().state() == MemberState.INVALID) {
                kind = Kind.UNAVAILABLE;
                since = sinceOf(view.stateSince(), m.get(), null);
            }
            if (since != null && since.isBefore(turnStart)) {
                since = turnStart;
            }
            boolean overdue = kind != null && Duration.between(since, view.at()).compareTo(limit) > 0;
            result.add(new Status(p, m, kind, since, overdue));
        }
        return result;
    }

    @Scheduled(fixedDelayString = "${tomatic.pbx.adherence.check-every:30s}", initialDelayString = "${tomatic.pbx.adherence.check-every:30s}")
    @SchedulerLock(name = "pbx-adherence", lockAtMostFor = "PT2M")
    public synchronized void check() {
        Set<String> stillOverdue = new HashSet<>();
        for (Status s : statuses()) {
            if (!s.overdue()) {
                continue;
            }
            String key = s.person().personId() + "/" + s.kind() + "/" + s.since();
            stillOverdue.add(key);
            if (announced.add(key) && firstAnnouncement(s)) {
                events.publishEvent(new AgentAbsent(s.person().personId(), s.person().name(), s.kind(),
                    s.member().map(LiveMember::pausedReason).orElse(null), s.since()));
            }
        }
        announced.retainAll(stillOverdue);
    }

    /**
     * Whether no instance announced this spell yet. Each instance runs the check in turn (ShedLock) and
     * remembers what it announced; the database remembers for all of them. The spell is the person, the kind
     * and its start to the minute (each instance's PBX link saw it start at a slightly different moment).
     */
    private boolean firstAnnouncement(Status s) {
        if (shared == null) {
            return true;
        }
        String marker = "agent-absent/" + s.person().personId() + "/" + s.kind() + "/"
            + s.since().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        try {
            shared.sql("INSERT INTO notification_once (marker, created_at) VALUES (:m, :at)")
                .param("m", marker).param("at", Utc.db(clock.instant())).update();
            return true;
        } catch (org.springframework.dao.DataIntegrityViolationException announcedAlready) {
            return false;
        }
    }

    private static Instant sinceOf(Map<String, Instant> stateSince, LiveMember m, Instant fallback) {
        Instant since = stateSince.get(m.memberInterface());
        return since != null ? since : fallback;
    }

    private ZoneId zone() {
        return grid.get().timeZone();
    }
}
