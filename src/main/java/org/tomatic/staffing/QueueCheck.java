package org.tomatic.staffing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.tomatic.system.TurnGrid;

/**
 * Whether Erlang A predicts the simulated PBX's queue: the forecast's callers (each turn's {@code callsPerHour}) run
 * through the simulated queue in virtual time for some weeks, with each turn staffed with the lines the staffing says
 * it needs (after shrinkage, the lines that answer), and each turn's measured service level and abandonment set
 * against those the staffing model predicts for it. The queue is the simulated PBX's, model-faithful (answered at
 * once, no unanswered ring, exponential talk of {@code talk} and patience of {@code patience}); the predictions use
 * the forecast's own estimates (handle time, patience), so the differences are the estimates' error, the model's and
 * the measured weeks' chance together.
 */
public final class QueueCheck {

    /**
     * One weekday × turn over the simulated weeks.
     *
     * @param lines     lines scheduled (the lines needed)
     * @param answering of them, answering (after shrinkage): the simulated agents
     * @param predicted the model's prediction with them; null without a handle time to predict from
     * @param callers   callers who joined in this turn over the weeks
     * @param inTime    of them, answered within the target's seconds
     * @param abandoned of them, hung up before an answer
     */
    public record Turn(TurnDemand demand, int lines, int answering, ErlangA.Prediction predicted, int callers,
                       int inTime, int abandoned) {

        /** Measured share answered in time; null without callers. */
        public Double serviceLevel() {
            return callers == 0 ? null : (double) inTime / callers;
        }

        public Double abandonRate() {
            return callers == 0 ? null : (double) abandoned / callers;
        }

        /** Both a prediction and callers to measure. */
        public boolean compared() {
            return predicted != null && callers > 0;
        }
    }

    /**
     * @param serviceDifference mean over the compared turns of |predicted − measured| service level (a share)
     * @param abandonDifference the same for abandonment
     */
    public record Result(List<Turn> turns, int weeks, int callers, double serviceDifference,
                         double abandonDifference) {}

    private QueueCheck() {
    }

    /**
     * @param report     the staffing (demand and lines needed per turn)
     * @param firstMonday the first simulated week
     */
    public static Result run(TurnGrid grid, StaffingReport report, double shrinkage, LocalDate firstMonday, int weeks,
                             Duration talk, Duration patience, long seed) {
        if (weeks < 1 || firstMonday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("at least one simulated week, from a Monday");
        }
        Map<String, TurnStaffing> byTurn = new HashMap<>();
        int most = 1;
        for (TurnStaffing t : report.turns()) {
            byTurn.put(key(t.demand().weekday(), t.demand().turn()), t);
            most = Math.max(most, answering(t.linesNeeded(), shrinkage));
        }
        List<CallHistory.Agent> agents = new ArrayList<>();
        for (int i = 1; i <= most; i++) {
            agents.add(new CallHistory.Agent("agent" + i, "Local/agent" + i, "Agent " + i));
        }
        double share = shrinkage;
        List<SimulatedQueue.Caller> callers = SimulatedQueue.run(grid, Set.of(), firstMonday,
            firstMonday.plusWeeks(weeks).minusDays(1),
            (date, turn) -> {
                TurnStaffing t = byTurn.get(key(date.getDayOfWeek(), turn));
                return t == null ? 0 : t.demand().callsPerHour();
            },
            (date, turn) -> {
                TurnStaffing t = byTurn.get(key(date.getDayOfWeek(), turn));
                return t == null ? List.of() : agents.subList(0, answering(t.linesNeeded(), share));
            },
            SimulatedQueue.settings(talk, patience, List.of()), new Random(seed));
        Map<String, int[]> counts = new HashMap<>();
        double threshold = report.target().seconds();
        for (SimulatedQueue.Caller c : callers) {
            if (c.turn < 0) {
                continue;
            }
            int[] n = counts.computeIfAbsent(key(c.date.getDayOfWeek(), c.turn), k -> new int[3]);
            n[0]++;
            if (c.answered != null && c.waitSeconds() <= threshold) {
                n[1]++;
            }
            if (c.abandoned) {
                n[2]++;
            }
        }
        List<Turn> turns = new ArrayList<>();
        double service = 0;
        double abandon = 0;
        int compared = 0;
        int total = 0;
        for (TurnStaffing t : report.turns()) {
            int[] n = counts.getOrDefault(key(t.demand().weekday(), t.demand().turn()), new int[3]);
            ErlangA.Prediction p = StaffingModel.predictScheduled(t.demand(), t.linesNeeded(), report.target(),
                shrinkage);
            Turn turn = new Turn(t.demand(), t.linesNeeded(), answering(t.linesNeeded(), shrinkage), p, n[0], n[1],
                n[2]);
            turns.add(turn);
            total += n[0];
            if (turn.compared()) {
                compared++;
                service += Math.abs(p.serviceLevel() - turn.serviceLevel());
                abandon += Math.abs(p.abandonRate() - turn.abandonRate());
            }
        }
        return new Result(turns, weeks, total, compared == 0 ? 0 : service / compared,
            compared == 0 ? 0 : abandon / compared);
    }

    private static int answering(int lines, double shrinkage) {
        return (int) Math.floor(lines * (1 - shrinkage) + 1e-9);
    }

    private static String key(DayOfWeek day, int turn) {
        return day + "/" + turn;
    }
}
