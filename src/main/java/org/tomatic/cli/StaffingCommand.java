package org.tomatic.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.tomatic.staffing.Staffing;
import org.tomatic.staffing.StaffingProperties;
import org.tomatic.staffing.StaffingReport;
import org.tomatic.staffing.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tomatic staffing [--weeks 8] [--target 80/20] [--week MONDAY] [--format table|json|csv]}. */
@Command(name = "staffing", description = {
    "Lines each weekday × turn needs (Erlang A) from the queue calls recorded in the last complete weeks: calls an",
    "hour, handle time, patience, lines needed; with --week, the lines of its timetable and the service they give."})
class StaffingCommand implements Callable<Integer> {

    enum Format { table, json, csv }

    @Spec
    CommandSpec spec;

    @Option(names = "--weeks", paramLabel = "N", description = "weeks of history (default tomatic.staffing.weeks, 8)")
    Integer weeks;

    @Option(names = "--target", paramLabel = "PERCENT/SECONDS",
        description = "e.g. 80/20: 80 % of the callers answered within 20 s (default tomatic.staffing.target / "
            + "tomatic.stats.service-level-seconds)")
    String target;

    @Option(names = "--week", paramLabel = "MONDAY", description = "compare this week's timetable with the need")
    LocalDate week;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = SpringContext.start()) {
            Staffing staffing = context.getBean(Staffing.class);
            Target goal = target == null ? staffing.defaultTarget() : Target.parse(target, staffing.defaultTarget());
            StaffingReport report = staffing.report(weeks == null ? staffing.defaultWeeks() : weeks, goal, week);
            PrintWriter out = spec.commandLine().getOut();
            switch (format) {
                case json -> out.println(StaffingFormat.json(report));
                case csv -> out.print(StaffingFormat.csv(report));
                default -> StaffingFormat.table(out, report);
            }
            out.flush();
            StaffingFormat.warnings(report, context.getBean(StaffingProperties.class).minCalls())
                .forEach(w -> spec.commandLine().getErr().println("warning: " + w));
            return 0;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 2;
        }
    }
}
