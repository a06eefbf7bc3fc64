/**
 * Planning runs: builds a week's problem from people, availability, load and fixed turns
 * ({@link org.tomatic.planner.WeekProblems}, {@link org.tomatic.planner.PlanningInput}), searches it in the
 * background and publishes the result ({@link org.tomatic.planner.PlanningRuns},
 * {@link org.tomatic.planner.PlanningRun}, {@link org.tomatic.planner.RunResult}), repairs a week around an
 * absence, and runs the weekly automatic planning, announcing {@link org.tomatic.planner.PlanningIncomplete}
 * (which notifications listen to). The CP-SAT solver itself is the named interface {@code solver}
 * ({@code org.tomatic.planner.solver}), which uses no feature; the cli uses both.
 */
package org.tomatic.planner;
