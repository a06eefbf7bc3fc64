package org.tomatic.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.tomatic.notifications.channels.DeliveryFailure;
import org.tomatic.notifications.channels.WebhookPost;

/** How one POST's outcome is sorted, without the application: timeouts and refused connections are retried. */
class DeliveryWebhookPostTests {

    @Test
    void aPeerTooSlowTimesOutAndIsWorthAnotherTry() throws IOException {
        HttpServer slow = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        slow.createContext("/", exchange -> {
            try {
                Thread.sleep(2000);
                exchange.sendResponseHeaders(200, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        slow.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        slow.start();
        try {
            URI uri = URI.create("http://127.0.0.1:" + slow.getAddress().getPort() + "/hooks/secret?token=abc");
            DeliveryFailure f = catchThrowableOfType(DeliveryFailure.class,
                () -> new WebhookPost(Duration.ofMillis(300)).post(uri, "{}"));
            assertThat(f.retryable()).isTrue();
            assertThat(f.getMessage()).isEqualTo("timed out after 300 ms");
        } finally {
            slow.stop(0);
        }
    }

    @Test
    void anHtmlErrorPageIsKeptAsItsWordsAndIsWorthAnotherTry() throws IOException {
        HttpServer proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        proxy.createContext("/", exchange -> {
            byte[] page = "<!DOCTYPE html><html><head><title>x</title><style>p{}</style></head><body><h1>Bad gateway</h1><p>The upstream is down.</p></body></html>"
                .getBytes();
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(502, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        proxy.start();
        try {
            URI uri = URI.create("http://127.0.0.1:" + proxy.getAddress().getPort() + "/hooks/secret");
            DeliveryFailure f = catchThrowableOfType(DeliveryFailure.class,
                () -> new WebhookPost(Duration.ofSeconds(2)).post(uri, "{}"));
            assertThat(f.retryable()).isTrue();
            assertThat(f.getMessage()).isEqualTo("HTTP 502: Bad gateway The upstream is down.");
        } finally {
            proxy.stop(0);
        }
    }

    @Test
    void aRefusedConnectionIsWorthAnotherTryAndNamesNoSecret() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        URI uri = URI.create("http://127.0.0.1:" + port + "/hooks/verysecret?token=abc");
        DeliveryFailure f = catchThrowableOfType(DeliveryFailure.class,
            () -> new WebhookPost(Duration.ofSeconds(1)).post(uri, "{}"));
        assertThat(f.retryable()).isTrue();
        assertThat(f.getMessage()).startsWith("connection failed").doesNotContain("verysecret").doesNotContain("token=abc");
    }
}
