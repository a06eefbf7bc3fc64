package org.tomatic.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.tomatic.planner.PlanningRun;
import org.tomatic.planner.PlanningRuns;
import org.tomatic.system.ConflictException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "schedule", description = "Plan a week's timetable (load + solver) as a planning run; --publish makes it the week's timetable.")
class ScheduleCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--week", required = true, paramLabel = "MONDAY")
    LocalDate week;

    @Option(names = "--lines", paramLabel = "N", description = "lines in every turn (default: the turn grid's)")
    Integer lines;

    @Option(names = "--lines-from-staffing",
        description = "each turn the lines the staffing says it needs, at most --lines (or the turn grid's)")
    boolean linesFromStaffing;

    @Option(names = "--time-limit", defaultValue = "60s", converter = DurationConverter.class)
    Duration timeLimit;

    @Option(names = "--publish", description = "publish the result as the week's timetable")
    boolean publish;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = SpringContext.start()) {
            PlanningRuns runs = context.getBean(PlanningRuns.class);
            PlanningRun run = runs.runNow(week, lines, linesFromStaffing, timeLimit, "tomatic schedule", "cli",
                p -> out.printf("%7.2f s  cost %d  bound %.0f%n", p.elapsedSeconds(), p.cost(), p.bound()));
            if (run.state() == PlanningRun.State.FAILED) {
                spec.commandLine().getErr().println("error: " + run.log());
                return 2;
            }
            out.printf("run %d: week %s, cost %d, %s, %d/%d cells filled, %d s%n", run.id(), run.week(),
                run.bestCost(), run.optimal() ? "proven optimal" : String.format("gap %.1f%%", 100 * run.gap()),
                run.filled(), run.cells(), run.elapsedSeconds(run.finishedAt()));
            if (run.log() != null && !run.log().isBlank()) {
                run.log().lines().forEach(w -> out.println("warning: " + w));
            }
            runs.result(run.id()).penalties().forEach(p -> out.println("  " + p.reason()));
            if (publish) {
                try {
                    int changed = runs.publish(run.id(), "cli");
                    out.printf("published: %d cells changed%n", changed);
                } catch (ConflictException conflict) {
                    // Someone published or changed the week at the same moment: theirs stays.
                    spec.commandLine().getErr().printf("error: someone else published or changed the week of %s"
                        + " at the same moment; run %d was kept but not published (publish it from the planner page"
                        + " if it is still wanted)%n", run.week(), run.id());
                    return 1;
                }
            }
            return 0;
        }
    }
}
