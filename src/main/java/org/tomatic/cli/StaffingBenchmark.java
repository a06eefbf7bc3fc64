package org.tomatic.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.tomatic.staffing.CallHistory;
import org.tomatic.staffing.QueueCheck;
import org.tomatic.staffing.Staffing;
import org.tomatic.staffing.StaffingProperties;
import org.tomatic.staffing.StaffingReport;
import org.tomatic.staffing.Target;
import org.tomatic.stats.QueueCall;
import org.tomatic.stats.RecordedCalls;
import org.tomatic.system.TeamTime;
import org.tomatic.system.TurnGrid;
import org.tomatic.system.TurnGridRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tomatic benchmark staffing}: Erlang A against the simulated queue, and the staffing computation's time. */
@Command(name = "staffing", mixinStandardHelpOptions = true, description = {
    "Check the staffing model against the simulated PBX's queue, and time the staffing computation.",
    "In a throw-away in-memory database, generates --weeks weeks of recorded calls (the demo's weekly shape,",
    "made by the simulated queue), forecasts each turn from the last tomatic.staffing.weeks of them, then runs",
    "--simulated-weeks weeks of callers at the forecast rates through the simulated queue in virtual time, each",
    "turn staffed with the lines the staffing says it needs, and prints per turn the predicted (Erlang A) and",
    "measured service level and abandonment. Then times the staffing computation (demand and lines needed for",
    "every turn) over all --weeks weeks (target: under 200 ms); exit status 1 when the median is over it."})
class StaffingBenchmark implements Callable<Integer> {

    static final double TARGET_MS = 200;

    @Spec
    CommandSpec spec;

    @Option(names = "--seed", defaultValue = "1", description = "the generated history's and the simulation's (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--weeks", defaultValue = "52", description = "weeks of generated history (default ${DEFAULT-VALUE})")
    int weeks;

    @Option(names = "--simulated-weeks", defaultValue = "1", paramLabel = "N",
        description = "weeks the simulated queue runs at the forecast (default ${DEFAULT-VALUE}; more = less chance in the measured figures)")
    int simulatedWeeks;

    @Option(names = "--scale", defaultValue = "1", description = "multiplies the demo's callers an hour (default ${DEFAULT-VALUE})")
    double scale;

    @Option(names = "--runs", defaultValue = "10", description = "timed staffing computations (default ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--target", paramLabel = "PERCENT/SECONDS",
        description = "e.g. 80/20 (default tomatic.staffing.target / tomatic.stats.service-level-seconds)")
    String target;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (weeks < 1 || weeks > 520 || simulatedWeeks < 1 || simulatedWeeks > 1000 || runs < 1 || !(scale > 0)
            || scale > 100) {
            err.println("error: --weeks 1–520, --simulated-weeks 1–1000, --runs ≥ 1, --scale in (0, 100]");
            return 2;
        }
        Path data = Files.createTempDirectory("tomatic-staffing-bench");
        String url = "jdbc:h2:mem:tomatic-staffing-bench-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        try (ConfigurableApplicationContext context = SpringContext.start("--spring.datasource.url=" + url,
            "--tomatic.data-dir=" + data.toAbsolutePath(), "--tomatic.demo-data=false",
            "--tomatic.pbx.simulated.calls-per-hour=0")) {
            Staffing staffing = context.getBean(Staffing.class);
            StaffingProperties properties = context.getBean(StaffingProperties.class);
            Target goal;
            try {
                goal = target == null ? staffing.defaultTarget() : Target.parse(target, staffing.defaultTarget());
            } catch (IllegalArgumentException e) {
                err.println("error: " + e.getMessage());
                return 2;
            }
            TurnGrid grid = context.getBean(TurnGridRepository.class).get();
            LocalDate thisMonday = context.getBean(TeamTime.class).today()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            List<CallHistory.Agent> agents = new ArrayList<>();
            int people = Math.max(10, CallHistory.lines(CallHistory.PEAK * scale) + 2);
            for (int i = 1; i <= people; i++) {
                agents.add(new CallHistory.Agent("agent" + i, "Local/agent" + i, "Agent " + i));
            }
            long generating = System.nanoTime();
            List<QueueCall> history = CallHistory.generate(grid, Set.of(), thisMonday.minusWeeks(weeks),
                thisMonday.minusDays(1), agents, List.of(), scale, seed);
            double generated = (System.nanoTime() - generating) / 1e6;
            context.getBean(RecordedCalls.class).insertAll("support", history);
            int forecastWeeks = Math.min(weeks, properties.weeks());
            StaffingReport forecast = staffing.report(forecastWeeks, goal, null);
            out.printf(Locale.ROOT, "History: %d weeks of generated calls (%d calls, seed %d, the demo's weekly shape"
                    + " × %s; made in %.0f ms), forecast from the last %d%n", weeks, history.size(), seed,
                number(scale), generated, forecastWeeks);
            out.printf(Locale.ROOT, "Target: %s; each turn staffed with the lines needed%n", goal);
            long simulating = System.nanoTime();
            QueueCheck.Result check = QueueCheck.run(grid, forecast, properties.shrinkage() / 100, thisMonday,
                simulatedWeeks, CallHistory.TALK, CallHistory.PATIENCE, seed);
            double simulated = (System.nanoTime() - simulating) / 1e6;
            out.printf(Locale.ROOT, "Simulated queue: %d week%s from %s in virtual time (%.0f ms), answered at once, "
                    + "no unanswered rings, exponential talk %d s and patience %d s%n%n", simulatedWeeks,
                simulatedWeeks == 1 ? "" : "s", thisMonday, simulated, CallHistory.TALK.toSeconds(),
                CallHistory.PATIENCE.toSeconds());
            table(out, check, goal);
            out.println();
            List<Double> ms = new ArrayList<>();
            staffing.report(weeks, goal, null);
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                staffing.report(weeks, goal, null);
                ms.add((System.nanoTime() - start) / 1e6);
            }
            List<Double> sorted = ms.stream().sorted().toList();
            double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
            boolean met = median < TARGET_MS;
            out.printf(Locale.ROOT, "Staffing computation over %d weeks (%d calls, %d turns): min %.1f ms, "
                    + "median %.1f ms, max %.1f ms (%d runs after one not timed); target under %.0f ms: %s%n", weeks,
                history.size(), forecast.turns().size(), sorted.get(0), median, sorted.get(sorted.size() - 1), runs,
                TARGET_MS, met ? "met" : "NOT met");
            out.flush();
            return met ? 0 : 1;
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(data);
        }
    }

    static void table(PrintWriter out, QueueCheck.Result check, Target goal) {
        out.printf(Locale.ROOT, "%-22s %7s %5s %7s   %-26s   %s%n", "", "", "", "",
            "answered within " + goal.seconds() + " s", "abandoned");
        out.printf(Locale.ROOT, "%-22s %7s %5s %7s   %9s %9s %6s   %9s %9s%n", "turn", "calls/h", "lines",
            "callers", "predicted", "measured", "diff", "predicted", "measured");
        for (QueueCheck.Turn t : check.turns()) {
            String name = t.demand().weekday().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + t.demand().start() + "–" + t.demand().end();
            String lines = t.answering() == t.lines() ? String.valueOf(t.lines()) : t.answering() + "/" + t.lines();
            if (!t.compared()) {
                out.printf(Locale.ROOT, "%-22s %7.1f %5s %7d   %s%n", name, t.demand().callsPerHour(), lines,
                    t.callers(), t.predicted() == null ? "no handle time to predict from" : "no callers");
                continue;
            }
            out.printf(Locale.ROOT, "%-22s %7.1f %5s %7d   %8.1f%% %8.1f%% %+6.1f   %8.1f%% %8.1f%%%n", name,
                t.demand().callsPerHour(), lines, t.callers(), 100 * t.predicted().serviceLevel(),
                100 * t.serviceLevel(), 100 * (t.serviceLevel() - t.predicted().serviceLevel()),
                100 * t.predicted().abandonRate(), 100 * t.abandonRate());
        }
        out.printf(Locale.ROOT, "Mean |measured − predicted| over the turns: service level %.1f points, "
                + "abandonment %.1f points (%d callers in %d week%s)%n", 100 * check.serviceDifference(),
            100 * check.abandonDifference(), check.callers(), check.weeks(), check.weeks() == 1 ? "" : "s");
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
