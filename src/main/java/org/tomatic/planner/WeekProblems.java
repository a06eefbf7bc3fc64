package org.tomatic.planner;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.tomatic.availability.AvailabilityRepository;
import org.tomatic.availability.BusyEntry;
import org.tomatic.availability.DayOff;
import org.tomatic.availability.Leave;
import org.tomatic.load.CreditService;
import org.tomatic.load.LoadInput;
import org.tomatic.load.LoadPerson;
import org.tomatic.load.LoadResult;
import org.tomatic.system.Weekdays;

import org.tomatic.load.WeeklyLoad;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.planner.solver.Problem;
import org.tomatic.planner.solver.Rules;
import org.tomatic.planner.solver.Slot;
import org.tomatic.planner.solver.Weights;
import org.tomatic.system.TurnGrid;
import org.tomatic.system.TurnGridRepository;
import org.tomatic.timetable.ForcedTurn;
import org.tomatic.timetable.ForcedTurnRepository;

/**
 * Builds a week's planning problem from the data: who takes turns (active people with an ideal
 * load), their required busy turns, leaves and credit → the load (§1) → the solver's problem
 * (§2: required busy and leaves hard, optional busy undesired, the fixed-turns template forced).
 */
@Service
public class WeekProblems {

    private final PersonRepository people;
    private final AvailabilityRepository availability;
    private final TurnGridRepository grid;
    private final ForcedTurnRepository forcedTurns;
    private final CreditService credit;
    private final PlannerSettings settings;

    private final org.springframework.beans.factory.ObjectProvider<LinesFromStaffing> staffing;

    public WeekProblems(PersonRepository people, AvailabilityRepository availability, TurnGridRepository grid,
                        ForcedTurnRepository forcedTurns, CreditService credit, PlannerSettings settings,
                        org.springframework.beans.factory.ObjectProvider<LinesFromStaffing> staffing) {
        this.staffing = staffing;
        this.settings = settings;
        this.people = people;
        this.availability = availability;
        this.grid = grid;
        this.forcedTurns = forcedTurns;
        this.credit = credit;
    }

    /** lines null = the turn grid's; forgive = ignore past credit. */
    public PlanningInput prepare(LocalDate monday, Integer lines, boolean forgive) {
        return prepare(monday, lines, false, forgive);
    }

    /**
     * With {@code linesFromStaffing} each turn gets the lines the staffing says it needs, at most
     * {@code lines} (null = the turn grid's), and the loads fill the sum of those lines.
     */
    public PlanningInput prepare(LocalDate monday, Integer lines, boolean linesFromStaffing, boolean forgive) {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException(monday + " is not a Monday");
        }
        TurnGrid turnGrid = grid.get();
        int turns = turnGrid.turns();
        Set<LocalDate> closed = new LinkedHashSet<>();
        availability.holidays().stream().map(DayOff::date).forEach(closed::add);
        availability.noServiceDays().stream().map(DayOff::date).forEach(closed::add);
        List<LocalDate> dates = turnGrid.weekdays().stream().map(d -> monday.plusDays(d.getValue() - 1)).toList();
        List<LocalDate> working = dates.stream().filter(d -> !closed.contains(d)).toList();

        List<Person> takers = people.findAll().stream().filter(p -> p.active() && p.idealLoad() != null).toList();
        List<BusyEntry> busy = availability.allBusy();
        List<Leave> leaves = availability.allLeaves();
        Map<String, Double> credits = forgive ? Map.of() : credit.creditAt(monday);

        Map<Slot, Map<String, String>> hard = new HashMap<>();
        Map<Slot, Map<String, String>> soft = new HashMap<>();
        List<LoadPerson> loadPeople = new ArrayList<>();
        for (Person p : takers) {
            List<String> required = new ArrayList<>();
            int daysOff = 0;
            for (LocalDate date : working) {
                String code = Weekdays.code(date.getDayOfWeek());
                Leave leave = leaves.stream().filter(l -> l.personId().equals(p.id()) && l.covers(date)).findFirst()
                    .orElse(null);
                char[] pattern = "0".repeat(turns).toCharArray();
                if (leave != null) {
                    daysOff++;
                    java.util.Arrays.fill(pattern, '1');
                    for (int t = 0; t < turns; t++) {
                        hard.computeIfAbsent(new Slot(code, t), s -> new HashMap<>()).put(p.id(),
                            "on leave (" + leave.kind().name().toLowerCase().replace('_', ' ') + ")");
                    }
                } else {
                    for (BusyEntry b : busy) {
                        if (!b.personId().equals(p.id()) || !b.appliesOn(date)) {
                            continue;
                        }
                        for (int t = 0; t < turns; t++) {
                            if (b.busyInTurn(t)) {
                                Map<Slot, Map<String, String>> target = b.required() ? hard : soft;
                                target.computeIfAbsent(new Slot(code, t), s -> new HashMap<>())
                                    .merge(p.id(), b.reason(), (x, y) -> x + "; " + y);
                                if (b.required()) {
                                    pattern[t] = '1';
                                }
                            }
                        }
                    }
                }
                required.add(new String(pattern));
            }
            loadPeople.add(new LoadPerson(p.id(), p.idealLoad(), daysOff, required, p.maxPerDay(),
                credits.getOrDefault(p.id(), 0.0)));
        }
        int lineCount = lines != null ? lines : turnGrid.lines();
        Map<String, List<Integer>> slotLines = linesFromStaffing ? staffed(working, turns, lineCount) : Map.of();
        Integer cells = linesFromStaffing
            ? slotLines.values().stream().flatMap(List::stream).mapToInt(Integer::intValue).sum() : null;
        LoadResult load = WeeklyLoad.compute(new LoadInput(loadPeople, working.size(), turns, lineCount,
            turnGrid.maxPerDay(), turnGrid.maxOverload(), !linesFromStaffing, cells));

        Map<String, Integer> finalLoad = new HashMap<>();
        load.persons().forEach(pl -> finalLoad.put(pl.id(), pl.finalLoad()));
        List<Problem.Person> persons = takers.stream().map(p -> new Problem.Person(p.id(), finalLoad.get(p.id()),
            p.maxPerDay() != null ? p.maxPerDay() : turnGrid.maxPerDay())).toList();

        Map<Slot, Set<String>> forced = new HashMap<>();
        for (ForcedTurn f : forcedTurns.all()) {
            if (f.personId() != null && f.turn() < turns && turnGrid.weekdays().contains(f.day())) {
                forced.computeIfAbsent(new Slot(Weekdays.code(f.day()), f.turn()), s -> new LinkedHashSet<>())
                    .add(f.personId());
            }
        }
        Set<String> holidayCodes = new LinkedHashSet<>();
        dates.stream().filter(closed::contains).forEach(d -> holidayCodes.add(Weekdays.code(d.getDayOfWeek())));
        List<String> hours = turnGrid.boundaries().stream().map(LocalTime::toString).toList();
        Problem problem = new Problem("week " + monday, dates.stream().map(d -> Weekdays.code(d.getDayOfWeek()))
            .toList(), holidayCodes, hours, load.lines(), turnGrid.maxPerDay(), persons, hard, soft, forced,
            Weights.DEFAULT, deskRules(takers)).withSlotLines(slotLines);
        return new PlanningInput(monday, working, load, problem, warnings(load, forced, finalLoad));
    }

    /** Each working day's lines per turn as the staffing needs them, at most {@code cap}. */
    private Map<String, List<Integer>> staffed(List<LocalDate> working, int turns, int cap) {
        Map<DayOfWeek, List<Integer>> needed = staffing.getObject().linesNeeded(cap);
        Map<String, List<Integer>> perDay = new HashMap<>();
        for (LocalDate date : working) {
            List<Integer> day = needed.getOrDefault(date.getDayOfWeek(), List.of());
            List<Integer> lines = new ArrayList<>();
            for (int t = 0; t < turns; t++) {
                lines.add(t < day.size() ? Math.max(0, Math.min(cap, day.get(t))) : cap);
            }
            perDay.put(Weekdays.code(date.getDayOfWeek()), List.copyOf(lines));
        }
        return perDay;
    }

    /** People at one desk disturb each other (off unless tomatic.planner.max-per-desk / shared-desk-cost are set). */
    private Rules deskRules(List<Person> takers) {
        Map<String, Integer> desks = new HashMap<>();
        takers.stream().filter(p -> p.desk() != null).forEach(p -> desks.put(p.id(), p.desk()));
        return Rules.NONE.withDesks(desks, settings.maxPerDesk(), settings.sharedDeskCost());
    }

    /** Things a coordinator should know before trusting the plan. */
    private static List<String> warnings(LoadResult load, Map<Slot, Set<String>> forced, Map<String, Integer> finalLoad) {
        List<String> warnings = new ArrayList<>();
        if (load.nobodyLoad() > 0) {
            warnings.add(load.nobodyLoad() + " cells cannot be covered by the team's load this week");
        }
        if (load.droppedLines() > 0) {
            warnings.add(load.droppedLines() + " line(s) dropped: the team's load does not fill them");
        }
        Map<String, Integer> forcedCount = new HashMap<>();
        forced.values().forEach(ps -> ps.forEach(p -> forcedCount.merge(p, 1, Integer::sum)));
        forcedCount.forEach((person, n) -> {
            int loadOf = finalLoad.getOrDefault(person, 0);
            if (n > loadOf) {
                warnings.add(person + " has " + n + " fixed turns but a load of " + loadOf);
            }
        });
        return warnings;
    }

}
