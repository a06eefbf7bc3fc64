package org.tomatic.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The relaxation that proves large weeks optimal: a person's cheapest week against every choice
 * tried one by one, and the whole solver against CP-SAT alone on generated weeks.
 */
class WeekBoundTests {

    private static final Set<String> HOLE_TERMS = Set.of("emptySlots", "incompletion");

    /**
     * A person's own cost of taking {@code turns}, from the timetable alone: every term but the empty
     * lines, less what taking nothing costs (the fixed and previous turns missed).
     */
    private static long ownCost(Problem problem, String person, Set<Slot> turns) {
        return termsButHoles(problem, person, turns) - termsButHoles(problem, person, Set.of());
    }

    private static long termsButHoles(Problem problem, String person, Set<Slot> turns) {
        Map<String, List<List<String>>> timetable = new LinkedHashMap<>();
        for (String day : problem.days()) {
            List<List<String>> day_ = new ArrayList<>();
            for (int t = 0; t < problem.turns(); t++) {
                day_.add(turns.contains(new Slot(day, t)) ? List.of(person) : List.of());
            }
            timetable.put(day, day_);
        }
        Cost cost = Cost.of(problem, timetable);
        return cost.breakdown().entrySet().stream().filter(e -> !HOLE_TERMS.contains(e.getKey()))
            .mapToLong(Map.Entry::getValue).sum();
    }

    @ParameterizedTest(name = "{0} turns a day, at most {1} a day, load {2}, seed {3}")
    @CsvSource({"4, 2, 4, 1", "4, 3, 6, 2", "6, 2, 5, 3", "5, 3, 7, 4", "3, 2, 3, 5", "8, 2, 6, 6", "4, 1, 3, 7"})
    void aPersonsCheapestWeekIsTheBestOfEveryChoice(int turns, int perDay, int load, long seed) {
        Random random = new Random(seed);
        List<String> days = List.of("dl", "dm", "dx");
        Problems week = Problems.week(turns, 2, days.toArray(String[]::new)).person("anna", load, perDay);
        Map<Slot, Set<String>> pinned = new HashMap<>();
        Map<Slot, Set<String>> previous = new HashMap<>();
        List<Slot> free = new ArrayList<>();
        for (String day : days) {
            for (int t = 0; t < turns; t++) {
                Slot slot = new Slot(day, t);
                double draw = random.nextDouble();
                if (draw < 0.2) {
                    week.busy("anna", day, t);
                    continue;
                }
                free.add(slot);
                if (draw < 0.35) {
                    week.undesired("anna", day, t);
                } else if (draw < 0.5) {
                    week.forced("anna", day, t);
                } else if (draw < 0.6) {
                    previous.put(slot, Set.of("anna"));
                }
            }
        }
        if (seed % 2 == 0 && !free.isEmpty()) {
            pinned.put(free.get(random.nextInt(free.size())), Set.of("anna"));
        }
        Problem problem = week.rules(Rules.NONE.withStability(pinned, previous, 15)).build();
        List<String> working = problem.workingDays();
        CheapestWeek cheapest = new CheapestWeek(problem, problem.persons().get(0), working);

        for (int trial = 0; trial < 20; trial++) {
            double[] price = new double[working.size() * turns];
            for (int i = 0; i < price.length; i++) {
                price[i] = trial == 0 ? 0 : random.nextInt(120) - 30 + random.nextDouble();
            }
            double bestByHand = Double.POSITIVE_INFINITY;
            for (long mask = 0; mask < 1L << free.size(); mask++) {
                Set<Slot> turnsTaken = new LinkedHashSet<>();
                for (int i = 0; i < free.size(); i++) {
                    if ((mask >> i & 1) == 1) {
                        turnsTaken.add(free.get(i));
                    }
                }
                if (!allowed(problem, turnsTaken, pinned, load, perDay)) {
                    continue;
                }
                double priced = ownCost(problem, "anna", turnsTaken);
                for (Slot s : turnsTaken) {
                    priced -= price[working.indexOf(s.day()) * turns + s.turn()];
                }
                bestByHand = Math.min(bestByHand, priced);
            }
            CheapestWeek.Plan plan = cheapest.cheapest(price);

            assertThat(plan.priced()).as("trial %d", trial).isCloseTo(bestByHand, org.assertj.core.data.Offset.offset(1e-6));
            Set<Slot> planned = new LinkedHashSet<>();
            for (int number : plan.turns()) {
                planned.add(CheapestWeek.slot(number, working, turns));
            }
            assertThat(plan.cost()).isEqualTo(ownCost(problem, "anna", planned));
            assertThat(allowed(problem, planned, pinned, load, perDay)).isTrue();
        }
    }

    private static boolean allowed(Problem problem, Set<Slot> turns, Map<Slot, Set<String>> pinned, int load,
                                   int perDay) {
        if (turns.size() > load || !turns.containsAll(pinned.keySet())) {
            return false;
        }
        Map<String, Integer> perDayCount = new HashMap<>();
        turns.forEach(s -> perDayCount.merge(s.day(), 1, Integer::sum));
        return perDayCount.values().stream().allMatch(n -> n <= perDay);
    }

    @ParameterizedTest(name = "{0}, at most {1} a day, seed {2}")
    @CsvSource({"30x5x4x4, 2, 1", "30x5x4x4, 2, 2", "24x3x6x4, 2, 3", "40x5x4x5, 3, 4", "20x4x8x3, 2, 5",
        "25x5x4x4, 1, 6", "36x5x5x5, 2, 7", "18x2x4x6, 3, 8"})
    void theSolverProvesTheSameOptimumAsCpSatAloneAndTheBoundIsNeverAboveIt(String shape, int perDay, long seed) {
        Problem problem = InstanceGenerator.generate(InstanceGenerator.Shape.parse(shape), seed, perDay).problem();
        SolverSettings settings = new SolverSettings(Duration.ofSeconds(60), 2, 0, true);

        Solution alone = TimetableSolver.solve(problem, settings.withRelaxation(false), p -> { });
        WeekBound.Result relaxed = WeekBound.of(problem, System.nanoTime() + 30_000_000_000L, () -> false);
        Solution solved = TimetableSolver.solve(problem, settings, p -> { });

        assertThat(alone.optimal()).isTrue();
        assertThat(solved.optimal()).isTrue();
        assertThat(solved.cost().total()).isEqualTo(alone.cost().total());
        assertThat(relaxed).isNotNull();
        assertThat(relaxed.bound()).isLessThanOrEqualTo(alone.cost().total());
    }

    @Test
    void aRepairWithPinsAndPreviousTurnsIsProvedTheSame() {
        Problem week = InstanceGenerator.generate(InstanceGenerator.Shape.parse("30x5x4x4"), 11, 2).problem();
        SolverSettings settings = new SolverSettings(Duration.ofSeconds(60), 2, 0, true);
        Solution first = TimetableSolver.solve(week, settings, p -> { });
        Map<Slot, Set<String>> previous = new HashMap<>();
        Map<Slot, Set<String>> pinned = new HashMap<>();
        first.timetable().forEach((day, turns) -> {
            for (int t = 0; t < turns.size(); t++) {
                Set<String> people = new LinkedHashSet<>(turns.get(t));
                people.remove(Problem.NOBODY);
                previous.put(new Slot(day, t), people);
                if (t == 0 && !people.isEmpty()) {
                    pinned.put(new Slot(day, t), Set.of(people.iterator().next()));
                }
            }
        });
        // Someone now absent on Monday: the repair keeps as much of the old week as it can.
        String absent = first.timetable().get("dl").get(1).get(0);
        Map<Slot, Map<String, String>> busy = new HashMap<>(week.busy());
        for (int t = 0; t < week.turns(); t++) {
            busy.computeIfAbsent(new Slot("dl", t), s -> new HashMap<>()).put(absent, "ill");
        }
        pinned.values().removeIf(people -> people.contains(absent));
        Problem repair = new Problem(week.name(), week.days(), week.holidays(), week.hours(), week.lines(),
            week.maxPerDay(), week.persons(), busy, week.undesired(), week.forced(), week.weights(),
            Rules.NONE.withStability(pinned, previous, 25));

        Solution alone = TimetableSolver.solve(repair, settings.withRelaxation(false), p -> { });
        Solution solved = TimetableSolver.solve(repair, settings, p -> { });

        assertThat(solved.optimal()).isTrue();
        assertThat(solved.cost().total()).isEqualTo(alone.cost().total());
        pinned.forEach((slot, people) -> assertThat(solved.timetable().get(slot.day()).get(slot.turn()))
            .containsAll(people));
    }

    @Test
    void aSearchStoppedBeforeItsFirstTimetableSaysSo() {
        Problem problem = InstanceGenerator.generate(InstanceGenerator.Shape.parse("30x5x4x4"), 1, 2).problem();
        SearchControl control = new SearchControl();
        control.stop();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TimetableSolver.solve(problem,
                new SolverSettings(Duration.ofSeconds(30), 2, 0, true), p -> { }, control))
            .isInstanceOf(UnsolvableException.class).hasMessageContaining("stopped before the first one");
    }

    @Test
    void theProgressOnlyEverGoesDown() {
        Problem problem = InstanceGenerator.generate(InstanceGenerator.Shape.parse("120x5x8x16"), 3, 2).problem();
        List<Progress> seen = new ArrayList<>();

        Solution s = TimetableSolver.solve(problem, new SolverSettings(Duration.ofSeconds(60), 2, 0, true), seen::add);

        assertThat(seen).isNotEmpty();
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i).cost()).isLessThan(seen.get(i - 1).cost());
            assertThat(seen.get(i).elapsedSeconds()).isGreaterThanOrEqualTo(seen.get(i - 1).elapsedSeconds());
        }
        assertThat(seen.get(seen.size() - 1).cost()).isEqualTo(s.cost().total());
        assertThat(s.optimal()).isTrue();
        assertThat(s.bound()).isEqualTo((double) s.cost().total());
    }
}
