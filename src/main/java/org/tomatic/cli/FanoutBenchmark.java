package org.tomatic.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.tomatic.TomaticApplication;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.PersonService;
import org.tomatic.people.Role;
import org.tomatic.timetable.Timetable;
import org.tomatic.timetable.TimetableEditor;
import org.tomatic.timetable.TimetableRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "fanout", mixinStandardHelpOptions = true, description = {
    "Time live events between two instances on one PostgreSQL (target: p99 < 100 ms).",
    "Starts two Tomatic instances (A and B) on free loopback ports, sharing a fresh",
    "schema of --database-url (dropped afterwards); a browser session on B follows a",
    "week's events; then --events times a cell of that week is edited on A, and the",
    "time from A's commit to the event's arrival on B's stream is measured, one event",
    "at a time. Prints p50/p95/p99/max and the events lost; exit status 1 when any",
    "was lost or p99 is over --target."})
class FanoutBenchmark implements Callable<Integer> {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final LocalDate WEEK = LocalDate.of(2030, 1, 7);
    private static final String PASSWORD = "fanout-benchmark";

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--events", defaultValue = "1000", description = "events to time (default ${DEFAULT-VALUE})")
    int events;

    @Option(names = "--warm-up", defaultValue = "50", description = "events sent first, not timed (default ${DEFAULT-VALUE})")
    int warmUp;

    @Option(names = "--target", defaultValue = "100ms", converter = DurationConverter.class,
        description = "the p99 to meet (default ${DEFAULT-VALUE})")
    Duration target;

    @Option(names = "--database-url", defaultValue = "jdbc:postgresql://127.0.0.1:5432/postgres",
        description = "the PostgreSQL to share; the run works in a fresh schema, dropped at the end (default ${DEFAULT-VALUE})")
    String databaseUrl;

    @Option(names = "--database-user", defaultValue = "postgres", description = "(default ${DEFAULT-VALUE})")
    String databaseUser;

    @Option(names = "--database-password", defaultValue = "", description = "(default: none)")
    String databasePassword;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (events < 1 || warmUp < 0) {
            err.println("error: --events must be at least 1 and --warm-up at least 0");
            return 2;
        }
        if (!databaseUrl.startsWith("jdbc:postgresql:")) {
            err.println("error: --database-url takes a PostgreSQL URL (jdbc:postgresql://…): events cross instances there");
            return 2;
        }
        byte[] random = new byte[8];
        new SecureRandom().nextBytes(random);
        String schema = "tomatic_fanout_bench_" + HexFormat.of().formatHex(random);
        Path data = Files.createTempDirectory("tomatic-fanout-bench");
        long[] nanos;
        int lost;
        try (ConfigurableApplicationContext a = start(schema, data.resolve("a"));
             ConfigurableApplicationContext b = start(schema, data.resolve("b"))) {
            prepare(a);
            Session browser = new Session();
            String bUrl = "http://127.0.0.1:" + port(b);
            browser.logIn(bUrl, "fanout", PASSWORD);
            BlockingQueue<Long> arrivals = new LinkedBlockingQueue<>();
            CompletableFuture<?> stream = browser.follow(bUrl + "/timetable/" + WEEK + "/events", arrivals);
            try {
                if (arrivals.poll(30, TimeUnit.SECONDS) == null) {
                    err.println("error: B's event stream did not open");
                    return 1;
                }
                out.printf(Locale.ROOT, "instances: A http://127.0.0.1:%d, B %s; database %s, schema %s%n", port(a), bUrl,
                    databaseUrl, schema);
                out.printf(Locale.ROOT, "events: %d timed (after %d not timed), one at a time: a cell edited on A, "
                    + "the week's event on B's page%n", events, warmUp);
                out.flush();
                TimetableEditor editor = a.getBean(TimetableEditor.class);
                TimetableRepository timetables = a.getBean(TimetableRepository.class);
                List<Long> timed = new ArrayList<>();
                lost = 0;
                for (int i = 0; i < warmUp + events; i++) {
                    int version = timetables.version(WEEK).orElseThrow();
                    editor.edit(new TimetableEditor.Edit(WEEK, DayOfWeek.MONDAY, 0, 0, i % 2 == 0 ? "fanoutb" : "fanouta",
                        null, version, true), "fanout");
                    long committed = System.nanoTime();
                    Long arrived = arrivals.poll(5, TimeUnit.SECONDS);
                    if (arrived == null) {
                        lost++;
                    } else if (i >= warmUp) {
                        timed.add(Math.max(0, arrived - committed));
                    }
                }
                nanos = timed.stream().mapToLong(Long::longValue).sorted().toArray();
            } finally {
                stream.cancel(true);
            }
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(data);
            dropSchema(schema, err);
        }
        if (nanos.length == 0) {
            out.printf(Locale.ROOT, "lost: %d of %d%n", lost, warmUp + events);
            return 1;
        }
        double p99 = percentile(nanos, 0.99);
        out.printf(Locale.ROOT, "latency ms:  p50 %.1f   p95 %.1f   p99 %.1f   max %.1f%n", percentile(nanos, 0.50),
            percentile(nanos, 0.95), p99, nanos[nanos.length - 1] / 1e6);
        out.printf(Locale.ROOT, "lost: %d of %d%n", lost, warmUp + events);
        boolean met = lost == 0 && p99 <= target.toNanos() / 1e6;
        out.printf(Locale.ROOT, "target p99 < %d ms: %s%n", target.toMillis(), met ? "met" : "NOT met");
        return met ? 0 : 1;
    }

    private static double percentile(long[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    /** An instance as {@code tomatic serve} runs it, with nothing running but the benchmark's edits. */
    private ConfigurableApplicationContext start(String schema, Path data) {
        List<String> args = List.of("--server.port=0", "--server.address=127.0.0.1",
            "--tomatic.data-dir=" + data.toAbsolutePath(), "--tomatic.demo-data=false",
            "--tomatic.pbx.switching.enabled=false", "--tomatic.pbx.simulated.calls-per-hour=0",
            "--tomatic.planner.auto.enabled=false", "--tomatic.notifications.turn-warning.enabled=false",
            "--spring.datasource.url=" + databaseUrl + (databaseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema,
            "--spring.datasource.username=" + databaseUser, "--spring.datasource.password=" + databasePassword,
            "--spring.flyway.schemas=" + schema, "--spring.flyway.create-schemas=true");
        SpringApplication app = new SpringApplication(TomaticApplication.class);
        app.setLogStartupInfo(false);
        app.setDefaultProperties(Map.of("logging.level.root", "WARN", "spring.main.banner-mode", "off"));
        return app.run(args.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Someone to log in on B, two people to put in the cell in turn, and the week. */
    private static void prepare(ConfigurableApplicationContext a) {
        PersonRepository people = a.getBean(PersonRepository.class);
        for (String id : List.of("fanout", "fanouta", "fanoutb")) {
            people.insert(new Person(id, "Fanout " + id, id + "@example.invalid", null, null, "ffe082", null, List.of(),
                3, null, true, Role.AGENT, 0));
        }
        a.getBean(PersonService.class).setPassword("fanout", PASSWORD, "fanout");
        a.getBean(TimetableRepository.class).replace(new Timetable(WEEK, List.of(DayOfWeek.MONDAY),
            List.of("09:00", "10:15"), List.of("L1"), List.of(new Timetable.Cell(DayOfWeek.MONDAY, 0, 0, "fanouta", false)),
            Timetable.State.PUBLISHED, 0.0, List.of(), List.of(), Map.of(), Timetable.PeopleSnapshot.EMPTY), Instant.now());
    }

    /** A browser's session cookie, and the week page's event stream. */
    private static final class Session {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        private final Map<String, String> cookies = new java.util.LinkedHashMap<>();

        void logIn(String base, String user, String password) throws IOException, InterruptedException {
            Matcher csrf = CSRF.matcher(send(HttpRequest.newBuilder(URI.create(base + "/login")).GET()).body());
            if (!csrf.find()) {
                throw new IllegalStateException("no login form on " + base);
            }
            String form = "username=" + user + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
            if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException("login refused on " + base);
            }
        }

        /** Each event's arrival (System.nanoTime) in the queue; the stream's opening first. */
        CompletableFuture<?> follow(String url, BlockingQueue<Long> arrivals) {
            HttpRequest request = withCookies(HttpRequest.newBuilder(URI.create(url))).header("Accept", "text/event-stream")
                .GET().build();
            return http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
                arrivals.add(System.nanoTime());
                response.body().forEach(line -> {
                    if (line.startsWith("event:")) {
                        arrivals.add(System.nanoTime());
                    }
                });
            });
        }

        private HttpResponse<String> send(HttpRequest.Builder builder) throws IOException, InterruptedException {
            HttpResponse<String> r = http.send(withCookies(builder).build(), HttpResponse.BodyHandlers.ofString());
            r.headers().allValues("Set-Cookie").forEach(c -> {
                String pair = c.split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
            });
            return r;
        }

        private HttpRequest.Builder withCookies(HttpRequest.Builder builder) {
            if (!cookies.isEmpty()) {
                builder.header("Cookie", String.join("; ", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).toList()));
            }
            return builder;
        }
    }

    private void dropSchema(String schema, PrintWriter err) {
        try (var connection = java.sql.DriverManager.getConnection(databaseUrl, databaseUser, databasePassword);
             var statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (java.sql.SQLException e) {
            err.println("warning: could not drop schema " + schema + ": " + e.getMessage());
        }
    }
}
