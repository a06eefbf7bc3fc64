package org.tomatic.notifications.channels;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * POSTs a JSON body with a timeout (JDK HttpClient) and sorts the outcome: 2xx sent; 5xx, 429, timeouts
 * and connection errors worth another try; any other status failed for good.
 */
public final class WebhookPost {

    private static final int MAX_BODY_IN_ERROR = 200;

    private final HttpClient http;
    private final Duration timeout;

    public WebhookPost(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public void post(URI uri, String json) throws DeliveryFailure {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
            .header("Content-Type", "application/json; charset=UTF-8")
            .header("User-Agent", "Tomatic")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new DeliveryFailure("timed out after " + timeout.toMillis() + " ms", true);
        } catch (ConnectException e) {
            throw new DeliveryFailure("connection failed: " + clean(e.getMessage(), uri), true);
        } catch (IOException e) {
            throw new DeliveryFailure(e.getClass().getSimpleName() + ": " + clean(e.getMessage(), uri), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("interrupted", true);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        String reason = "HTTP " + status + body(response.body(), uri);
        if (status == 429) {
            throw new DeliveryFailure(reason, true, retryAfter(response).orElse(null));
        }
        throw new DeliveryFailure(reason, status >= 500);
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(v -> {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v.strip())));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static String body(String body, URI uri) {
        if (body == null || body.isBlank()) {
            return "";
        }
        // An HTML error page says little in a table cell: keep its words only.
        String text = body.stripLeading().startsWith("<") ? body.replaceAll("(?s)<(script|style|head)\\b.*?</\\1>", " ")
            .replaceAll("<[^>]*>", " ") : body;
        String oneLine = clean(text.strip().replaceAll("\\s+", " "), uri);
        if (oneLine.isEmpty()) {
            return "";
        }
        return ": " + (oneLine.length() > MAX_BODY_IN_ERROR ? oneLine.substring(0, MAX_BODY_IN_ERROR) + "…" : oneLine);
    }

    /** Takes the URL (with its token) out of a message. */
    private static String clean(String message, URI uri) {
        if (message == null) {
            return "";
        }
        String text = message.replace(uri.toString(), uri.getHost());
        String path = uri.getRawPath();
        if (path != null && path.length() > 1) {
            text = text.replace(path, "/…");
        }
        String query = uri.getRawQuery();
        return query == null || query.isEmpty() ? text : text.replace(query, "…");
    }
}
