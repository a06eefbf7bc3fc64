package org.tomatic.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.tomatic.planner.solver.InstanceJson;
import org.tomatic.planner.solver.Problem;
import org.tomatic.planner.solver.Solution;
import org.tomatic.planner.solver.SolverSettings;
import org.tomatic.planner.solver.TimetableSolver;
import org.tomatic.planner.solver.UnsolvableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Solves a benchmark instance file. No Spring, no database: it starts in about a second. */
@Command(name = "solve", description = "Solve a timetable instance file (docs/instance-format.md) and write the timetable JSON.")
class SolveCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--instance", required = true, paramLabel = "FILE.json")
    Path instance;

    @Option(names = "--time-limit", defaultValue = "60s", paramLabel = "DURATION",
        description = "e.g. 10s, 2m (default ${DEFAULT-VALUE})", converter = DurationConverter.class)
    Duration timeLimit;

    @Option(names = "--seed", defaultValue = "0", description = "random seed, for reproducible runs")
    int seed;

    @Option(names = "--out", paramLabel = "FILE.json", description = "where to write the timetable (default: stdout)")
    Path out;

    @Option(names = "--progress", description = "print each improving solution on stderr")
    boolean progress;

    @Override
    public Integer call() {
        try {
            Problem problem = InstanceJson.read(instance);
            var err = spec.commandLine().getErr();
            Solution solution = TimetableSolver.solve(problem, SolverSettings.defaults().withTimeLimit(timeLimit)
                .withSeed(seed), p -> {
                    if (progress) {
                        err.printf("%8.2f s  cost %d  bound %.0f%n", p.elapsedSeconds(), p.cost(), p.bound());
                    }
                });
            if (out != null) {
                InstanceJson.write(problem, solution, out);
                err.printf("%s: cost %d, %s, %.2f s -> %s%n", problem.name(), solution.cost().total(),
                    solution.optimal() ? "proven optimal" : String.format("gap %.1f%%", 100 * solution.gap()),
                    solution.elapsedSeconds(), out);
            } else {
                spec.commandLine().getOut().println(InstanceJson.toJson(problem, solution));
            }
            return 0;
        } catch (UnsolvableException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 2;
        }
    }
}
