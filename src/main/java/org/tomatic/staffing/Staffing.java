package org.tomatic.staffing;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.tomatic.availability.AvailabilityRepository;
import org.tomatic.availability.DayOff;
import org.tomatic.stats.CallStatistics;
import org.tomatic.stats.StatsProperties;
import org.tomatic.system.TurnGrid;
import org.tomatic.system.TurnGridRepository;
import org.tomatic.timetable.Timetable;
import org.tomatic.timetable.TimetableRepository;

/**
 * Staffing from the recorded calls: the demand of the last complete weeks before this one (in the team's zone), the
 * lines each turn needs for the target and, for a week with a timetable, the service its lines are predicted to give.
 */
@Service
public class Staffing implements org.tomatic.planner.LinesFromStaffing {

    private final CallStatistics statistics;
    private final AvailabilityRepository availability;
    private final TimetableRepository timetables;
    private final TurnGridRepository grids;
    private final StaffingProperties properties;
    private final StatsProperties stats;
    private final Clock clock;

    public Staffing(CallStatistics statistics, AvailabilityRepository availability, TimetableRepository timetables,
                    TurnGridRepository grids, StaffingProperties properties, StatsProperties stats, Clock clock) {
        this.statistics = statistics;
        this.availability = availability;
        this.timetables = timetables;
        this.grids = grids;
        this.properties = properties;
        this.stats = stats;
        this.clock = clock;
    }

    /** The configured target: {@code tomatic.staffing.target} within {@code tomatic.stats.service-level-seconds}. */
    public Target defaultTarget() {
        return new Target(properties.target() / 100, stats.serviceLevelSeconds(), properties.maxAbandon() / 100);
    }

    public int defaultWeeks() {
        return properties.weeks();
    }

    /** With the configured weeks and target, for {@code week} (null = no week). */
    public StaffingReport report(LocalDate week) {
        return report(properties.weeks(), defaultTarget(), week);
    }

    /**
     * @param week a Monday whose timetable is compared with the need, or null
     */
    public StaffingReport report(int weeks, Target target, LocalDate week) {
        if (weeks < 1 || weeks > 520) {
            throw new IllegalArgumentException("weeks must be between 1 and 520, not " + weeks);
        }
        if (week != null && week.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException(week + " is not a Monday");
        }
        TurnGrid grid = grids.get();
        LocalDate thisMonday = thisMonday(grid);
        LocalDate from = thisMonday.minusWeeks(weeks);
        LocalDate to = thisMonday.minusDays(1);
        Set<LocalDate> closed = closedDays();
        Demand.Result demand = demand(grid, closed, from, to);
        Optional<Timetable> timetable = week == null ? Optional.empty() : timetables.find(week);
        double shrinkage = properties.shrinkage() / 100;
        List<TurnStaffing> turns = new ArrayList<>();
        double expected = 0;
        double inTime = 0;
        double abandoned = 0;
        for (TurnDemand d : demand.turns()) {
            int needed = StaffingModel.linesNeeded(d, target, shrinkage, properties.minLines());
            boolean lowData = d.calls() < properties.minCalls();
            Integer scheduled = null;
            ErlangA.Prediction predicted = null;
            boolean holiday = false;
            if (timetable.isPresent()) {
                LocalDate date = week.plusDays(d.weekday().getValue() - 1L);
                holiday = closed.contains(date) || isHoliday(timetable.get(), d);
                scheduled = holiday ? 0 : scheduled(timetable.get(), d);
                predicted = holiday ? null : StaffingModel.predictScheduled(d, scheduled, target, shrinkage);
                if (predicted != null) {
                    double calls = d.callsPerHour() * d.hours();
                    expected += calls;
                    inTime += calls * predicted.serviceLevel();
                    abandoned += calls * predicted.abandonRate();
                }
            }
            boolean below = predicted != null && !StaffingModel.meets(predicted, target);
            turns.add(new TurnStaffing(d, needed, scheduled, predicted, lowData, holiday, below));
        }
        StaffingReport.Overall overall = timetable.isEmpty() ? null
            : expected == 0 ? new StaffingReport.Overall(1, 0, 0)
            : new StaffingReport.Overall(inTime / expected, abandoned / expected, expected);
        return new StaffingReport(weeks, target, from, to, week, timetable.isPresent(), turns, demand.weeksWithCalls(),
            demand.calls(), overall);
    }

    /**
     * The demand of every weekday × turn from the configured weeks of history before this week (no lines needed
     * computed): what the simulated PBX's callers follow with {@code calls-per-hour=from-history}.
     */
    public List<TurnDemand> demand() {
        TurnGrid grid = grids.get();
        LocalDate thisMonday = thisMonday(grid);
        return demand(grid, closedDays(), thisMonday.minusWeeks(properties.weeks()), thisMonday.minusDays(1)).turns();
    }

    private Demand.Result demand(TurnGrid grid, Set<LocalDate> closed, LocalDate from, LocalDate to) {
        return Demand.of(statistics.calls(from, to), grid, closed, from, to, properties.wrapUp(), properties.minCalls());
    }

    private LocalDate thisMonday(TurnGrid grid) {
        return LocalDate.now(clock.withZone(grid.timeZone())).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Holidays and no-service days. */
    Set<LocalDate> closedDays() {
        Set<LocalDate> closed = new HashSet<>();
        availability.holidays().stream().map(DayOff::date).forEach(closed::add);
        availability.noServiceDays().stream().map(DayOff::date).forEach(closed::add);
        return closed;
    }

    /**
     * Each weekday's lines needed per turn with the configured history and target, at most {@code cap} (the
     * planner's "lines from staffing").
     */
    @Override
    public Map<DayOfWeek, List<Integer>> linesNeeded(int cap) {
        Map<DayOfWeek, List<Integer>> lines = new EnumMap<>(DayOfWeek.class);
        for (TurnStaffing t : report(null).turns()) {
            lines.computeIfAbsent(t.demand().weekday(), k -> new ArrayList<>()).add(Math.min(cap, t.linesNeeded()));
        }
        return lines;
    }

    private static boolean isHoliday(Timetable t, TurnDemand d) {
        return !t.days().contains(d.weekday())
            || t.cells().stream().anyMatch(c -> c.day() == d.weekday() && c.turn() == d.turn() && c.holiday());
    }

    private static int scheduled(Timetable t, TurnDemand d) {
        return (int) t.cells().stream()
            .filter(c -> c.day() == d.weekday() && c.turn() == d.turn() && !c.holiday() && c.personId() != null)
            .map(Timetable.Cell::personId).distinct().count();
    }
}
