package org.tomatic.planner.solver;

import java.util.List;
import java.util.Map;

/** An improving solution as the search finds it: its timetable (day → turn → line) and that timetable's cost. */
public record Progress(Cost details, double bound, double elapsedSeconds, Map<String, List<List<String>>> timetable) {

    public long cost() {
        return details.total();
    }
}
