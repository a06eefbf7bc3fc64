package org.tomatic.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Live events between instances that share a PostgreSQL database, through LISTEN/NOTIFY: an instance
 * {@link #publish publishes} a kind and an id ("week 2026-03-02", "run 42", "call 7"); every other
 * instance hands them to the handlers {@link #on registered} for the kind, which read what they need from
 * the database and push it to their own open pages. A notification sent inside a transaction goes out when
 * it commits (not at all if it rolls back).
 * <p>
 * The listening connection is the database's own (not one of the pool's). When it is lost, the listener
 * reconnects (1 s, then longer, at most 30 s apart) and then calls every handler's catch-up, so pages
 * re-read what they show rather than miss what changed meanwhile. On H2 (one instance) it is off: publish
 * does nothing and only the local events reach the pages, as always. {@code tomatic.events.listen=false}
 * turns it off on PostgreSQL too.
 */
@Component
public class ClusterEvents implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ClusterEvents.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    /** An idle listener checks its connection this often (a dead peer is not noticed by waiting alone). */
    private static final long PING_EVERY_MILLIS = 10_000;

    /** What a kind's subscriber does with another instance's event, and after a reconnection. */
    private record Handler(Consumer<String> event, Runnable catchUp) {}

    private final JdbcClient jdbc;
    private final ApplicationContext context;
    private final boolean enabled;
    private final String url;
    private final String username;
    private final String password;
    private final String origin = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, List<Handler>> handlers = new ConcurrentHashMap<>();
    private final ExecutorService dispatch = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cluster-events");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong reconnections = new AtomicLong();
    private volatile String channel;
    private volatile boolean running;
    private volatile boolean listening;
    private volatile String lastError;
    private volatile Thread thread;
    private volatile Connection connection;

    ClusterEvents(JdbcClient jdbc, ApplicationContext context,
                  @Value("${spring.datasource.url:}") String url,
                  @Value("${spring.datasource.username:}") String username,
                  @Value("${spring.datasource.password:}") String password,
                  @Value("${tomatic.events.listen:true}") boolean listen) {
        this.jdbc = jdbc;
        this.context = context;
        this.url = url;
        this.username = username;
        this.password = password;
        this.enabled = listen && url.startsWith("jdbc:postgresql:");
    }

    /** Whether events cross instances here (PostgreSQL); false on H2, where only local events exist. */
    public boolean enabled() {
        return enabled;
    }

    /** This instance among those sharing the database: its host and a random tag (new at each start). */
    public String instanceName() {
        return HOST + "-" + origin;
    }

    private static final String HOST = host();

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException | RuntimeException e) {
            return "tomatic";
        }
    }

    /** Whether the listener is connected and listening now. */
    public boolean listening() {
        return listening;
    }

    /** Tells the other instances that {@code kind} {@code id} changed (at the commit, inside a transaction). */
    public void publish(String kind, String id) {
        if (!enabled) {
            return;
        }
        try {
            jdbc.sql("SELECT pg_notify(?, ?)").params(channel(), origin + "|" + kind + "|" + id)
                .query((rs, n) -> 1).list();
        } catch (RuntimeException e) {
            // The local pages have it already; the others catch up when their listener reconnects.
            log.warn("Could not tell the other instances of {} {}: {}", kind, id, e.toString());
        }
    }

    /**
     * Calls {@code event} with the id of every {@code kind} another instance publishes, and {@code catchUp}
     * after the listener was disconnected (events may have been missed). Both run on one thread of their own.
     */
    public void on(String kind, Consumer<String> event, Runnable catchUp) {
        handlers.computeIfAbsent(kind, k -> new CopyOnWriteArrayList<>()).add(new Handler(event, catchUp));
    }

    /** The channel: one per database schema, so deployments (and tests) sharing a server do not mix. */
    String channel() {
        String c = channel;
        if (c == null) {
            String schema = jdbc.sql("SELECT current_schema()").query(String.class).optional().orElse("public");
            c = ("tomatic_" + schema.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_"));
            c = c.substring(0, Math.min(63, c.length()));
            channel = c;
        }
        return c;
    }

    Map<String, Object> details() {
        return Map.of("channel", channel == null ? "?" : channel, "listening", listening,
            "received", received.get(), "reconnections", reconnections.get(),
            "lastError", lastError == null ? "" : lastError);
    }

    @Override
    public synchronized void start() {
        running = true;
        if (!enabled || !(context instanceof WebServerApplicationContext)) {
            return; // a CLI command publishes (its changes reach the servers) but listens to nothing
        }
        channel();
        thread = new Thread(this::listen, "cluster-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            closeQuietly(connection);
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        dispatch.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        long backoff = 1000;
        boolean first = true;
        while (running) {
            java.util.Properties props = new java.util.Properties();
            props.setProperty("user", username);
            props.setProperty("password", password);
            props.setProperty("ApplicationName", applicationName());
            try (Connection c = DriverManager.getConnection(url, props)) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + channel);
                }
                listening = true;
                lastError = null;
                backoff = 1000;
                if (!first) {
                    reconnections.incrementAndGet();
                    log.info("Listening again to the other instances' events; pages catch up");
                    dispatch.execute(this::catchUp);
                }
                first = false;
                PGConnection pg = c.unwrap(PGConnection.class);
                long lastHeard = System.currentTimeMillis();
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications != null && notifications.length > 0) {
                        lastHeard = System.currentTimeMillis();
                        for (PGNotification n : notifications) {
                            handle(n.getParameter());
                        }
                    } else if (System.currentTimeMillis() - lastHeard > PING_EVERY_MILLIS) {
                        try (Statement s = c.createStatement()) {
                            s.execute("SELECT 1");
                        }
                        lastHeard = System.currentTimeMillis();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    break;
                }
                if (listening || lastError == null) {
                    log.warn("Lost the other instances' events ({}); reconnecting", e.toString());
                }
                lastError = e.toString();
            } finally {
                listening = false;
                connection = null;
            }
            try {
                Thread.sleep(backoff);
            } catch (InterruptedException e) {
                break;
            }
            backoff = Math.min(backoff * 2, MAX_BACKOFF.toMillis());
        }
    }

    private void handle(String payload) {
        String[] parts = payload.split("\\|", 3);
        if (parts.length < 3 || parts[0].equals(origin)) {
            return; // ours: the local pages had it already
        }
        received.incrementAndGet();
        List<Handler> forKind = handlers.getOrDefault(parts[1], List.of());
        String id = parts[2];
        dispatch.execute(() -> forKind.forEach(h -> {
            try {
                h.event().accept(id);
            } catch (RuntimeException e) {
                log.warn("Event {} {} from another instance: {}", parts[1], id, e.toString());
            }
        }));
    }

    private void catchUp() {
        handlers.values().forEach(list -> list.forEach(h -> {
            try {
                h.catchUp().run();
            } catch (RuntimeException e) {
                log.warn("Catching up after a reconnection: {}", e.toString());
            }
        }));
    }

    /** The listening connection's name in pg_stat_activity. */
    public String applicationName() {
        return "tomatic-events-" + origin;
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // gone already
            }
        }
    }

    /** Before the web server stops, after the pages' streams ended (SseShutdown). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1;
    }
}
