package org.tomatic.ha;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's cookies across instances: what one instance set is sent to every instance (as a load
 * balancer in front of them would have the browser do).
 */
final class Web {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    HttpResponse<String> get(Instance at, String path) {
        return send(request(at, path).GET().build());
    }

    HttpResponse<String> postForm(Instance at, String path, Map<String, String> form) {
        String body = form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
        return send(request(at, path).header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** An API call with a bearer token (no cookie, no CSRF). */
    static HttpResponse<String> api(Instance at, String method, String path, String json, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(at.url(path))).timeout(Duration.ofSeconds(20))
            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
            .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
            .build();
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Logs in through the login form of {@code at}. */
    void logIn(Instance at, String user, String password) {
        String csrf = csrf(get(at, "/login").body());
        HttpResponse<String> r = postForm(at, "/login", Map.of("username", user, "password", password, "_csrf", csrf));
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || location.contains("error")) {
            throw new AssertionError("login refused: " + r.statusCode() + " " + location);
        }
    }

    /** The CSRF token of a page's form. */
    static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF token on the page");
        }
        return m.group(1);
    }

    /**
     * Follows a server-sent event stream: each event as "name: data" in the queue. The stream ends with
     * the returned future's cancellation.
     */
    CompletableFuture<?> events(Instance at, String path, BlockingQueue<String> into) {
        HttpRequest request = request(at, path).header("Accept", "text/event-stream").GET().build();
        String[] name = {"message"};
        StringBuilder data = new StringBuilder();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
            if (response.statusCode() != 200) {
                into.add("status: " + response.statusCode());
                return;
            }
            into.add("open: " + response.statusCode());
            response.body().forEach(line -> {
                if (line.startsWith("event:")) {
                    name[0] = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).strip());
                } else if (line.isEmpty() && (!data.isEmpty() || !"message".equals(name[0]))) {
                    into.add(name[0] + ": " + data);
                    name[0] = "message";
                    data.setLength(0);
                }
            });
            into.add("closed: ");
        }).exceptionally(e -> {
            into.add("error: " + e);
            return null;
        });
    }

    static BlockingQueue<String> queue() {
        return new LinkedBlockingQueue<>();
    }

    private HttpRequest.Builder request(Instance at, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(at.url(path))).timeout(Duration.ofSeconds(20));
        if (path.endsWith("/events")) {
            b.timeout(Duration.ofMinutes(5));
        }
        if (!cookies.isEmpty()) {
            b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; ")));
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(c -> {
                String pair = c.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String value = pair.substring(eq + 1);
                if (value.isEmpty() || c.toLowerCase().contains("max-age=0")) {
                    cookies.remove(pair.substring(0, eq));
                } else {
                    cookies.put(pair.substring(0, eq), value);
                }
            });
            return response;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
