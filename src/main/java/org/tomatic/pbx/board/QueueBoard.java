package org.tomatic.pbx.board;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.pbx.Adherence;
import org.tomatic.pbx.CallCounts;
import org.tomatic.pbx.LiveMember;
import org.tomatic.pbx.LiveQueue;
import org.tomatic.pbx.PbxProperties;
import org.tomatic.pbx.WaitingCaller;
import org.tomatic.pbx.switching.QueuePlan;

/**
 * Puts together the board: the live queue, who is scheduled now, who is not answering, and the
 * day's answered and abandoned calls ({@link CallCounts}: as recorded for the statistics, so they survive a
 * restart).
 */
@Component
@ConditionalOnWebApplication
class QueueBoard {

    private final LiveQueue live;
    private final Adherence adherence;
    private final PersonRepository people;
    private final PbxProperties properties;
    private final CallCounts counts;

    QueueBoard(LiveQueue live, Adherence adherence, PersonRepository people, PbxProperties properties,
               CallCounts counts) {
        this.counts = counts;
        this.live = live;
        this.adherence = adherence;
        this.people = people;
        this.properties = properties;
    }

    Board build(Instant eventAt) {
        LiveQueue.View view = live.view();
        QueuePlan plan = adherence.plan();
        CallCounts.Day today = counts.countsOn(plan.slot().date());
        Map<String, Adherence.Status> statusByInterface = new HashMap<>();
        adherence.statuses(plan, view).forEach(s -> statusByInterface.put(s.person().member().memberInterface(), s));
        Map<String, Person> byExtension = new HashMap<>();
        people.findAll().stream().filter(p -> p.extension() != null).forEach(p -> byExtension.put(p.extension(), p));

        List<Board.Tile> tiles = new ArrayList<>();
        for (LiveMember m : view.snapshot().members()) {
            Person p = byExtension.get(properties.extensionOf(m.memberInterface()));
            Adherence.Status s = statusByInterface.remove(m.memberInterface());
            Instant since = view.stateSince().get(m.memberInterface());
            tiles.add(new Board.Tile(m.memberInterface(), p == null ? null : p.id(), p == null ? m.name() : p.name(),
                properties.extensionOf(m.memberInterface()), colour(p), textColour(p), m.state().name(), m.paused(),
                m.pausedReason(), millis(since), m.callsTaken(), millis(m.lastCall()), true, s != null,
                s == null || s.kind() == null ? null : s.kind().name(), s == null ? null : millis(s.since()),
                s != null && s.overdue()));
        }
        for (Adherence.Status s : statusByInterface.values()) {
            Person p = byExtension.get(s.person().extension());
            tiles.add(new Board.Tile(s.person().member().memberInterface(), s.person().personId(), s.person().name(),
                s.person().extension(), colour(p), textColour(p), "NOT_IN_QUEUE", false, null, millis(s.since()), 0,
                null, false, true, Adherence.Kind.NOT_IN_QUEUE.name(), millis(s.since()), s.overdue()));
        }
        tiles.sort(Comparator.comparing(Board.Tile::name, String.CASE_INSENSITIVE_ORDER));

        List<Board.Caller> callers = view.snapshot().callers().stream()
            .sorted(Comparator.comparingInt(WaitingCaller::position))
            .map(c -> new Board.Caller(c.callerNumber(), c.callerName(), c.position(), c.since().toEpochMilli()))
            .toList();
        Long longest = view.snapshot().callers().stream().map(WaitingCaller::since).min(Comparator.naturalOrder())
            .map(Instant::toEpochMilli).orElse(null);
        return new Board(view.snapshot().queue(), view.health().up(), view.health().detail(), view.at().toEpochMilli(),
            eventAt.toEpochMilli(), plan.slot().date().toString(), plan.slot().label(), plan.slot().isOpen(),
            today.answered(), today.abandoned(),
            callers.size(), longest, properties.adherence().maxMinutes(),
            tiles, callers);
    }

    private static Long millis(Instant at) {
        return at == null ? null : at.toEpochMilli();
    }

    private static String colour(Person p) {
        return p == null || p.colour() == null ? "dddddd" : p.colour();
    }

    private static String textColour(Person p) {
        return p == null ? "222222" : p.textColour();
    }
}
