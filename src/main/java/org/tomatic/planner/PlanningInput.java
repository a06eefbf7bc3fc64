package org.tomatic.planner;

import java.time.LocalDate;
import java.util.List;

import org.tomatic.load.LoadResult;
import org.tomatic.planner.solver.Problem;

/**
 * Everything a planning run starts from: the week, its working dates (holidays and no-service
 * days left out), the load table and the solver's problem.
 */
public record PlanningInput(LocalDate week, List<LocalDate> workingDates, LoadResult load, Problem problem,
                            List<String> warnings) {}
