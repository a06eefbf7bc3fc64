package org.tomatic.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.springframework.context.ConfigurableApplicationContext;
import org.tomatic.legacy.ImportReport;
import org.tomatic.legacy.LegacyExporter;
import org.tomatic.legacy.LegacyImporter;
import org.tomatic.legacy.format.LegacyReadResult;
import org.tomatic.legacy.format.LegacyReader;
import org.tomatic.legacy.format.LegacySampleDirectory;
import org.tomatic.planner.solver.InstanceGenerator;
import org.tomatic.planner.solver.InstanceJson;
import org.tomatic.planner.solver.Problem;
import org.tomatic.planner.solver.Progress;
import org.tomatic.planner.solver.Solution;
import org.tomatic.planner.solver.SolverSettings;
import org.tomatic.planner.solver.TimetableSolver;
import org.tomatic.planner.solver.UnsolvableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "benchmark", description = "Measure performance targets on generated data (never on your data).",
    subcommands = {BenchmarkCommand.ImportBenchmark.class, BenchmarkCommand.SolveBenchmark.class,
        BenchmarkCommand.QueueBenchmark.class, CustomersBenchmark.class, WebhookBenchmark.class, FanoutBenchmark.class,
        StaffingBenchmark.class})
class BenchmarkCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "import", description = {
        "Time the legacy import of a generated real-sized data directory (target: under 5 s for ~75 people",
        "and hundreds of busy lines), into a throw-away in-memory H2 database unless --database-url is given."})
    static class ImportBenchmark implements Callable<Integer> {

        @Option(names = "--people", defaultValue = "75", description = "team size (default ${DEFAULT-VALUE})")
        int people;

        @Option(names = "--weeks", defaultValue = "52", description = "weeks of timetable history (default ${DEFAULT-VALUE})")
        int weeks;

        @Option(names = "--runs", defaultValue = "3", description = "timed runs of each step (default ${DEFAULT-VALUE})")
        int runs;

        @Option(names = "--database-url", description = "a JDBC URL to benchmark against instead (its data is replaced!)")
        String databaseUrl;

        @Option(names = "--database-user", defaultValue = "sa")
        String databaseUser;

        @Option(names = "--sample-dir", paramLabel = "DIR",
            description = "write the generated directory here and keep it (e.g. to time `tomatic import DIR`)")
        Path sampleDir;

        @Override
        public Integer call() throws Exception {
            Path dir = sampleDir != null ? sampleDir : Files.createTempDirectory("tomatic-bench");
            LegacySampleDirectory.write(dir, people, weeks, 75, LegacySampleDirectory.CURRENT_WEEK);
            System.out.printf("data directory: %d people, %d weekly + %d one-off busy lines, %d timetables, %d files, %.1f MiB%n",
                people, lines(dir.resolve("indisponibilitats.conf")), lines(dir.resolve("oneshot.conf")), weeks,
                fileCount(dir), size(dir) / 1048576.0);
            String url = databaseUrl != null ? databaseUrl : "jdbc:h2:mem:tomatic-bench;DB_CLOSE_DELAY=-1";
            try (ConfigurableApplicationContext context = SpringContext.start("--spring.datasource.url=" + url,
                "--spring.datasource.username=" + databaseUser)) {
                LegacyImporter importer = context.getBean(LegacyImporter.class);
                LegacyExporter exporter = context.getBean(LegacyExporter.class);
                var week = LegacySampleDirectory.CURRENT_WEEK;
                List<String> rows = new ArrayList<>();
                rows.add(time("read and check the files", () -> {
                    LegacyReadResult r = LegacyReader.read(dir, week);
                    require(!r.hasErrors(), r.problems().toString());
                }));
                rows.add(time("first import (empty database)", () -> {
                    context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                        .sql("DELETE FROM person WHERE id <> 'admin'").update();
                    context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                        .sql("DELETE FROM timetable").update();
                    ImportReport r = importer.importDirectory(dir, week, false, "benchmark");
                    require(!r.hasErrors(), r.errors().toString());
                }));
                rows.add(time("re-import (nothing changes)", () -> {
                    ImportReport r = importer.importDirectory(dir, week, false, "benchmark");
                    require(!r.changedAnything(), String.join("\n", r.lines()));
                }));
                rows.add(time("dry run", () -> importer.importDirectory(dir, week, true, "benchmark")));
                rows.add(time("export", () -> exporter.export(Files.createTempDirectory("tomatic-bench-out"), week)));
                rows.forEach(System.out::println);
            }
            return 0;
        }

        private String time(String step, ThrowingRunnable action) throws Exception {
            List<Double> seconds = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                action.run();
                seconds.add((System.nanoTime() - start) / 1e9);
            }
            double best = seconds.stream().mapToDouble(Double::doubleValue).min().orElse(0);
            double median = seconds.stream().sorted().toList().get(seconds.size() / 2);
            return String.format("%-32s best %6.2f s   median %6.2f s   (%d runs)", step, best, median, runs);
        }

        private static void require(boolean ok, String message) {
            if (!ok) {
                throw new IllegalStateException(message);
            }
        }

        private static long lines(Path file) throws java.io.IOException {
            try (Stream<String> lines = Files.lines(file)) {
                return lines.filter(l -> !l.isBlank()).count();
            }
        }

        private static long fileCount(Path dir) throws java.io.IOException {
            try (Stream<Path> files = Files.walk(dir)) {
                return files.filter(Files::isRegularFile).count();
            }
        }

        private static long size(Path dir) throws java.io.IOException {
            try (Stream<Path> files = Files.walk(dir)) {
                return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
            }
        }

        interface ThrowingRunnable {
            void run() throws Exception;
        }
    }

    @Command(name = "solve", description = {
        "Solve timetable instances and print cost, bound, optimality and times.",
        "Times to the first solution, to one within 1 % of the optimum, to the best one and to the proof, the cost",
        "found by 5 s into the run; peak heap.",
        "The instances: the weeks --generate makes and the FILEs and DIRs given; with",
        "none, the team's benchmark folder beside the checkout if there is one, else a",
        "generated 75x5x4x8 week (seed 1)."})
    static class SolveBenchmark implements Callable<Integer> {

        /** The team's benchmark instances beside the checkout, solved when nothing is given and they are there. */
        static Path sharedInstances = Path.of("../shared/bench/instances");

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--instances", paramLabel = "DIR", description = "solve every *.json instance of DIR")
        Path instances;

        @picocli.CommandLine.Parameters(paramLabel = "FILE|DIR", arity = "0..*",
            description = "instance files, or folders of them")
        List<Path> files = new ArrayList<>();

        @Option(names = "--generate", paramLabel = "PxDxTxL",
            description = "generate a week of P people, D days (1-5), T turns a day and L lines, e.g. 75x5x4x8;"
                + " repeatable")
        List<String> shapes = new ArrayList<>();

        @Option(names = "--seed", defaultValue = "1", description = "seed of the generated weeks (default ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--max-per-day", paramLabel = "N",
            description = "most turns a person takes a day in the generated weeks (default "
                + InstanceGenerator.DEFAULT_MAX_PER_DAY + ")")
        Integer maxPerDay;

        @Option(names = "--write", paramLabel = "FILE.json|DIR",
            description = "write the generated weeks instead of solving them: to FILE.json (one --generate)"
                + " or to DIR/NAME.json")
        Path write;

        @Option(names = "--time-limit", defaultValue = "120s", converter = DurationConverter.class)
        java.time.Duration timeLimit;

        @Option(names = "--runs", defaultValue = "1", description = "runs per instance; the median run is shown")
        int runs;

        @Option(names = "--without-relaxation",
            description = "CP-SAT alone, without the week's relaxation first (to compare)")
        boolean withoutRelaxation;

        /** A run and every improvement it reported, for the times to within 1 % and the cost at 5 s. */
        record Run(Solution solution, List<Progress> seen) {

            /** When a timetable within 1 % of the proven optimum came; "-" without a proof. */
            String withinOnePercent() {
                if (!solution.optimal()) {
                    return "-";
                }
                double goal = solution.cost().total() * 1.01;
                return seen.stream().filter(p -> p.cost() <= goal).findFirst()
                    .map(p -> String.format("%.2f", p.elapsedSeconds())).orElse("-");
            }

            /** The best cost found by {@code seconds} into the run; "-" if none by then. */
            String costAt(double seconds) {
                return seen.stream().filter(p -> p.elapsedSeconds() <= seconds).reduce((a, b) -> b)
                    .map(p -> String.valueOf(p.cost())).orElse("-");
            }
        }

        @Override
        public Integer call() throws Exception {
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            try {
                if (runs < 1) {
                    throw new IllegalArgumentException("--runs must be at least 1");
                }
                List<InstanceGenerator.Instance> generated = generated();
                if (write != null) {
                    return write(generated);
                }
                List<Supplier<Problem>> all = new ArrayList<>();
                generated.forEach(g -> all.add(g::problem));
                if (instances != null) {
                    all.addAll(folder(instances));
                }
                for (Path file : files) {
                    if (Files.isDirectory(file)) {
                        all.addAll(folder(file));
                    } else {
                        all.add(() -> InstanceJson.read(file));
                    }
                }
                if (all.isEmpty() && (instances != null || !files.isEmpty())) {
                    throw new IllegalArgumentException("no *.json instance files in "
                        + (instances != null ? instances : files));
                }
                if (all.isEmpty() && Files.isDirectory(sharedInstances)) {
                    all.addAll(folder(sharedInstances));
                }
                if (all.isEmpty()) {
                    var standard = InstanceGenerator.generate(InstanceGenerator.Shape.STANDARD, 1);
                    err.println("no instances given: solving a generated " + standard.name() + " week");
                    all.add(standard::problem);
                }
                out.printf("%-26s %7s %9s %8s %10s %10s %10s %10s %10s%n", "instance", "cost", "bound", "optimal",
                    "first (s)", "1 % (s)", "best (s)", "proof (s)", "cost at 5s");
                for (Supplier<Problem> instance : all) {
                    Problem problem = instance.get();
                    List<Run> results = new ArrayList<>();
                    for (int run = 0; run < runs; run++) {
                        List<Progress> seen = new ArrayList<>();
                        Solution solution = TimetableSolver.solve(problem, SolverSettings.defaults()
                            .withTimeLimit(timeLimit).withSeed(run).withRelaxation(!withoutRelaxation), seen::add);
                        results.add(new Run(solution, seen));
                    }
                    results.sort(java.util.Comparator.comparingDouble(r -> r.solution().elapsedSeconds()));
                    Run r = results.get(results.size() / 2);
                    var s = r.solution();
                    out.printf("%-26s %7d %9.0f %8s %10.2f %10s %10.2f %10s %10s%n", problem.name(), s.cost().total(),
                        s.bound(), s.optimal() ? "yes" : "no", s.firstSolutionSeconds(), r.withinOnePercent(),
                        s.bestSolutionSeconds(), s.optimal() ? String.format("%.2f", s.elapsedSeconds()) : "-",
                        r.costAt(5));
                }
                long peak = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                    .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
                out.printf("peak heap: %.0f MiB (%d worker threads)%n", peak / 1048576.0,
                    SolverSettings.defaults().workers());
                return 0;
            } catch (IllegalArgumentException | UnsolvableException | java.io.IOException
                     | java.io.UncheckedIOException e) {
                err.println("error: " + e.getMessage());
                return 2;
            }
        }

        private List<InstanceGenerator.Instance> generated() {
            if (shapes.isEmpty() && (maxPerDay != null || write != null)) {
                throw new IllegalArgumentException((write != null ? "--write" : "--max-per-day")
                    + " needs --generate PxDxTxL");
            }
            int most = maxPerDay != null ? maxPerDay : InstanceGenerator.DEFAULT_MAX_PER_DAY;
            if (most < 1) {
                throw new IllegalArgumentException("--max-per-day must be at least 1, not " + most);
            }
            List<InstanceGenerator.Instance> weeks = new ArrayList<>();
            for (String text : shapes) {
                InstanceGenerator.Shape shape;
                try {
                    shape = InstanceGenerator.Shape.parse(text);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("--generate " + e.getMessage());
                }
                weeks.add(InstanceGenerator.generate(shape, seed, most));
            }
            return weeks;
        }

        private int write(List<InstanceGenerator.Instance> generated) throws java.io.IOException {
            boolean oneFile = write.getFileName() != null && write.getFileName().toString().endsWith(".json");
            if (oneFile && generated.size() > 1) {
                throw new IllegalArgumentException("--write " + write + " is one file for " + generated.size()
                    + " generated weeks: give a folder");
            }
            for (var g : generated) {
                Path file = oneFile ? write : write.resolve(g.name() + ".json");
                g.write(file);
                spec.commandLine().getOut().println(file + ": " + g.summary());
            }
            return 0;
        }

        private static List<Supplier<Problem>> folder(Path dir) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException(dir + ": no such folder");
            }
            try (Stream<Path> found = Files.list(dir)) {
                return found.filter(f -> f.toString().endsWith(".json")).sorted()
                    .map(f -> (Supplier<Problem>) () -> InstanceJson.read(f)).toList();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Command(name = "queue", description = {
        "Time programming the queue over AMI (target: 30 members set in under 1 s): setting N members into the",
        "empty queue, a turn change that replaces half of them, and clearing it; median and max of each over the",
        "runs. The queue must be empty and gets made-up PJSIP members: use a test Asterisk, or scripts/bench-queue",
        "(Tomatic's AMI test peer), never the production queue."})
    static class QueueBenchmark implements Callable<Integer> {

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--host", defaultValue = "localhost")
        String host;

        @Option(names = "--port", defaultValue = "5038")
        int port;

        @Option(names = "--username", defaultValue = "tomatic")
        String username;

        @Option(names = "--secret", defaultValue = "", description = "the AMI secret (default: empty)")
        String secret;

        @Option(names = "--queue", defaultValue = "support")
        String queue;

        @Option(names = "--members", defaultValue = "30", description = "members per turn (default ${DEFAULT-VALUE})")
        int members;

        @Option(names = "--runs", defaultValue = "10", description = "timed runs (default ${DEFAULT-VALUE})")
        int runs;

        @Option(names = "--timeout", defaultValue = "10s", converter = DurationConverter.class,
            description = "to connect and for each answer (default ${DEFAULT-VALUE})")
        java.time.Duration timeout;

        @Override
        public Integer call() {
            quietLogging();
            var out = spec.commandLine().getOut();
            var pbx = new org.tomatic.pbx.asterisk.AsteriskPbx(queue,
                new org.tomatic.pbx.asterisk.AmiAccount(host, port, username, secret, timeout),
                java.time.Clock.systemUTC());
            try {
                pbx.connect(timeout);
                int present = pbx.read().members().size();
                if (present > 0) {
                    spec.commandLine().getErr().printf("error: queue %s has %d members; the benchmark needs it empty%n",
                        queue, present);
                    return 1;
                }
                List<org.tomatic.pbx.Member> turn = benchMembers(0, members);
                List<org.tomatic.pbx.Member> next = new ArrayList<>(turn.subList(members / 2, members));
                next.addAll(benchMembers(members, members + members / 2));
                List<Double> set = new ArrayList<>();
                List<Double> change = new ArrayList<>();
                List<Double> clear = new ArrayList<>();
                for (int run = 0; run < runs; run++) {
                    set.add(timed(() -> pbx.setMembers(turn), pbx, members));
                    change.add(timed(() -> pbx.setMembers(next), pbx, next.size()));
                    clear.add(timed(() -> pbx.setMembers(List.of()), pbx, 0));
                }
                out.printf("queue %s at %s:%d, %d runs%n", queue, host, port, runs);
                out.printf("%-36s %10s %10s%n", "operation", "median", "max");
                out.println(row("set " + members + " members (empty queue)", set));
                out.println(row("change " + members / 2 + " of " + members + " members", change));
                out.println(row("clear " + members + " members", clear));
                return 0;
            } finally {
                pbx.stop();
            }
        }

        private static List<org.tomatic.pbx.Member> benchMembers(int from, int to) {
            List<org.tomatic.pbx.Member> list = new ArrayList<>();
            for (int i = from; i < to; i++) {
                list.add(new org.tomatic.pbx.Member("PJSIP/" + (9000 + i), "Bench " + i, null));
            }
            return list;
        }

        /** Seconds one setMembers took; checks the queue holds what it should afterwards (not timed). */
        private static double timed(Runnable step, org.tomatic.pbx.Pbx pbx, int expected) {
            long start = System.nanoTime();
            step.run();
            double seconds = (System.nanoTime() - start) / 1e9;
            int present = pbx.read().members().size();
            if (present != expected) {
                throw new IllegalStateException("the queue holds " + present + " members, not " + expected);
            }
            return seconds;
        }

        private static String row(String operation, List<Double> seconds) {
            List<Double> sorted = seconds.stream().sorted().toList();
            double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
            return String.format("%-36s %7.1f ms %7.1f ms", operation, median * 1000, sorted.get(sorted.size() - 1) * 1000);
        }

        /** No Spring here, so logging is at its defaults (debug): keep warnings only, and asterisk-java's errors. */
        private static void quietLogging() {
            var logging = org.springframework.boot.logging.LoggingSystem.get(QueueBenchmark.class.getClassLoader());
            logging.setLogLevel(org.springframework.boot.logging.LoggingSystem.ROOT_LOGGER_NAME,
                org.springframework.boot.logging.LogLevel.WARN);
            logging.setLogLevel("org.asteriskjava", org.springframework.boot.logging.LogLevel.ERROR);
        }
    }
}
