package org.tomatic.planner;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.planner.solver.Cost;
import org.tomatic.planner.solver.Problem;
import org.tomatic.planner.solver.Slot;
import org.tomatic.system.NotFoundException;
import org.tomatic.system.Weekdays;
import org.tomatic.timetable.CandidateRanking;
import org.tomatic.timetable.Timetable;
import org.tomatic.timetable.TimetableEditor;
import org.tomatic.timetable.TimetableRepository;

/**
 * Ranks who could take a cell: free and within their load first, then those it would overload or
 * put over their daily maximum, then the busy ones with their reason; each with the change in the
 * week's cost (the model's cost function on the edited week).
 */
@Service
class CellCandidates implements CandidateRanking {

    private final TimetableRepository timetables;
    private final WeekProblems weeks;
    private final PersonRepository people;

    CellCandidates(TimetableRepository timetables, WeekProblems weeks, PersonRepository people) {
        this.timetables = timetables;
        this.weeks = weeks;
        this.people = people;
    }

    @Override
    public List<Candidate> rank(LocalDate week, DayOfWeek day, int turn, int line) {
        Published w = published(week);
        Timetable timetable = w.timetable();
        Problem problem = w.problem();
        Map<String, List<List<String>>> current = w.grid();
        long base = w.cost();
        String code = Weekdays.code(day);
        Slot slot = new Slot(code, turn);
        Map<String, Problem.Person> plan = new HashMap<>();
        problem.persons().forEach(p -> plan.put(p.name(), p));
        Map<String, Integer> weekLoad = new HashMap<>();
        Map<String, Integer> dayLoad = new HashMap<>();
        timetable.cells().stream().filter(c -> c.personId() != null).forEach(c -> {
            weekLoad.merge(c.personId(), 1, Integer::sum);
            if (c.day() == day) {
                dayLoad.merge(c.personId(), 1, Integer::sum);
            }
        });
        List<String> inTurn = current.get(code).get(turn);
        String occupant = inTurn.get(line);

        List<Candidate> candidates = new ArrayList<>();
        for (Person person : people.findAll()) {
            // Only people who can take a phone turn: active, with an extension; not the one there now.
            if (!person.active() || person.extension() == null || person.extension().isBlank()
                || person.id().equals(occupant) || inTurn.contains(person.id())) {
                continue;
            }
            Problem.Person planned = plan.get(person.id());
            int turns = weekLoad.getOrDefault(person.id(), 0);
            int load = planned == null ? 0 : planned.maxLoad();
            int dayTurns = dayLoad.getOrDefault(person.id(), 0);
            int dayMax = planned == null ? problem.maxPerDay() : planned.maxPerDay();
            String busy = problem.busy().getOrDefault(slot, Map.of()).get(person.id());
            Fit fit = busy != null ? Fit.BUSY : turns >= load || dayTurns >= dayMax ? Fit.OVERLOADS : Fit.FREE;
            candidates.add(new Candidate(person.id(), person.name(), fit, turns, load, dayTurns, dayMax, busy,
                problem.undesired().getOrDefault(slot, Map.of()).get(person.id()),
                delta(problem, current, code, turn, line, person.id(), base)));
        }
        if (occupant != null && !Problem.NOBODY.equals(occupant)) {
            candidates.add(new Candidate(null, null, Fit.NOBODY, 0, 0, 0, 0, null, null,
                delta(problem, current, code, turn, line, null, base)));
        }
        candidates.sort(Comparator.comparing(Candidate::fit).thenComparingLong(Candidate::costDelta)
            .thenComparing(Candidate::name));
        return candidates;
    }

    @Override
    public Map<TimetableEditor.CellRef, Long> swapDeltas(LocalDate week, DayOfWeek day, int turn, int line) {
        Published w = published(week);
        Timetable timetable = w.timetable();
        Problem problem = w.problem();
        Map<String, List<List<String>>> current = w.grid();
        long base = w.cost();
        String code = Weekdays.code(day);
        String mine = current.get(code).get(turn).get(line);
        Map<TimetableEditor.CellRef, Long> deltas = new LinkedHashMap<>();
        for (Timetable.Cell c : timetable.cells()) {
            if (c.holiday() || c.day() == day && c.turn() == turn && c.line() == line) {
                continue;
            }
            String other = Weekdays.code(c.day());
            String theirs = current.get(other).get(c.turn()).get(c.line());
            Map<String, List<List<String>>> edited = with(with(current, code, turn, line, theirs), other, c.turn(),
                c.line(), mine);
            deltas.put(new TimetableEditor.CellRef(c.day(), c.turn(), c.line()), Cost.of(problem, edited).total() - base);
        }
        return deltas;
    }

    /** A week's timetable with the planner's problem for it, as a grid, and its cost: what both rankings start from. */
    private record Published(Timetable timetable, Problem problem, Map<String, List<List<String>>> grid, long cost) {}

    private Published published(LocalDate week) {
        Timetable timetable = timetables.find(week).orElseThrow(() -> new NotFoundException("No timetable for " + week));
        Problem problem = weeks.prepare(week, timetable.lineLabels().size(), false).problem()
            .withLines(timetable.lineLabels().size());
        Map<String, List<List<String>>> grid = asGrid(timetable);
        return new Published(timetable, problem, grid, Cost.of(problem, grid).total());
    }

    /** The grid with one cell changed (a copy; the grid given stays as it was). */
    private static Map<String, List<List<String>>> with(Map<String, List<List<String>>> grid, String day, int turn,
                                                         int line, String person) {
        Map<String, List<List<String>>> edited = new LinkedHashMap<>(grid);
        List<List<String>> turns = new ArrayList<>(grid.get(day));
        List<String> lines = new ArrayList<>(turns.get(turn));
        lines.set(line, person == null ? Problem.NOBODY : person);
        turns.set(turn, lines);
        edited.put(day, turns);
        return edited;
    }

    @Override
    public Map<String, Integer> targets(LocalDate week, int lines) {
        Map<String, Integer> targets = new HashMap<>();
        weeks.prepare(week, lines, false).load().persons().forEach(p -> targets.put(p.id(), p.finalLoad()));
        return targets;
    }

    private static long delta(Problem problem, Map<String, List<List<String>>> current, String day, int turn, int line,
                              String person, long base) {
        return Cost.of(problem, with(current, day, turn, line, person)).total() - base;
    }

    static Map<String, List<List<String>>> asGrid(Timetable t) {
        Map<DayOfWeek, List<List<String>>> byDay = t.grid(Problem.NOBODY, "festiu");
        Map<String, List<List<String>>> grid = new LinkedHashMap<>();
        t.days().forEach(day -> grid.put(Weekdays.code(day), byDay.get(day)));
        return grid;
    }
}
