package org.tomatic.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tomatic.callinfo.CustomerDirectory;
import org.tomatic.callinfo.SearchField;
import org.tomatic.callinfo.SearchResult;
import org.tomatic.callinfo.embedded.CustomerBatch;
import org.tomatic.callinfo.embedded.CustomerStore;
import org.tomatic.callinfo.embedded.SyntheticCustomers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "customers", mixinStandardHelpOptions = true, description = {
    "Time phone searches in the embedded customer directory (target: p99 under 20 ms with 1 000 000 customers):",
    "generates the customers into a temporary H2 file database, unless --database-url is given, then searches",
    "numbers that exist (written in several ways) and numbers that do not."})
class CustomersBenchmark implements Callable<Integer> {

    private static final int CHUNK = 10_000;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--customers", defaultValue = "1000000", description = "customers to generate (default ${DEFAULT-VALUE})")
    int customers;

    @Option(names = "--searches", defaultValue = "2000", description = "timed searches (default ${DEFAULT-VALUE})")
    int searches;

    @Option(names = "--misses", defaultValue = "20", description = "percentage of searches for unknown numbers (default ${DEFAULT-VALUE})")
    int missPercent;

    @Option(names = "--warm-up", defaultValue = "500", description = "untimed searches first (default ${DEFAULT-VALUE})")
    int warmUp;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Option(names = "--database-url", description = {"a JDBC URL to benchmark against instead (its customers are replaced!);",
        "PostgreSQL URLs get reWriteBatchedInserts=true"})
    String databaseUrl;

    @Option(names = "--database-user", defaultValue = "sa")
    String databaseUser;

    @Option(names = "--database-password", defaultValue = "")
    String databasePassword;

    @Option(names = "--reuse", description = {"keep the customers of an earlier run on the same --database-url when there",
        "are --customers of them (same --seed), to repeat the timing without generating them again"})
    boolean reuse;

    @Option(names = "--database-schema", description = "a schema of its own (created by the migrations), e.g. on PostgreSQL")
    String schema;

    @Override
    public Integer call() throws Exception {
        Path temp = null;
        String url = databaseUrl;
        if (url == null) {
            temp = Files.createTempDirectory("tomatic-customers-bench");
            url = "jdbc:h2:file:" + temp.resolve("bench").toAbsolutePath();
        }
        if (url.startsWith("jdbc:postgresql:") && !url.contains("reWriteBatchedInserts")) {
            url += (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        }
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url,
            "--spring.datasource.username=" + databaseUser, "--spring.datasource.password=" + databasePassword,
            "--tomatic.callinfo.directory=embedded"));
        if (schema != null) {
            args.add("--spring.flyway.schemas=" + schema);
            args.add("--spring.flyway.create-schemas=true");
            if (url.startsWith("jdbc:postgresql:")) {
                args.set(0, args.get(0) + "&currentSchema=" + schema);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = SpringContext.start(args.toArray(String[]::new))) {
            CustomerStore store = context.getBean(CustomerStore.class);
            CustomerDirectory directory = context.getBean(CustomerDirectory.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            out.println("database: " + (databaseUrl == null ? "temporary H2 file database" : databaseUrl)
                + (schema == null ? "" : ", schema " + schema));

            if (reuse && store.countCustomers() == customers) {
                out.printf(Locale.ROOT, "reusing the %,d customers already there%n", customers);
            } else {
                long start = System.nanoTime();
                tx.executeWithoutResult(s -> store.deleteAll());
                SyntheticCustomers generator = new SyntheticCustomers(seed, LocalDate.now());
                for (int from = 0; from < customers; from += CHUNK) {
                    CustomerBatch batch = generator.batch(from, Math.min(customers, from + CHUNK), false);
                    tx.executeWithoutResult(s -> store.save(batch));
                    if ((from / CHUNK) % 10 == 9) {
                        spec.commandLine().getErr().printf(Locale.ROOT, "  %,d customers…%n", from + CHUNK);
                    }
                }
                double generated = (System.nanoTime() - start) / 1e9;
                jdbc.sql("ANALYZE").update();
                out.printf(Locale.ROOT,
                    "generated %,d customers, %,d phones, %,d contracts, %,d invoices in %.1f s (%,.0f customers/s)%n",
                    customers, count(jdbc, "customer_phone"), count(jdbc, "contract"), count(jdbc, "invoice"), generated,
                    customers / generated);
            }

            SplittableRandom random = new SplittableRandom(seed);
            for (int i = 0; i < warmUp; i++) {
                search(directory, random, true);
            }
            List<Long> hits = new ArrayList<>();
            List<Long> misses = new ArrayList<>();
            for (int i = 0; i < searches; i++) {
                boolean miss = random.nextInt(100) < missPercent;
                (miss ? misses : hits).add(search(directory, random, !miss));
            }
            List<Long> all = new ArrayList<>(hits);
            all.addAll(misses);
            out.printf(Locale.ROOT, "%-22s %7s %9s %9s %9s %9s%n", "phone searches", "count", "p50 ms", "p95 ms",
                "p99 ms", "max ms");
            out.println(row("known numbers", hits));
            out.println(row("unknown numbers", misses));
            out.println(row("all", all));
            return 0;
        } finally {
            if (temp != null) {
                org.springframework.util.FileSystemUtils.deleteRecursively(temp);
            }
        }
    }

    /** One timed search; a known number is written in one of the ways a caller id or an agent may write it. */
    private long search(CustomerDirectory directory, SplittableRandom random, boolean known) {
        int i = random.nextInt(customers);
        String number = known ? SyntheticCustomers.mobile(i) : "7" + String.format("%08d", random.nextInt(100_000_000));
        String text = switch (random.nextInt(4)) {
            case 0 -> number;
            case 1 -> "+34 " + number.substring(0, 3) + " " + number.substring(3, 6) + " " + number.substring(6);
            case 2 -> "0034" + number;
            default -> number.substring(0, 3) + "." + number.substring(3, 5) + "." + number.substring(5, 7) + "."
                + number.substring(7);
        };
        long t0 = System.nanoTime();
        SearchResult result = directory.search(SearchField.PHONE, text, 20);
        long elapsed = System.nanoTime() - t0;
        boolean right = known
            ? result.status() == SearchResult.Status.FOUND
                && result.customers().stream().anyMatch(c -> c.customerNumber().equals(SyntheticCustomers.customerNumber(i)))
            : result.status() == SearchResult.Status.NONE;
        if (!right) {
            throw new IllegalStateException("wrong answer for " + text + ": " + result);
        }
        return elapsed;
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static String row(String label, List<Long> nanos) {
        if (nanos.isEmpty()) {
            return String.format(Locale.ROOT, "%-22s %7d", label, 0);
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(Locale.ROOT, "%-22s %7d %9.2f %9.2f %9.2f %9.2f", label, sorted.length, percentile(sorted, 0.50),
            percentile(sorted, 0.95), percentile(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
