/**
 * The CP-SAT timetable solver (scheduling model §2), pure: a {@link org.tomatic.planner.solver.Problem} in, a
 * {@link org.tomatic.planner.solver.Solution} with its {@link org.tomatic.planner.solver.Cost} out, plus the
 * benchmark instance format. It uses no Tomatic module (a test keeps it so); the planner and the cli use it.
 */
@NamedInterface("solver")
package org.tomatic.planner.solver;

import org.springframework.modulith.NamedInterface;
