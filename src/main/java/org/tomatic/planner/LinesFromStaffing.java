package org.tomatic.planner;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

/**
 * The lines each turn needs for the service target, as staffing computes them from the recorded calls (the
 * planner's "lines from staffing"). Staffing provides it; the planner only asks.
 */
public interface LinesFromStaffing {

    /** Each weekday's lines needed per turn, at most {@code cap}. */
    Map<DayOfWeek, List<Integer>> linesNeeded(int cap);
}
