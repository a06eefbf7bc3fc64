package org.tomatic.planner.solver;

import java.util.List;
import java.util.Map;

/** An improving solution as the search finds it, with its timetable (day → turn → line). */
public record Progress(long cost, double bound, double elapsedSeconds, Map<String, List<List<String>>> timetable) {}
