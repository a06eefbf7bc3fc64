package org.tomatic.planner.solver;

import java.util.ArrayList;
import java.util.Comparator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;

/**
 * The weekly timetable as a CP-SAT model (docs/scheduling-model.md §2). One boolean per person and
 * working turn they are free for; every rule is its own method. The convex costs (holes², n(n−1))
 * are sums of ordered indicator literals, so the whole objective stays linear.
 */
public final class TimetableSolver {

    private final Problem problem;
    private final CpModel model = new CpModel();
    private final LinearExprBuilder objective = LinearExpr.newBuilder();
    /** person → slot → "is on the phone then"; absent = cannot be (busy, holiday, no load). */
    private final Map<String, Map<Slot, BoolVar>> onPhone = new LinkedHashMap<>();

    private TimetableSolver(Problem problem) {
        this.problem = problem;
    }

    /** Solves the week; every improving solution is reported to {@code listener} as it is found. */
    public static Solution solve(Problem problem, SolverSettings settings, Consumer<Progress> listener) {
        return solve(problem, settings, listener, new SearchControl());
    }

    /** The same, stoppable from another thread through {@code control}. */
    public static Solution solve(Problem problem, SolverSettings settings, Consumer<Progress> listener,
                                 SearchControl control) {
        Diagnosis.check(problem);
        Natives.load();
        // One clock from here: building the model counts in the times reported.
        BestSoFar best = new BestSoFar(problem, listener);
        TimetableSolver solver = new TimetableSolver(problem);
        solver.build();
        return solver.search(settings, best, control);
    }

    private void build() {
        placeOnlyFreePeople();
        for (String day : problem.workingDays()) {
            for (int turn = 0; turn < problem.turns(); turn++) {
                Slot slot = new Slot(day, turn);
                fillTheLinesOrCountTheHoles(slot);
                penaliseUnforced(slot);
                penaliseUndesired(slot);
                keepDesksQuiet(slot);
                respectGroups(slot);
                keepPinned(slot);
                penaliseChanges(slot);
            }
        }
        for (Problem.Person person : problem.persons()) {
            respectWeeklyLoad(person);
            for (String day : problem.workingDays()) {
                atMostTurnsADayAndPenaliseSeveral(person, day);
                penaliseDailyPatterns(person, day);
            }
        }
        // Every fixed turn counted missed and every previous turn changed; placing them takes it back.
        objective.add(Cost.unavoidable(problem));
        model.minimize(objective);
    }

    /** Nobody works on a holiday or in a turn they are required-busy; people without load take no turns. */
    private void placeOnlyFreePeople() {
        for (Problem.Person person : problem.persons()) {
            Map<Slot, BoolVar> vars = new LinkedHashMap<>();
            if (person.maxLoad() > 0 && person.maxPerDay() > 0) {
                for (String day : problem.workingDays()) {
                    for (int turn = 0; turn < problem.turns(); turn++) {
                        Slot slot = new Slot(day, turn);
                        if (!problem.isBusy(person.name(), slot)) {
                            vars.put(slot, model.newBoolVar(person.name() + "@" + day + turn));
                        }
                    }
                }
            }
            onPhone.put(person.name(), vars);
        }
    }

    /**
     * At most {@code lines} people per turn. holes ≥ k is an indicator for k = 1..lines; the
     * empty-cell cost weight·holes² is Σ weight·(2k−1)·[holes ≥ k] and the incompletion cost
     * weight·(holes−1) is Σ_{k≥2} weight·[holes ≥ k].
     */
    private void fillTheLinesOrCountTheHoles(Slot slot) {
        List<BoolVar> people = peopleIn(slot);
        int lines = problem.linesIn(slot);
        BoolVar[] atLeast = new BoolVar[lines];
        for (int k = 0; k < lines; k++) {
            atLeast[k] = model.newBoolVar("holes" + slot + ">=" + (k + 1));
            if (k > 0) {
                model.addImplication(atLeast[k], atLeast[k - 1]);
            }
            objective.addTerm(atLeast[k], problem.weights().holeCost(k + 1));
        }
        LinearExprBuilder filled = LinearExpr.newBuilder();
        people.forEach(filled::add);
        for (BoolVar hole : atLeast) {
            filled.add(hole);
        }
        model.addEquality(filled, lines);
    }

    /** A fixed turn not honoured costs, unless the person is required-busy then. */
    private void penaliseUnforced(Slot slot) {
        for (String person : problem.forced().getOrDefault(slot, java.util.Set.of())) {
            if (Problem.NOBODY.equals(person) || problem.isBusy(person, slot)) {
                continue;
            }
            BoolVar placed = onPhone.getOrDefault(person, Map.of()).get(slot);
            if (placed != null) {
                objective.addTerm(placed, -problem.weights().unforced());
            }
        }
    }

    /** Placing someone in a turn they would rather not (an optional busy entry) costs. */
    private void penaliseUndesired(Slot slot) {
        for (String person : problem.undesired().getOrDefault(slot, Map.of()).keySet()) {
            BoolVar placed = onPhone.getOrDefault(person, Map.of()).get(slot);
            if (placed != null) {
                objective.addTerm(placed, problem.weights().undesired());
            }
        }
    }

    /**
     * People at one desk disturb each other: at most maxPerDesk of them on the phone in a turn, and
     * each pair costs, written as Σ_{k≥2} weight·(k−1)·[n ≥ k] for n of them on the phone.
     */
    private void keepDesksQuiet(Slot slot) {
        Rules rules = problem.rules();
        if (rules.desks().isEmpty() || rules.maxPerDesk() <= 0 && rules.sharedDesk() <= 0) {
            return;
        }
        Map<Integer, List<BoolVar>> byDesk = new LinkedHashMap<>();
        rules.desks().forEach((person, desk) -> {
            BoolVar x = onPhone.getOrDefault(person, Map.of()).get(slot);
            if (x != null) {
                byDesk.computeIfAbsent(desk, d -> new ArrayList<>()).add(x);
            }
        });
        for (List<BoolVar> atDesk : byDesk.values()) {
            int most = atDesk.size();
            if (rules.maxPerDesk() > 0 && most > rules.maxPerDesk()) {
                model.addLessOrEqual(LinearExpr.sum(atDesk.toArray(new BoolVar[0])), rules.maxPerDesk());
                most = rules.maxPerDesk();
            }
            if (rules.sharedDesk() > 0 && most >= 2) {
                convexCount(atDesk, most, k -> (long) rules.sharedDesk() * (k - 1), "desk" + slot);
            }
        }
    }

    /** A group's caps: at most maxOnPhone members on the phone, at least minOffPhone off it. */
    private void respectGroups(Slot slot) {
        for (Rules.Group group : problem.rules().groups()) {
            List<BoolVar> members = new ArrayList<>();
            group.members().forEach(person -> {
                BoolVar x = onPhone.getOrDefault(person, Map.of()).get(slot);
                if (x != null) {
                    members.add(x);
                }
            });
            int most = Integer.MAX_VALUE;
            if (group.maxOnPhone() > 0) {
                most = group.maxOnPhone();
            }
            if (group.minOffPhone() > 0) {
                most = Math.min(most, group.members().size() - group.minOffPhone());
            }
            if (members.size() > most) {
                model.addLessOrEqual(LinearExpr.sum(members.toArray(new BoolVar[0])), Math.max(0, most));
            }
        }
    }

    /** Pinned people stay where they are (checked possible beforehand). */
    private void keepPinned(Slot slot) {
        for (String person : problem.rules().pinned().getOrDefault(slot, java.util.Set.of())) {
            model.addEquality(onPhone.get(person).get(slot), 1);
        }
    }

    /** Re-planning: each person taken out of a turn they had costs, so a repair changes little. */
    private void penaliseChanges(Slot slot) {
        int cost = problem.rules().changedCell();
        if (cost <= 0) {
            return;
        }
        for (String person : problem.rules().previous().getOrDefault(slot, java.util.Set.of())) {
            BoolVar stays = onPhone.getOrDefault(person, Map.of()).get(slot);
            if (stays != null) {
                objective.addTerm(stays, -cost);
            }
        }
    }

    /** n = Σ literals, with ordered indicators [n ≥ k] for k = 2..most costing {@code costOf(k)} each. */
    private void convexCount(List<BoolVar> literals, int most, java.util.function.IntToLongFunction costOf,
                             String name) {
        LinearExprBuilder count = LinearExpr.newBuilder();
        literals.forEach(count::add);
        BoolVar previous = null;
        for (int k = 2; k <= most; k++) {
            BoolVar atLeast = model.newBoolVar(name + ">=" + k);
            if (previous != null) {
                model.addImplication(atLeast, previous);
            }
            count.addTerm(atLeast, -1);
            objective.addTerm(atLeast, costOf.applyAsLong(k));
            previous = atLeast;
        }
        model.addLessOrEqual(count, 1);
    }

    /** Each person at most their final load in the week. */
    private void respectWeeklyLoad(Problem.Person person) {
        Map<Slot, BoolVar> vars = onPhone.get(person.name());
        if (vars.size() > person.maxLoad()) {
            model.addLessOrEqual(LinearExpr.sum(vars.values().toArray(new BoolVar[0])), person.maxLoad());
        }
    }

    /**
     * At most the person's daily maximum; n turns in a day cost weight·n(n−1), written as
     * Σ_{k≥2} weight·2(k−1)·[n ≥ k] with ordered indicators.
     */
    private void atMostTurnsADayAndPenaliseSeveral(Problem.Person person, String day) {
        List<BoolVar> turns = dayOf(person, day);
        int most = Math.min(person.maxPerDay(), turns.size());
        if (turns.size() > most) {
            model.addLessOrEqual(LinearExpr.sum(turns.toArray(new BoolVar[0])), most);
        }
        if (most >= 2 && problem.weights().multipleTurns() > 0) {
            convexCount(turns, most, k -> (long) problem.weights().multipleTurns() * 2 * (k - 1),
                person.name() + "@" + day);
        }
    }

    /** Marathon, split, far split and no-breakfast days, on the first four turns, each one clause. */
    private void penaliseDailyPatterns(Problem.Person person, String day) {
        if (problem.turns() < DailyPattern.TURNS) {
            return;
        }
        Map<Slot, BoolVar> vars = onPhone.get(person.name());
        for (DailyPattern pattern : DailyPattern.values()) {
            int weight = pattern.weight(problem.weights());
            if (weight == 0 || pattern.ones() > person.maxPerDay()) {
                continue;
            }
            // With as many turns as the daily maximum, the pattern's other turns are free anyway.
            boolean othersImplied = pattern.ones() == person.maxPerDay();
            List<Literal> notThisShape = new ArrayList<>();
            boolean possible = true;
            for (int t = 0; t < DailyPattern.TURNS && possible; t++) {
                BoolVar x = vars.get(new Slot(day, t));
                if (pattern.on(t)) {
                    possible = x != null;
                    if (possible) {
                        notThisShape.add(x.not());
                    }
                } else if (x != null && !othersImplied) {
                    notThisShape.add(x);
                }
            }
            if (possible) {
                BoolVar shaped = model.newBoolVar(person.name() + "@" + day + pattern.bits);
                notThisShape.add(shaped);
                model.addBoolOr(notThisShape);
                objective.addTerm(shaped, weight);
            }
        }
    }

    /**
     * First the relaxation: a proven lower bound and, from the weeks it considered, a timetable
     * that often meets it (then the week is proven optimal without the whole model). Otherwise
     * CP-SAT on the whole model until it proves a timetable optimal or finds one at the bound (docs/scheduling-model.md, "How the solver proves a week").
     */
    private Solution search(SolverSettings settings, BestSoFar best, SearchControl control) {
        long deadline = best.deadline(settings.timeLimit());
        if (settings.relaxation() && relaxationApplies()) {
            WeekBound.Result relaxed = WeekBound.of(problem, best.deadline(settings.timeLimit().multipliedBy(3).dividedBy(5)),
                control::stopRequested);
            if (relaxed != null) {
                best.bound(relaxed.bound());
                CpModel focused = model.getClone();
                keepTheWholeWeeks(focused, relaxed);
                double seconds = Math.min(secondsUntil(deadline) / 2, Math.max(1.0, 3 * relaxed.seconds()));
                runCpSat(focused, seconds, settings, best, control);
                if (best.reachedTheBound() || control.stopRequested() && best.found()) {
                    return best.solution(false);
                }
            }
        }
        CpSolverStatus status = runCpSat(model, secondsUntil(deadline), settings, best, control);
        if (!best.found()) {
            throw new UnsolvableException("The solver found no timetable (" + status + ")"
                + (control.stopRequested() ? ": stopped before the first one"
                : status == CpSolverStatus.UNKNOWN ? ": give it more time" : ""));
        }
        return best.solution(status == CpSolverStatus.OPTIMAL);
    }

    /** Everyone the relaxation gives one whole week keeps it; the others are free. */
    private void keepTheWholeWeeks(CpModel focused, WeekBound.Result relaxed) {
        List<String> days = problem.workingDays();
        onPhone.forEach((person, vars) -> {
            CheapestWeek.Plan whole = relaxed.wholeWeek(person);
            if (whole == null) {
                return;
            }
            java.util.Set<Slot> turns = new java.util.HashSet<>();
            for (int number : whole.turns()) {
                turns.add(CheapestWeek.slot(number, days, problem.turns()));
            }
            vars.forEach((slot, x) -> focused.addEquality(x, turns.contains(slot) ? 1 : 0));
        });
    }

    /** One CP-SAT search of {@code cpModel} (the model or a copy of it with more constraints). */
    private CpSolverStatus runCpSat(CpModel cpModel, double seconds, SolverSettings settings, BestSoFar best,
                                    SearchControl control) {
        if (control.stopRequested()) {
            // CP-SAT forgets a stop asked before its search starts.
            return CpSolverStatus.UNKNOWN;
        }
        CpSolver solver = new CpSolver();
        solver.getParameters()
            .setNumWorkers(Math.max(1, settings.workers()))
            .setMaxTimeInSeconds(Math.max(0.05, seconds))
            .setRandomSeed(settings.seed());
        if (settings.maxLp()) {
            solver.getParameters().addSubsolvers("max_lp");
        }
        CpSolverSolutionCallback callback = new CpSolverSolutionCallback() {
            @Override
            public void onSolutionCallback() {
                // A non-optimal solution may leave a cost indicator on that it need not: keep
                // the timetable's own cost, which is never above the model's.
                best.offer(timetable((person, slot) -> booleanValue(onPhone.get(person).get(slot))));
                if (best.reachedTheBound()) {
                    stopSearch();
                }
            }
        };
        control.attach(solver);
        CpSolverStatus status;
        try {
            status = solver.solve(cpModel, callback);
        } finally {
            control.detach();
        }
        if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
            Cost cost = Cost.of(problem, timetable((person, slot) -> solver.booleanValue(onPhone.get(person).get(slot))));
            long claimed = Math.round(solver.objectiveValue());
            if (status == CpSolverStatus.OPTIMAL ? cost.total() != claimed : cost.total() > claimed) {
                throw new IllegalStateException("The model's cost " + claimed + " does not match the timetable's "
                    + cost.total() + ": a bug in the model");
            }
            if (cpModel == model) {
                best.bound(solver.bestObjectiveBound());
            }
        }
        return status;
    }

    /**
     * The relaxation leaves out the rules across people; with desk caps, shared desks or groups its
     * timetables could break them, so those weeks go to the whole model alone.
     */
    private boolean relaxationApplies() {
        Rules rules = problem.rules();
        boolean desks = !rules.desks().isEmpty() && (rules.maxPerDesk() > 0 || rules.sharedDesk() > 0);
        return !desks && rules.groups().isEmpty();
    }

    private static double secondsUntil(long deadline) {
        return (deadline - System.nanoTime()) / 1e9;
    }

    /** People in name order, then "ningu" for the empty lines; holidays all "festiu". */
    private Map<String, List<List<String>>> timetable(java.util.function.BiPredicate<String, Slot> placed) {
        Map<String, List<List<String>>> timetable = new LinkedHashMap<>();
        for (String day : problem.days()) {
            List<List<String>> turns = new ArrayList<>();
            for (int turn = 0; turn < problem.turns(); turn++) {
                List<String> lines = new ArrayList<>();
                Slot slot = new Slot(day, turn);
                if (problem.holidays().contains(day)) {
                    lines.addAll(java.util.Collections.nCopies(problem.linesIn(slot), "festiu"));
                } else {
                    onPhone.forEach((person, vars) -> {
                        if (vars.containsKey(slot) && placed.test(person, slot)) {
                            lines.add(person);
                        }
                    });
                    lines.sort(Comparator.naturalOrder());
                    while (lines.size() < problem.linesIn(slot)) {
                        lines.add(Problem.NOBODY);
                    }
                }
                turns.add(lines);
            }
            timetable.put(day, turns);
        }
        return timetable;
    }

    private List<BoolVar> peopleIn(Slot slot) {
        List<BoolVar> people = new ArrayList<>();
        onPhone.values().forEach(vars -> {
            BoolVar x = vars.get(slot);
            if (x != null) {
                people.add(x);
            }
        });
        return people;
    }

    private List<BoolVar> dayOf(Problem.Person person, String day) {
        List<BoolVar> turns = new ArrayList<>();
        Map<Slot, BoolVar> vars = onPhone.get(person.name());
        for (int t = 0; t < problem.turns(); t++) {
            BoolVar x = vars.get(new Slot(day, t));
            if (x != null) {
                turns.add(x);
            }
        }
        return turns;
    }

}
