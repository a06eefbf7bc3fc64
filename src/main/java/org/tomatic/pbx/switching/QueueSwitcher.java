package org.tomatic.pbx.switching;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.pbx.LiveMember;
import org.tomatic.pbx.Member;
import org.tomatic.pbx.Pbx;
import org.tomatic.pbx.PbxException;
import org.tomatic.pbx.PbxProperties;
import org.tomatic.pbx.QueueChange;
import org.tomatic.pbx.QueueSnapshot;
import org.tomatic.system.AuditLog;
import org.tomatic.timetable.Timetable;
import org.tomatic.timetable.TimetableRepository;
import org.tomatic.system.Utc;

/**
 * Sets the phone queue to the people of the timetable's current turn. At a turn boundary the queue
 * is reset (extra members removed, members who stay keep their pause); after a restart or a
 * reconnection within the same turn the turn's members are only re-added, so hand-made changes
 * survive. The applied turn is stored, so each boundary fires {@link TurnStarted} once, whichever
 * instance applies it. The paths that change the queue (the periodic check, a reconnect, a cell edit)
 * run one at a time, and every change is idempotent, so racing paths never fail or duplicate a member.
 */
@Service
public class QueueSwitcher {

    private static final Logger log = LoggerFactory.getLogger(QueueSwitcher.class);

    private final Pbx pbx;
    private final PbxProperties properties;
    private final TurnClock turnClock;
    private final TimetableRepository timetables;
    private final PersonRepository people;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final QueueIntent intent;
    private volatile boolean incomplete;

    public QueueSwitcher(Pbx pbx, PbxProperties properties, TurnClock turnClock, TimetableRepository timetables,
                         PersonRepository people, JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events,
                         Clock clock, QueueIntent intent) {
        this.pbx = pbx;
        this.properties = properties;
        this.turnClock = turnClock;
        this.timetables = timetables;
        this.people = people;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.intent = intent;
    }

    /** Who the queue should hold at {@code at}. */
    public QueuePlan planAt(Instant at) {
        return plan(turnClock.slotAt(at));
    }

    public QueuePlan plan(TurnSlot slot) {
        if (!slot.isOpen()) {
            return new QueuePlan(slot, List.of(), List.of());
        }
        LocalDate monday = slot.date().with(DayOfWeek.MONDAY);
        Optional<Timetable> week = timetables.find(monday);
        Set<String> ids = new LinkedHashSet<>();
        week.ifPresent(t -> t.cells().stream()
            .filter(c -> c.day() == slot.date().getDayOfWeek() && c.turn() == slot.turn() && !c.holiday()
                && c.personId() != null)
            .sorted(java.util.Comparator.comparingInt(Timetable.Cell::line))
            .forEach(c -> ids.add(c.personId())));
        Map<String, Person> byId = people.findAll().stream().collect(Collectors.toMap(Person::id, Function.identity()));
        List<QueuePlan.Planned> planned = new ArrayList<>();
        List<String> withoutExtension = new ArrayList<>();
        for (String id : ids) {
            Person p = byId.get(id);
            if (p == null || p.extension() == null || p.extension().isBlank()) {
                withoutExtension.add(id);
            } else {
                planned.add(new QueuePlan.Planned(p.id(), p.name(), p.extension(), memberOf(p)));
            }
        }
        return new QueuePlan(slot, planned, withoutExtension);
    }

    /** The queue member a person is. */
    public Member memberOf(Person p) {
        return new Member(properties.memberInterface(p.extension()), p.name(), properties.stateInterface(p.extension()));
    }

    /**
     * The periodic check: when the turn is not the one last applied, set the queue to it (a missed
     * boundary is caught at the next check).
     */
    public synchronized void tick() {
        TurnSlot slot = turnClock.slotAt(clock.instant());
        if (!slot.equals(appliedSlot().orElse(null))) {
            reset(plan(slot), "scheduler");
        } else if (incomplete) {
            resume("retry of the members the PBX refused");
        }
    }

    /**
     * At start-up or after the PBX came back: a new turn is applied in full; within the same turn the
     * queue is restored to what it should be ({@link QueueIntent}: hand changes and pauses included).
     * A server that has just started does not know the hand changes yet: it re-adds the turn's people
     * and takes the rest (members, pauses) from the PBX.
     */
    public synchronized void resume(String why) {
        TurnSlot slot = turnClock.slotAt(clock.instant());
        QueuePlan plan = plan(slot);
        if (slot.equals(appliedSlot().orElse(null))) {
            QueueChange change;
            if (intent.known()) {
                change = restore();
            } else {
                change = pbx.ensureMembers(plan.members());
                intent.adopt(plan.members(), pbx.read());
            }
            noteFailures(change);
            if (change.changedAnything() || !change.complete()) {
                audit.record("scheduler", "queue", pbx.queueName(), "turn-resumed",
                    why + ": " + slot.date() + " " + slot.label() + "; " + describe(change));
            }
        } else {
            reset(plan, "scheduler");
        }
    }

    /**
     * A cell of the turn on now was edited: the person taken out leaves the queue, the one put in
     * joins; everyone else stays as they are.
     */
    public synchronized void cellChanged(LocalDate week, DayOfWeek day, int turn, String before, String after, String actor) {
        TurnSlot slot = turnClock.slotAt(clock.instant());
        LocalDate date = week.plusDays(day.getValue() - 1L);
        if (!slot.isOpen() || !slot.date().equals(date) || slot.turn() != turn || !slot.equals(appliedSlot().orElse(null))) {
            return;
        }
        QueuePlan plan = plan(slot);
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        if (before != null && !plan.personIds().contains(before)) {
            withExtension(before).ifPresent(m -> {
                intent.removed(m.memberInterface());
                if (pbx.remove(m.memberInterface())) {
                    removed.add(m.memberInterface());
                }
            });
        }
        if (after != null) {
            withExtension(after).ifPresent(m -> {
                intent.added(m);
                if (pbx.add(m)) {
                    added.add(m.memberInterface());
                }
            });
        }
        QueueChange change = new QueueChange(added, removed, List.of());
        if (change.changedAnything()) {
            audit.record(actor, "queue", pbx.queueName(), "turn-edited", slot.date() + " " + slot.label() + ": "
                + (before == null ? "—" : before) + " → " + (after == null ? "—" : after) + "; " + describe(change));
        }
    }

    /** Sets the queue to exactly the plan's members, records it, and announces it when the turn is new. */
    public synchronized QueueChange reset(QueuePlan plan, String actor) {
        QueueChange change = setTo(plan, actor);
        TurnSlot slot = plan.slot();
        // Stored only if it is not the applied turn already: of instances racing to the same boundary (at
        // start-up, after a reconnection), one stores it and announces it.
        if (store(slot)) {
            events.publishEvent(new TurnStarted(slot, plan.personIds(), change));
        }
        return change;
    }

    /**
     * A coordinator's "reset the queue to the timetable": the queue gets exactly the people of the turn now
     * (hand-made additions, removals and pauses undone), recorded in the audit trail as theirs.
     */
    public synchronized QueueChange resetToTimetable(String actor) {
        return setTo(planAt(clock.instant()), actor);
    }

    /** Sets the queue to exactly the plan's members and records it (by hand: not taken as the applied turn). */
    public synchronized QueueChange setTo(QueuePlan plan, String actor) {
        QueueChange change = pbx.setMembers(plan.members());
        intent.startTurn(plan.members());
        noteFailures(change);
        TurnSlot slot = plan.slot();
        String detail = slot.date() + " " + slot.label() + ": " + describe(change)
            + (plan.withoutExtension().isEmpty() ? "" : "; no extension: " + String.join(", ", plan.withoutExtension()));
        audit.record(actor, "queue", pbx.queueName(), slot.isOpen() ? "turn" : "closed", detail);
        log.info("Queue {} set for {}", pbx.queueName(), detail);
        return change;
    }

    /** The turn the queue was last set to. */
    public Optional<TurnSlot> appliedSlot() {
        record Applied(LocalDate date, int turn) {}
        // The row is read first: the turn's times come from the turn grid, a query of its own that must
        // not run (on a second connection) while this row's is still held.
        Optional<Applied> applied = jdbc.sql("SELECT applied_date, applied_turn FROM queue_turn WHERE id = 1")
            .query((rs, n) -> {
                java.sql.Date date = rs.getDate("applied_date");
                return date == null ? Optional.<Applied>empty()
                    : Optional.of(new Applied(date.toLocalDate(), rs.getInt("applied_turn")));
            })
            .single();
        return applied.map(a -> a.turn() < 0 ? TurnSlot.closed(a.date()) : turnClock.slotAt(a.date(), a.turn()));
    }

    /** Stores the applied turn; false when it was the applied one already. */
    private boolean store(TurnSlot slot) {
        return jdbc.sql("UPDATE queue_turn SET applied_date = :d, applied_turn = :t, applied_at = :at WHERE id = 1"
                + " AND (applied_date IS NULL OR applied_turn IS NULL OR applied_date <> :d OR applied_turn <> :t)")
            .param("d", slot.date()).param("t", slot.turn()).param("at", Utc.db(clock.instant())).update() == 1;
    }

    /**
     * Puts the queue back as intended: exactly the intended members, then each intended pause with its
     * reason. A pause the PBX holds that Tomatic did not know of (made on a phone meanwhile) is kept.
     */
    private QueueChange restore() {
        intent.newLink();
        List<QueueIntent.Intended> wanted = intent.members();
        QueueChange change = pbx.setMembers(wanted.stream().map(QueueIntent.Intended::member).toList());
        Map<String, String> failed = new LinkedHashMap<>(change.failed());
        QueueSnapshot now = pbx.read();
        for (QueueIntent.Intended i : wanted) {
            String iface = i.member().memberInterface();
            Optional<LiveMember> live = now.member(iface);
            if (live.isEmpty()) {
                continue;
            }
            if (!i.paused()) {
                if (live.get().paused()) {
                    intent.paused(iface, live.get().pausedReason());
                }
            } else if (!live.get().paused() || !i.pauseReason().equals(Objects.toString(live.get().pausedReason(), ""))) {
                try {
                    pbx.pause(iface, i.pauseReason());
                } catch (PbxException e) {
                    failed.put(iface, e.getMessage());
                }
            }
        }
        return new QueueChange(change.added(), change.removed(), change.kept(), failed);
    }

    private Optional<Member> withExtension(String personId) {
        return people.findById(personId).filter(p -> p.extension() != null && !p.extension().isBlank()).map(this::memberOf);
    }

    /** A member the PBX refused is tried again at the next check; the others are in place already. */
    private void noteFailures(QueueChange change) {
        incomplete = !change.complete();
        change.failed().forEach((iface, why) -> log.warn("Queue {}: {} could not be set: {}", pbx.queueName(), iface, why));
    }

    private static String describe(QueueChange change) {
        return "added " + (change.added().isEmpty() ? "nobody" : String.join(", ", change.added()))
            + ", removed " + (change.removed().isEmpty() ? "nobody" : String.join(", ", change.removed()))
            + ", kept " + change.kept().size()
            + (change.complete() ? "" : "; refused: " + change.failed().entrySet().stream()
                .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", ")));
    }
}
