package org.tomatic.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tomatic.TomaticApplication;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "webhook", mixinStandardHelpOptions = true, description = {
    "Load the incoming-call webhook with concurrent callers (target: no errors).",
    "Starts Tomatic on a free loopback port with a temporary data directory (its",
    "H2 database, or a fresh schema of --database-url, dropped afterwards), makes",
    "agents with extensions and a webhook token; then each caller posts",
    "POST /api/calls/incoming, one call after the other, for --seconds. Prints",
    "requests, errors by status, throughput and latency p50/p95/p99/max; exit",
    "status 1 when any request failed."})
class WebhookBenchmark implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--callers", defaultValue = "32", description = "concurrent callers (default ${DEFAULT-VALUE})")
    int callers;

    @Option(names = "--seconds", defaultValue = "30", description = "how long they call (default ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--agents", defaultValue = "8", description = "agents the calls ring, extensions 301… (default ${DEFAULT-VALUE})")
    int agents;

    @Option(names = "--timeout", defaultValue = "30s", converter = DurationConverter.class,
        description = "the longest one request may take before it counts as an error (default ${DEFAULT-VALUE})")
    Duration timeout;

    @Option(names = "--database-url", description = {"a PostgreSQL JDBC URL instead of the temporary H2",
        "database: the run works in a fresh schema, dropped at the end"})
    String databaseUrl;

    @Option(names = "--database-user", defaultValue = "postgres", description = "with --database-url (default ${DEFAULT-VALUE})")
    String databaseUser;

    @Option(names = "--database-password", defaultValue = "", description = "with --database-url (default: none)")
    String databasePassword;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (callers < 1 || seconds < 1 || agents < 1) {
            err.println("error: --callers, --seconds and --agents must be at least 1");
            return 2;
        }
        if (databaseUrl != null && !databaseUrl.startsWith("jdbc:postgresql:")) {
            err.println("error: --database-url takes a PostgreSQL URL (jdbc:postgresql://…); without it, H2 is used");
            return 2;
        }
        String token = HexFormat.of().formatHex(randomBytes());
        String schema = "tomatic_webhook_bench_" + HexFormat.of().formatHex(randomBytes()).substring(0, 8);
        Path data = Files.createTempDirectory("tomatic-webhook-bench");
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
            "--tomatic.data-dir=" + data.toAbsolutePath(), "--tomatic.demo-data=false",
            "--tomatic.calls.incoming-token=" + token,
            // Nothing but the benchmark's calls: no queue switching, no simulated callers, no planner runs.
            "--tomatic.pbx.switching.enabled=false", "--tomatic.pbx.simulated.calls-per-hour=0",
            "--tomatic.planner.auto.enabled=false", "--tomatic.notifications.turn-warning.enabled=false"));
        if (databaseUrl == null) {
            // The server's own H2 settings, in the temporary directory; set here so that a SPRING_DATASOURCE_URL
            // in the environment (the production database) is never the one loaded.
            args.add("--spring.datasource.url=jdbc:h2:file:" + data.resolve("tomatic").toAbsolutePath() + ";AUTO_SERVER=TRUE");
            args.add("--spring.datasource.username=sa");
            args.add("--spring.datasource.password=");
        } else {
            args.add("--spring.datasource.url=" + databaseUrl + (databaseUrl.contains("?") ? "&" : "?")
                + "currentSchema=" + schema);
            args.add("--spring.datasource.username=" + databaseUser);
            args.add("--spring.datasource.password=" + databasePassword);
            args.add("--spring.flyway.schemas=" + schema);
            args.add("--spring.flyway.create-schemas=true");
        }
        Result result;
        int pool;
        int logged;
        try {
            try (ConfigurableApplicationContext context = startServer(args)) {
                int port = ((WebServerApplicationContext) context).getWebServer().getPort();
                DataSource dataSource = context.getBean(DataSource.class);
                pool = dataSource instanceof com.zaxxer.hikari.HikariDataSource h ? h.getMaximumPoolSize() : -1;
                PersonRepository people = context.getBean(PersonRepository.class);
                for (int i = 0; i < agents; i++) {
                    people.insert(new Person("bench" + i, "Bench agent " + i, "bench" + i + "@example.invalid",
                        extension(i), null, "ffe082", null, i % 2 == 0 ? List.of("support", "bench") : List.of("bench"),
                        3, null, true, Role.AGENT, 0));
                }
                out.printf(Locale.ROOT, "database: %s, pool of %s connections%n",
                    databaseUrl == null ? "temporary H2 file database" : databaseUrl + ", schema " + schema,
                    pool < 0 ? "?" : pool);
                out.printf(Locale.ROOT, "server: http://127.0.0.1:%d, %d agents; %d callers for %d s%n", port, agents,
                    callers, seconds);
                out.flush();
                result = load(URI.create("http://127.0.0.1:" + port + "/api/calls/incoming"), token);
                JdbcClient jdbc = context.getBean(JdbcClient.class);
                logged = jdbc.sql("SELECT COUNT(*) FROM phone_call").query(Integer.class).single();
            }
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(data);
            if (databaseUrl != null) {
                dropSchema(schema, err);
            }
        }
        out.print(result.report());
        long accepted = result.statuses().getOrDefault("202", 0L);
        out.printf(Locale.ROOT, "calls logged: %d (%s)%n", logged, logged == accepted ? "one per accepted request"
            : "expected " + accepted);
        return result.errors() == 0 && logged == accepted ? 0 : 1;
    }

    /** Tomatic with its web server, as {@code tomatic serve} runs it. */
    private static ConfigurableApplicationContext startServer(List<String> args) {
        SpringApplication app = new SpringApplication(TomaticApplication.class);
        app.setLogStartupInfo(false);
        app.setDefaultProperties(Map.of("logging.level.root", "WARN"));
        return app.run(args.toArray(String[]::new));
    }

    record Result(long requests, long errors, Map<String, Long> statuses, double elapsedSeconds, long[] nanos) {

        String report() {
            StringBuilder s = new StringBuilder();
            s.append(String.format(Locale.ROOT, "requests:    %d in %.1f s%n", requests, elapsedSeconds));
            StringBuilder byStatus = new StringBuilder();
            statuses.forEach((status, count) -> {
                if (!"202".equals(status)) {
                    byStatus.append(byStatus.isEmpty() ? " (" : ", ").append(status).append(": ").append(count);
                }
            });
            s.append(String.format(Locale.ROOT, "errors:      %d%s%n", errors, byStatus.isEmpty() ? "" : byStatus + ")"));
            s.append(String.format(Locale.ROOT, "throughput:  %.1f requests/s%n", requests / elapsedSeconds));
            if (nanos.length > 0) {
                s.append(String.format(Locale.ROOT, "latency ms:  p50 %.1f   p95 %.1f   p99 %.1f   max %.1f%n",
                    percentile(0.50), percentile(0.95), percentile(0.99), nanos[nanos.length - 1] / 1e6));
            }
            return s.toString();
        }

        private double percentile(double q) {
            int index = (int) Math.ceil(q * nanos.length) - 1;
            return nanos[Math.max(0, Math.min(nanos.length - 1, index))] / 1e6;
        }
    }

    /** Each caller posts one call after the other until the time is up; every request is timed, errors too. */
    private Result load(URI uri, String token) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
        AtomicLong callIds = new AtomicLong();
        String run = Long.toString(System.currentTimeMillis(), 36);
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<Caller>> futures = new ArrayList<>();
        for (int c = 0; c < callers; c++) {
            int caller = c;
            futures.add(threads.submit(() -> {
                Caller me = new Caller();
                while (System.nanoTime() < deadline) {
                    long n = callIds.incrementAndGet();
                    String form = "phone=" + String.format(Locale.ROOT, "6%08d", n % 100_000_000)
                        + "&extension=" + extension((int) ((caller + n) % agents)) + "&callId=bench." + run + "." + n;
                    HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build();
                    long t0 = System.nanoTime();
                    String status;
                    try {
                        status = Integer.toString(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
                    } catch (java.io.IOException e) {
                        status = e.getClass().getSimpleName();
                    }
                    me.nanos.add(System.nanoTime() - t0);
                    me.statuses.merge(status, 1L, Long::sum);
                }
                return me;
            }));
        }
        threads.shutdown();
        // Every caller stops at the deadline; one still waiting for an answer gets at most the request timeout.
        boolean finished = threads.awaitTermination(seconds + timeout.toSeconds() + 10, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        Map<String, Long> statuses = new TreeMap<>();
        List<Long> nanos = new ArrayList<>();
        for (Future<Caller> f : futures) {
            if (f.isDone() && !f.isCancelled()) {
                try {
                    Caller caller = f.get();
                    caller.statuses.forEach((status, count) -> statuses.merge(status, count, Long::sum));
                    nanos.addAll(caller.nanos);
                } catch (java.util.concurrent.ExecutionException e) {
                    statuses.merge(e.getCause().getClass().getSimpleName(), 1L, Long::sum);
                }
            } else {
                statuses.merge("caller did not stop", 1L, Long::sum);
            }
        }
        if (!finished) {
            threads.shutdownNow();
        }
        long requests = statuses.values().stream().mapToLong(Long::longValue).sum();
        long errors = requests - statuses.getOrDefault("202", 0L);
        return new Result(requests, errors, statuses, elapsed, nanos.stream().mapToLong(Long::longValue).sorted().toArray());
    }

    private static final class Caller {
        final List<Long> nanos = new ArrayList<>();
        final Map<String, Long> statuses = new TreeMap<>();
    }

    private static String extension(int agent) {
        return Integer.toString(301 + agent);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private void dropSchema(String schema, PrintWriter err) {
        try (var connection = java.sql.DriverManager.getConnection(databaseUrl, databaseUser, databasePassword);
             var statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (java.sql.SQLException e) {
            err.println("warning: could not drop the benchmark schema " + schema + ": " + e.getMessage());
        }
    }
}
