package org.tomatic.staffing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.tomatic.pbx.CallRate;
import org.tomatic.pbx.Member;
import org.tomatic.pbx.PbxEvent;
import org.tomatic.pbx.PbxProperties;
import org.tomatic.pbx.simulated.SimulatedPbx;
import org.tomatic.pbx.simulated.VirtualTime;
import org.tomatic.system.TurnGrid;

/**
 * The simulated PBX's queue run in virtual time over days: callers arrive at a rate per turn, the agents of each
 * turn join the queue at its start (and stay after the day's last turn until the next day's first, so the callers
 * still waiting at closing time are answered), and every caller's fate is kept. It is the simulated PBX's own queue
 * behaviour (first come first served to the free agent who waited longest, exponential talk, patience as set), not a
 * formula.
 */
final class SimulatedQueue {

    /** The agents answering in one turn of one day. */
    interface Lines {
        List<CallHistory.Agent> at(LocalDate date, int turn);
    }

    /** One caller: when they joined (in which turn), were answered (by whom) or gave up, and hung up. */
    static final class Caller {
        final String ref;
        final String number;
        final Instant joined;
        final LocalDate date;
        final int turn;
        Instant answered;
        Instant ended;
        String personId;
        boolean abandoned;

        Caller(String ref, String number, Instant joined, LocalDate date, int turn) {
            this.ref = ref;
            this.number = number;
            this.joined = joined;
            this.date = date;
            this.turn = turn;
        }

        /** Seconds from joining to the answer or to giving up. */
        double waitSeconds() {
            Instant left = answered != null ? answered : ended;
            return left == null ? 0 : Duration.between(joined, left).toNanos() / 1e9;
        }
    }

    /** Model-faithful settings (M/M/n+M): answered at once, no unanswered ring, exponential talk and patience. */
    static PbxProperties.Simulated settings(Duration talk, Duration patience, List<String> callerNumbers) {
        return new PbxProperties.Simulated(CallRate.HISTORY, Duration.ZERO, Duration.ofSeconds(20), talk, patience,
            callerNumbers, 0, true);
    }

    private SimulatedQueue() {
    }

    /** The callers of the days {@code from} … {@code to} (inclusive), in the order they joined. */
    static List<Caller> run(TurnGrid grid, Set<LocalDate> closed, LocalDate from, LocalDate to, TurnRates.PerTurn rates,
                            Lines lines, PbxProperties.Simulated settings, Random random) {
        ZoneId zone = grid.timeZone();
        VirtualTime time = new VirtualTime(from.atStartOfDay(zone).toInstant());
        TurnRates arrivals = new TurnRates(grid, closed,
            (date, turn) -> date.isBefore(from) || date.isAfter(to) ? 0 : rates.perHour(date, turn));
        SimulatedPbx pbx = new SimulatedPbx("simulated", settings, time, random, time, arrivals);
        Map<String, Caller> callers = new LinkedHashMap<>();
        Map<String, String> personOf = new HashMap<>();
        pbx.listen(event -> {
            if (event instanceof PbxEvent.CallerJoined e) {
                Instant at = e.caller().since();
                callers.put(e.caller().uniqueId(), new Caller(e.caller().uniqueId(), e.caller().callerNumber(), at,
                    LocalDate.ofInstant(at, zone), TurnRates.turnAt(grid, closed, at.atZone(zone))));
            } else if (event instanceof PbxEvent.AgentConnected e) {
                Caller c = callers.get(e.uniqueId());
                c.answered = e.at();
                c.personId = personOf.get(e.memberInterface());
            } else if (event instanceof PbxEvent.AgentCompleted e) {
                callers.get(e.uniqueId()).ended = e.at();
            } else if (event instanceof PbxEvent.CallerAbandoned e) {
                Caller c = callers.get(e.uniqueId());
                c.abandoned = true;
                c.ended = e.at();
            }
        });
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            if (!grid.weekdays().contains(date.getDayOfWeek()) || closed.contains(date)) {
                continue;
            }
            for (int turn = 0; turn < grid.turns(); turn++) {
                LocalDate day = date;
                int t = turn;
                time.at(date.atTime(grid.boundaries().get(turn)).atZone(zone).toInstant(), () -> {
                    List<Member> members = new ArrayList<>();
                    for (CallHistory.Agent agent : lines.at(day, t)) {
                        personOf.put(agent.memberInterface(), agent.personId());
                        members.add(new Member(agent.memberInterface(), agent.name(), null));
                    }
                    pbx.setMembers(members);
                });
            }
        }
        pbx.start();
        // the day after the last: the last callers finish their calls
        time.runUntil(to.plusDays(2).atStartOfDay(zone).toInstant());
        pbx.stop();
        return new ArrayList<>(callers.values());
    }
}
