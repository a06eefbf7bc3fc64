package org.tomatic.staffing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.tomatic.stats.QueueCall;
import org.tomatic.system.TurnGrid;

/**
 * Demand per weekday × turn from recorded queue calls, pure computation: the calls of service days only (the grid's
 * weekdays minus the closed days), inside a turn, not flagged out of hours. A turn with fewer than {@code minCalls}
 * calls takes its handle time and patience from all the history's calls (too few of its own for an estimate).
 */
final class Demand {

    /** The demand of every weekday × turn, in the grid's order, and how many weeks had any call. */
    record Result(List<TurnDemand> turns, int weeksWithCalls, int calls) {}

    private Demand() {
    }

    /** Per turn sums while reading the calls. */
    private static final class Tally {
        int calls;
        int answered;
        int abandoned;
        double talk;
        int talked;
        double waited;

        void add(QueueCall c) {
            calls++;
            waited += waited(c);
            if (c.outcome() == QueueCall.Outcome.ANSWERED) {
                answered++;
                if (c.talkSeconds() != null) {
                    talk += c.talkSeconds();
                    talked++;
                }
            } else if (c.outcome() == QueueCall.Outcome.ABANDONED) {
                abandoned++;
            }
        }

        void add(Tally t) {
            calls += t.calls;
            answered += t.answered;
            abandoned += t.abandoned;
            talk += t.talk;
            talked += t.talked;
            waited += t.waited;
        }
    }

    /**
     * @param from   the history's first day
     * @param to     its last day (inclusive)
     * @param closed holidays and no-service days
     */
    static Result of(Iterable<QueueCall> calls, TurnGrid grid, Set<LocalDate> closed, LocalDate from, LocalDate to,
                     Duration wrapUp, int minCalls) {
        List<DayOfWeek> weekdays = grid.weekdays();
        int turns = grid.turns();
        Tally[][] tallies = new Tally[weekdays.size()][turns];
        int[] days = new int[weekdays.size()];
        for (int d = 0; d < weekdays.size(); d++) {
            for (int t = 0; t < turns; t++) {
                tallies[d][t] = new Tally();
            }
        }
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            int d = weekdays.indexOf(day.getDayOfWeek());
            if (d >= 0 && !closed.contains(day)) {
                days[d]++;
            }
        }
        Set<Integer> weeks = new HashSet<>();
        Tally all = new Tally();
        int counted = 0;
        for (QueueCall c : calls) {
            LocalDateTime at = c.joinedAt();
            LocalDate day = at.toLocalDate();
            int d = weekdays.indexOf(day.getDayOfWeek());
            int t = turnAt(grid, at.toLocalTime());
            if (c.outOfHours() || d < 0 || t < 0 || closed.contains(day) || day.isBefore(from) || day.isAfter(to)) {
                continue;
            }
            tallies[d][t].add(c);
            all.add(c);
            counted++;
            weeks.add(day.get(IsoFields.WEEK_BASED_YEAR) * 100 + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
        double wrap = wrapUp.toMillis() / 1000.0;
        List<TurnDemand> result = new ArrayList<>();
        for (int d = 0; d < weekdays.size(); d++) {
            for (int t = 0; t < turns; t++) {
                Tally own = tallies[d][t];
                Tally basis = own.calls >= minCalls ? own : all;
                LocalTime start = grid.boundaries().get(t);
                LocalTime end = grid.boundaries().get(t + 1);
                double hours = Duration.between(start, end).toSeconds() / 3600.0;
                double perHour = days[d] == 0 || hours <= 0 ? 0 : own.calls / (days[d] * hours);
                Double handle = basis.talked == 0 ? null : basis.talk / basis.talked + wrap;
                Double patience = basis.abandoned == 0 ? null : Math.max(1, basis.waited / basis.abandoned);
                result.add(new TurnDemand(weekdays.get(d), t, start, end, days[d], own.calls, own.answered,
                    own.abandoned, perHour, handle, patience));
            }
        }
        return new Result(result, weeks.size(), counted);
    }

    /** The turn a local time falls in (start inclusive, end exclusive), −1 outside the turns. */
    static int turnAt(TurnGrid grid, LocalTime time) {
        List<LocalTime> b = grid.boundaries();
        for (int t = 0; t + 1 < b.size(); t++) {
            if (!time.isBefore(b.get(t)) && time.isBefore(b.get(t + 1))) {
                return t;
            }
        }
        return -1;
    }

    /** Seconds the caller waited in the queue: until answered or gone, 0 while still waiting. */
    static double waited(QueueCall c) {
        if (c.waitSeconds() != null) {
            return c.waitSeconds();
        }
        if (c.endedAt() != null) {
            return Math.max(0, Duration.between(c.joinedAt(), c.endedAt()).toMillis() / 1000.0);
        }
        return 0;
    }
}
