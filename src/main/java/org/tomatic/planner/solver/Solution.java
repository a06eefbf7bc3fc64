package org.tomatic.planner.solver;

import java.util.List;
import java.util.Map;

/**
 * The best timetable found: day → turn → line (people in name order, "ningu" last), its cost
 * recomputed from the timetable with the breakdown and every penalty, and the busy reasons
 * behind each empty cell.
 */
public record Solution(Map<String, List<List<String>>> timetable, Cost cost, boolean optimal, double bound,
                       double elapsedSeconds, double firstSolutionSeconds, double bestSolutionSeconds,
                       List<Hole> holes) {

    /** An empty line in a turn, and who could not take it because they were busy. */
    public record Hole(Slot slot, int emptyLines, Map<String, String> busyPeople) {}

    /** The empty lines of every working turn of a timetable, with who was busy then and why. */
    public static List<Hole> holes(Problem problem, Map<String, List<List<String>>> timetable) {
        List<Hole> holes = new java.util.ArrayList<>();
        for (String day : problem.workingDays()) {
            for (int turn = 0; turn < problem.turns(); turn++) {
                long empty = timetable.get(day).get(turn).stream().filter(Problem.NOBODY::equals).count();
                if (empty > 0) {
                    Slot slot = new Slot(day, turn);
                    holes.add(new Hole(slot, (int) empty, problem.busy().getOrDefault(slot, Map.of())));
                }
            }
        }
        return holes;
    }

    /** How far from proven optimal: (cost − bound) / cost. */
    public double gap() {
        return cost.total() == 0 ? 0 : Math.max(0, (cost.total() - bound) / cost.total());
    }
}
