package org.tomatic.planner.solver;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * A proven lower bound on the week's cost, and a timetable close to it, before the CP-SAT search
 * (docs/scheduling-model.md, "How the solver proves a week"). The week's linear relaxation over
 * whole weeks per person is solved by column generation: a linear program chooses a mix of weeks
 * per person and of empty lines per turn, and each person's {@link CheapestWeek} at the program's
 * turn prices brings the weeks that improve it. The bound is the Lagrangian one at those prices —
 * valid whatever the prices, so the linear solver's rounding cannot make it wrong — and it is the
 * tightest this relaxation gives once no week improves. Rules across people (desk caps and
 * sharing, groups) are left out of the relaxation, which keeps it a lower bound.
 */
final class WeekBound {

    /**
     * The bound (the week costs at least this); per person the weeks the program considered and
     * the share it gives each (a person whose share is 1 on one week has a whole week); how long it took.
     */
    record Result(long bound, Map<String, List<CheapestWeek.Plan>> weeks, Map<String, double[]> mix,
                  double seconds) {

        /** The one week the program gives this person whole, or null if it mixes several. */
        CheapestWeek.Plan wholeWeek(String person) {
            double[] shares = mix.get(person);
            for (int j = 0; shares != null && j < shares.length; j++) {
                if (shares[j] > 1 - 1e-6) {
                    return weeks.get(person).get(j);
                }
            }
            return null;
        }
    }

    /** Beyond this many people × days the relaxation would take longer than it saves. */
    private static final int MAX_PERSON_DAYS = 50_000;
    private static final double EPSILON = 1e-6;

    private final Problem problem;
    private final List<String> days;
    private final int turnsADay;
    private final long[][] holeCost;
    private final long constant;
    private final List<CheapestWeek> people = new ArrayList<>();

    private WeekBound(Problem problem) {
        this.problem = problem;
        this.days = problem.workingDays();
        this.turnsADay = problem.turns();
        this.holeCost = new long[days.size() * turnsADay][];
        for (int s = 0; s < holeCost.length; s++) {
            int lines = problem.linesIn(CheapestWeek.slot(s, days, turnsADay));
            holeCost[s] = new long[lines + 1];
            for (int k = 1; k <= lines; k++) {
                holeCost[s][k] = problem.weights().holeCost(k);
            }
        }
        this.constant = Cost.unavoidable(problem);
        for (Problem.Person person : problem.persons()) {
            CheapestWeek week = new CheapestWeek(problem, person, days);
            if (week.takesTurns()) {
                people.add(week);
            }
        }
    }

    /** Null when the week is too large for it, or the time ran out before any bound. */
    static Result of(Problem problem, long deadlineNanos, BooleanSupplier stop) {
        if (stop.getAsBoolean() || (long) problem.persons().size() * problem.workingDays().size() > MAX_PERSON_DAYS) {
            return null;
        }
        Natives.load();
        return new WeekBound(problem).generate(deadlineNanos, stop);
    }

    private Result generate(long deadlineNanos, BooleanSupplier stop) {
        long started = System.nanoTime();
        MPSolver lp = MPSolver.createSolver("GLOP");
        if (lp == null) {
            return null;
        }
        try {
            return generate(lp, started, deadlineNanos, stop);
        } finally {
            lp.delete();
        }
    }

    private Result generate(MPSolver lp, long started, long deadlineNanos, BooleanSupplier stop) {
        int slots = holeCost.length;
        MPObjective objective = lp.objective();
        objective.setMinimization();
        MPConstraint[] slotRow = new MPConstraint[slots];
        for (int s = 0; s < slots; s++) {
            int lines = holeCost[s].length - 1;
            slotRow[s] = lp.makeConstraint(lines, lines, "");
            for (int k = 1; k <= lines; k++) {
                MPVariable hole = lp.makeNumVar(0, 1, "");
                slotRow[s].setCoefficient(hole, 1);
                objective.setCoefficient(hole, holeCost[s][k]);
            }
            MPVariable over = lp.makeNumVar(0, MPSolver.infinity(), "");
            slotRow[s].setCoefficient(over, -1);
            // Only while the program has few weeks: dearer than any empty line, so it goes.
            objective.setCoefficient(over, 2.0 * holeCost[s][lines] + 1);
        }
        int n = people.size();
        MPConstraint[] onePlan = new MPConstraint[n];
        List<List<MPVariable>> columns = new ArrayList<>();
        List<List<CheapestWeek.Plan>> plansOf = new ArrayList<>();
        List<Set<String>> seen = new ArrayList<>();
        double[] eager = new double[slots];
        for (int s = 0; s < slots; s++) {
            eager[s] = holeCost[s].length > 1 ? holeCost[s][1] : 0;
        }
        for (int i = 0; i < n; i++) {
            onePlan[i] = lp.makeConstraint(1, 1, "");
            columns.add(new ArrayList<>());
            plansOf.add(new ArrayList<>());
            seen.add(new HashSet<>());
            CheapestWeek.Plan start = people.get(i).cheapest(eager);
            if (start == null) {
                return null;
            }
            addColumn(lp, objective, slotRow, onePlan[i], columns.get(i), plansOf.get(i), seen.get(i), start);
            CheapestWeek.Plan idle = people.get(i).cheapest(new double[slots]);
            addColumn(lp, objective, slotRow, onePlan[i], columns.get(i), plansOf.get(i), seen.get(i), idle);
        }
        double bestBound = Double.NEGATIVE_INFINITY;
        boolean solved = false;
        while (true) {
            MPSolver.ResultStatus status = lp.solve();
            solved = status == MPSolver.ResultStatus.OPTIMAL;
            if (!solved) {
                break;
            }
            double[] price = new double[slots];
            for (int s = 0; s < slots; s++) {
                price[s] = slotRow[s].dualValue();
            }
            double bound = constant + holesAt(price);
            List<CheapestWeek.Plan> better = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                CheapestWeek.Plan plan = people.get(i).cheapest(price);
                bound += plan.priced();
                if (plan.priced() - onePlan[i].dualValue() < -EPSILON) {
                    better.add(plan);
                } else {
                    better.add(null);
                }
            }
            bestBound = Math.max(bestBound, bound);
            double relaxed = objective.value() + constant;
            if (Math.ceil(bestBound - EPSILON) >= Math.ceil(relaxed - EPSILON)) {
                break;
            }
            boolean added = false;
            for (int i = 0; i < n; i++) {
                if (better.get(i) != null) {
                    added |= addColumn(lp, objective, slotRow, onePlan[i], columns.get(i), plansOf.get(i),
                        seen.get(i), better.get(i));
                }
            }
            if (!added) {
                break;
            }
            if (System.nanoTime() > deadlineNanos || stop.getAsBoolean()) {
                break;
            }
        }
        if (bestBound == Double.NEGATIVE_INFINITY) {
            return null;
        }
        Map<String, List<CheapestWeek.Plan>> weeks = new LinkedHashMap<>();
        Map<String, double[]> mix = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            weeks.put(people.get(i).person.name(), List.copyOf(plansOf.get(i)));
            double[] shares = new double[columns.get(i).size()];
            for (int j = 0; j < shares.length && solved; j++) {
                shares[j] = columns.get(i).get(j).solutionValue();
            }
            mix.put(people.get(i).person.name(), shares);
        }
        return new Result((long) Math.ceil(bestBound - EPSILON), weeks, mix, (System.nanoTime() - started) / 1e9);
    }

    /** Σ over turns of (its lines × price + the cheapest number of empty lines at that price). */
    private double holesAt(double[] price) {
        double total = 0;
        for (int s = 0; s < holeCost.length; s++) {
            int lines = holeCost[s].length - 1;
            double cheapest = 0;
            double cost = 0;
            for (int h = 1; h <= lines; h++) {
                cost += holeCost[s][h] - price[s];
                cheapest = Math.min(cheapest, cost);
            }
            total += lines * price[s] + cheapest;
        }
        return total;
    }

    private static boolean addColumn(MPSolver lp, MPObjective objective, MPConstraint[] slotRow, MPConstraint onePlan,
                                     List<MPVariable> columns, List<CheapestWeek.Plan> plans, Set<String> seen,
                                     CheapestWeek.Plan plan) {
        if (plan == null || !seen.add(java.util.Arrays.toString(plan.turns()))) {
            return false;
        }
        MPVariable column = lp.makeNumVar(0, 1, "");
        objective.setCoefficient(column, plan.cost());
        onePlan.setCoefficient(column, 1);
        for (int number : plan.turns()) {
            slotRow[number].setCoefficient(column, 1);
        }
        columns.add(column);
        plans.add(plan);
        return true;
    }
}
