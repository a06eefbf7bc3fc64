package org.tomatic.staffing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.tomatic.stats.QueueCall;
import org.tomatic.system.TurnGrid;

/**
 * Recorded queue calls made up for the demo and the staffing benchmark, the same for the same seed: the simulated
 * PBX's queue run in virtual time over the service days (the grid's weekdays minus the closed days, inside its
 * turns), with callers arriving at a realistic weekly shape ({@link #demoRate}), exponential talk of about
 * {@link #TALK} and exponential patience of about {@link #PATIENCE}, and {@link #lines} of the agents, picked at
 * random for each turn, answering. Times are the team's wall-clock times, as the queue's calls are recorded.
 */
public final class CallHistory {

    /** The mean talk time. */
    public static final Duration TALK = Duration.ofMinutes(3);
    /** The mean patience of a caller nobody answers. */
    public static final Duration PATIENCE = Duration.ofMinutes(2);
    /** The fewest agents answering in a turn of the history. */
    public static final int MIN_LINES = 2;
    /** Callers an hour at the week's busiest time (Monday late morning), at scale 1. */
    public static final double PEAK = 12;

    /** Someone who answers: the person recorded as the answerer, and their queue member. */
    public record Agent(String personId, String memberInterface, String name) {}

    private CallHistory() {
    }

    /**
     * The demo's callers an hour in a turn: Monday busiest, falling through the week, late mornings busier than early
     * mornings and afternoons, Friday afternoon quietest; with the default grid from about 12 (Monday 10:15–11:30)
     * down to about 4.5 (Friday 12:45–14:00).
     */
    public static double demoRate(DayOfWeek day, LocalTime start, LocalTime end) {
        double day0 = switch (day) {
            case MONDAY -> 1.0;
            case TUESDAY -> 0.85;
            case WEDNESDAY -> 0.78;
            case THURSDAY -> 0.72;
            case FRIDAY -> 0.6;
            case SATURDAY -> 0.35;
            case SUNDAY -> 0.25;
        };
        double hour = (start.toSecondOfDay() + Duration.between(start, end).toSeconds() / 2.0) / 3600;
        double friday = day == DayOfWeek.FRIDAY && hour >= 12 ? 0.85 : 1;
        return PEAK * day0 * timeOfDay(hour) * friday;
    }

    /**
     * Agents answering a turn of the history with this many callers an hour: square-root staffing (the load in
     * Erlangs plus its square root, rounded up), at least {@link #MIN_LINES}; two at the demo's rates.
     */
    public static int lines(double perHour) {
        double load = perHour * TALK.toSeconds() / 3600;
        return Math.max(MIN_LINES, (int) Math.ceil(load + Math.sqrt(load)));
    }

    /** 1 at 10:30, lower before and after (piecewise linear). */
    private static double timeOfDay(double hour) {
        double[][] points = {{8, 0.6}, {10.5, 1.0}, {12, 0.9}, {14, 0.65}, {17, 0.55}, {20, 0.35}};
        if (hour <= points[0][0]) {
            return points[0][1];
        }
        for (int i = 1; i < points.length; i++) {
            if (hour <= points[i][0]) {
                double share = (hour - points[i - 1][0]) / (points[i][0] - points[i - 1][0]);
                return points[i - 1][1] + share * (points[i][1] - points[i - 1][1]);
            }
        }
        return points[points.length - 1][1];
    }

    /**
     * The calls of the service days {@code from} … {@code to} (inclusive), oldest first, at {@link #demoRate} ×
     * {@code scale}; call references start with {@code history-}.
     *
     * @param agents        who answers ({@link #lines} of them, or all if fewer, at random in each turn)
     * @param callerNumbers numbers half the callers ring from; the others are random
     */
    public static List<QueueCall> generate(TurnGrid grid, Set<LocalDate> closed, LocalDate from, LocalDate to,
                                           List<Agent> agents, List<String> callerNumbers, double scale, long seed) {
        if (agents.isEmpty() || !(scale >= 0)) {
            throw new IllegalArgumentException("a call history needs agents and a scale ≥ 0");
        }
        Random random = new Random(seed);
        Random picks = new Random(seed + 1);
        TurnRates.PerTurn rates = (date, turn) -> scale * demoRate(date.getDayOfWeek(), grid.boundaries().get(turn),
            grid.boundaries().get(turn + 1));
        List<SimulatedQueue.Caller> callers = SimulatedQueue.run(grid, closed, from, to, rates,
            (date, turn) -> pick(agents, lines(rates.perHour(date, turn)), picks),
            SimulatedQueue.settings(TALK, PATIENCE, callerNumbers), random);
        ZoneId zone = grid.timeZone();
        List<QueueCall> calls = new ArrayList<>(callers.size());
        for (SimulatedQueue.Caller c : callers) {
            LocalDateTime joined = LocalDateTime.ofInstant(c.joined, zone);
            LocalDateTime answered = c.answered == null ? null : LocalDateTime.ofInstant(c.answered, zone);
            LocalDateTime ended = c.ended == null ? null : LocalDateTime.ofInstant(c.ended, zone);
            int wait = (int) c.waitSeconds();
            Integer talk = c.answered == null || c.ended == null ? null
                : (int) Duration.between(c.answered, c.ended).toSeconds();
            QueueCall.Outcome outcome = c.answered != null ? QueueCall.Outcome.ANSWERED
                : c.abandoned ? QueueCall.Outcome.ABANDONED : QueueCall.Outcome.LEFT;
            calls.add(new QueueCall("history-" + c.ref, c.number, joined, answered, ended, c.personId, outcome, wait,
                talk, 0, false));
        }
        return calls;
    }

    private static List<Agent> pick(List<Agent> agents, int count, Random random) {
        List<Agent> pool = new ArrayList<>(agents);
        List<Agent> picked = new ArrayList<>();
        while (picked.size() < count && !pool.isEmpty()) {
            picked.add(pool.remove(random.nextInt(pool.size())));
        }
        return picked;
    }
}
