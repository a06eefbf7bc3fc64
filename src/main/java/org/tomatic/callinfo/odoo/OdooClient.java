package org.tomatic.callinfo.odoo;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tomatic.callinfo.CallInfoProperties;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Odoo's external JSON-RPC API ({@code POST /jsonrpc}): logs in once, then calls {@code execute_kw}
 * with the user id and password. At most {@code poolSize} calls are open at once; every call has
 * the configured timeout. Failures come out as {@link OdooException} with a message for people.
 */
final class OdooClient {

    private static final Logger log = LoggerFactory.getLogger(OdooClient.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CallInfoProperties.Odoo settings;
    private final URI endpoint;
    private final HttpClient http;
    private final Semaphore pool;
    private final AtomicLong requestIds = new AtomicLong();
    private final Object loginLock = new Object();
    private CompletableFuture<Integer> login;
    private volatile boolean reachable = true;
    private volatile String lastError;

    OdooClient(CallInfoProperties.Odoo settings) {
        this.settings = settings;
        this.endpoint = URI.create(settings.url().replaceAll("/+$", "") + "/jsonrpc");
        // HTTP/1.1: the JDK client's keep-alive pool reuses connections; no h2c upgrade surprises.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(settings.timeout()).build();
        this.pool = new Semaphore(Math.max(1, settings.poolSize()), true);
    }

    /** {@code execute_kw(db, uid, password, model, method, args, kwargs)}; logs in again once if the login went stale. */
    JsonNode execute(String model, String method, List<?> args, Map<String, ?> kwargs) {
        int user = uid();
        try {
            return call("object", "execute_kw", executeArgs(user, model, method, args, kwargs));
        } catch (OdooException e) {
            if (e.kind() != OdooException.Kind.LOGIN) {
                throw e;
            }
            log.info("Odoo refused the call of uid {} ({}); logging in again", user, e.getMessage());
            forgetLogin(user);
            return call("object", "execute_kw", executeArgs(uid(), model, method, args, kwargs));
        }
    }

    int searchCount(String model, Domain domain) {
        return execute(model, "search_count", List.of(domain.toList()), Map.of()).asInt();
    }

    /** {@code limit} 0 = all; {@code order} null = the model's own order. */
    List<JsonNode> searchRead(String model, Domain domain, List<String> fields, int limit, String order) {
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("fields", fields);
        if (limit > 0) {
            kwargs.put("limit", limit);
        }
        if (order != null) {
            kwargs.put("order", order);
        }
        return records(execute(model, "search_read", List.of(domain.toList()), kwargs));
    }

    List<JsonNode> read(String model, List<Integer> ids, List<String> fields) {
        return records(execute(model, "read", List.of(ids), Map.of("fields", fields)));
    }

    /** Asks Odoo for its version (no login needed); updates {@link #reachable()}. */
    String version() {
        return call("common", "version", List.of()).path("server_version").asString("?");
    }

    /** Whether the last call got an answer from Odoo (an error answer counts: Odoo is there). */
    boolean reachable() {
        return reachable;
    }

    /** The message of the last failed call, null when the last call worked. */
    String lastError() {
        return lastError;
    }

    /** The logged-in user id; concurrent callers share one login attempt and its outcome. */
    private int uid() {
        CompletableFuture<Integer> attempt;
        boolean mine = false;
        synchronized (loginLock) {
            if (login == null || login.isCompletedExceptionally()) {
                login = new CompletableFuture<>();
                mine = true;
            }
            attempt = login;
        }
        if (mine) {
            try {
                attempt.complete(login());
            } catch (RuntimeException e) {
                attempt.completeExceptionally(e);
            }
        }
        try {
            return attempt.join();
        } catch (CompletionException e) {
            throw (RuntimeException) e.getCause();
        }
    }

    private int login() {
        JsonNode answer = call("common", "login", List.of(settings.database(), settings.username(), settings.password()));
        if (!answer.isIntegralNumber()) {
            throw failed(new OdooException(OdooException.Kind.LOGIN, "Odoo refused the login of "
                + settings.username() + " on database " + settings.database()));
        }
        return answer.asInt();
    }

    private void forgetLogin(int staleUid) {
        synchronized (loginLock) {
            if (login != null && login.isDone() && !login.isCompletedExceptionally() && login.join() == staleUid) {
                login = null;
            }
        }
    }

    private List<Object> executeArgs(int user, String model, String method, List<?> args, Map<String, ?> kwargs) {
        return Arrays.asList(settings.database(), user, settings.password(), model, method, args, kwargs);
    }

    private JsonNode call(String service, String method, List<?> args) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("service", service);
        params.put("method", method);
        params.put("args", args);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("jsonrpc", "2.0");
        body.put("method", "call");
        body.put("params", params);
        body.put("id", requestIds.incrementAndGet());
        HttpResponse<byte[]> response = post(JSON.writeValueAsBytes(body));
        if (response.statusCode() != 200) {
            throw failed(OdooException.unreachable(endpoint + " answered HTTP " + response.statusCode()));
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(response.body());
        } catch (JacksonException e) {
            answer = null;
        }
        if (answer == null || !answer.isObject() || !(answer.has("result") || answer.has("error"))) {
            throw failed(OdooException.unreachable(endpoint + " did not answer JSON-RPC ("
                + response.headers().firstValue("Content-Type").orElse("no content type") + ")"));
        }
        if (!reachable) {
            log.info("Odoo at {} answers again", endpoint);
        }
        reachable = true;
        if (answer.has("error")) {
            throw failed(error(answer.get("error")));
        }
        lastError = null;
        return answer.get("result");
    }

    private HttpResponse<byte[]> post(byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(settings.timeout())
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        boolean acquired = false;
        try {
            acquired = pool.tryAcquire(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
            if (!acquired) {
                throw failed(OdooException.unreachable("all " + settings.poolSize() + " connections to "
                    + endpoint + " stayed busy for " + seconds(settings.timeout())));
            }
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpConnectTimeoutException e) {
            throw failed(OdooException.unreachable("could not connect to " + endpoint + " within "
                + seconds(settings.timeout())));
        } catch (HttpTimeoutException e) {
            throw failed(OdooException.unreachable("no answer from " + endpoint + " within "
                + seconds(settings.timeout())));
        } catch (ConnectException e) {
            throw failed(OdooException.unreachable("cannot connect to " + endpoint + " (connection refused)"));
        } catch (IOException e) {
            throw failed(OdooException.unreachable(endpoint + ": " + (e.getMessage() == null
                ? e.getClass().getSimpleName() : e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(OdooException.unreachable("interrupted while calling " + endpoint));
        } finally {
            if (acquired) {
                pool.release();
            }
        }
    }

    /**
     * Odoo's error answer: {@code {"code":200,"message":"Odoo Server Error","data":{"name":
     * "odoo.exceptions.AccessDenied","message":"Access Denied",…}}}. A denied login or an expired
     * session is worth logging in again; missing rights on a model (AccessError) are not.
     */
    private OdooException error(JsonNode error) {
        JsonNode data = error.path("data");
        String name = data.path("name").asString("");
        String message = data.path("message").asString(error.path("message").asString("unknown error"));
        String shortName = name.substring(name.lastIndexOf('.') + 1);
        if (shortName.equals("AccessDenied") || shortName.equals("SessionExpiredException")
            || error.path("code").asInt() == 100) {
            return new OdooException(OdooException.Kind.LOGIN, "Odoo refused the login of " + settings.username()
                + " on database " + settings.database() + ": " + message);
        }
        if (shortName.equals("AccessError")) {
            return new OdooException(OdooException.Kind.SERVER, "Odoo denied access to " + settings.username()
                + ": " + message);
        }
        return new OdooException(OdooException.Kind.SERVER, "Odoo error: " + message
            + (shortName.isEmpty() ? "" : " (" + shortName + ")"));
    }

    private OdooException failed(OdooException e) {
        if (e.kind() == OdooException.Kind.UNREACHABLE) {
            if (reachable) {
                log.warn("{}", e.getMessage());
            }
            reachable = false;
        }
        lastError = e.getMessage();
        return e;
    }

    private static List<JsonNode> records(JsonNode result) {
        List<JsonNode> records = new ArrayList<>();
        result.forEach(records::add);
        return records;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
