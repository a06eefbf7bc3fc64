package org.tomatic.planner;

import java.util.List;
import java.util.Map;

import org.tomatic.load.PersonLoad;
import org.tomatic.planner.solver.Penalty;

/** What a run keeps of its best timetable, stored as JSON with the run. */
public record RunResult(Map<String, List<List<String>>> timetable, Map<String, Long> breakdown, List<Penalty> penalties,
                        List<HoleReason> holes, List<String> days, List<String> hours) {

    /** An empty cell and who was busy then, with their reasons. */
    public record HoleReason(String day, int turn, int emptyLines, Map<String, String> busyPeople) {}

    /** The load table the run was planned with. */
    public record LoadTable(List<PersonLoad> persons, int cells, int nobodyLoad, int lines, int droppedLines,
                            List<String> warnings) {}
}
