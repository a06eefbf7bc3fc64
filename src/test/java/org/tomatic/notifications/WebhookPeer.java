package org.tomatic.notifications;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP peer for the webhook channels (JDK HttpServer on the loopback): records every POST and
 * answers 200, or the statuses a test scripted for a path.
 */
public final class WebhookPeer {

    public record Received(String path, String query, String contentType, String body) {}

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Integer>> scripted = new ConcurrentHashMap<>();

    private WebhookPeer(HttpServer server) {
        this.server = server;
    }

    public static WebhookPeer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            WebhookPeer peer = new WebhookPeer(server);
            server.createContext("/", peer::handle);
            server.setExecutor(Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "webhook-peer");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return peer;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code http://127.0.0.1:PORT} + path. */
    public String url(String pathAndQuery) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery;
    }

    /** The next answers to POSTs on {@code path} (then 200 again). */
    public void respond(String path, int... statuses) {
        Deque<Integer> queue = scripted.computeIfAbsent(path, p -> new ArrayDeque<>());
        synchronized (queue) {
            for (int s : statuses) {
                queue.add(s);
            }
        }
    }

    public void reset() {
        received.clear();
        scripted.clear();
    }

    public List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** Waits until {@code path} got at least {@code count} posts. */
    public List<Received> await(String path, int count, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (received(path).size() < count && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        return received(path);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        received.add(new Received(path, exchange.getRequestURI().getRawQuery(),
            exchange.getRequestHeaders().getFirst("Content-Type"), body));
        int status = 200;
        Deque<Integer> queue = scripted.get(path);
        if (queue != null) {
            synchronized (queue) {
                Integer next = queue.poll();
                if (next != null) {
                    status = next;
                }
            }
        }
        byte[] answer = (status == 200 ? "ok" : status >= 500 ? "upstream exploded" : "invalid_payload")
            .getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }
}
