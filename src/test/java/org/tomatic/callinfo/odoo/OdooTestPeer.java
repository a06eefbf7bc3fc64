package org.tomatic.callinfo.odoo;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An Odoo server as its external API looks from outside, for tests: {@code POST /jsonrpc} with
 * {@code common.version}, {@code common.login} (false for a wrong login) and {@code object.execute_kw}
 * with {@code search_count}, {@code search_read} (fields, limit, offset, order) and {@code read} over
 * in-memory records, evaluating domains as Odoo does ({@link OdooTestDomain}). Errors come in Odoo's
 * shape: HTTP 200 with {@code {"error":{"code":200,"message":"Odoo Server Error","data":{"name":…,
 * "message":…}}}}: AccessDenied for a wrong uid or password, ValueError for an unknown field,
 * UserError for an unknown model, as Odoo 16–17 answer. Hooks make it slow, fail or stop, and keep
 * what it was asked.
 */
final class OdooTestPeer implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final String database;
    private final String login;
    private final String password;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(16);
    private final Map<String, OdooTestModel> models = new HashMap<>();
    private final List<JsonNode> bodies = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private volatile int uid = 2;
    private volatile Duration delay = Duration.ZERO;
    private volatile int failureStatus;

    private OdooTestPeer(String database, String login, String password) throws IOException {
        this.database = database;
        this.login = login;
        this.password = password;
        standardModels();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    static OdooTestPeer start(String database, String login, String password) throws IOException {
        return new OdooTestPeer(database, login, password);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    // ---------------------------------------------------------------- records

    /** A model of the peer (the standard ones exist; others are made when first asked). */
    synchronized OdooTestModel model(String name) {
        return models.computeIfAbsent(name, n -> new OdooTestModel(n, models));
    }

    synchronized int create(String model, Map<String, Object> values) {
        if (!models.containsKey(model)) {
            throw new IllegalArgumentException("no model " + model + ": define it with model(name).field(…)");
        }
        return models.get(model).create(values);
    }

    /** A map of field values, in order: {@code values("name", "Anna", "vat", "ES1")} (nulls allowed). */
    static Map<String, Object> values(Object... pairs) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], pairs[i + 1]);
        }
        return values;
    }

    // ---------------------------------------------------------------- hooks

    /** Every answer waits this long first. */
    void slow(Duration delay) {
        this.delay = delay;
    }

    /** Answers every request with this HTTP status and an HTML page (as a proxy in front of Odoo would); 0 = normal. */
    void failWith(int status) {
        this.failureStatus = status;
    }

    /** The API user gets another id (as after a database restore): calls with the old uid are denied. */
    void userId(int uid) {
        this.uid = uid;
    }

    void stop() {
        server.stop(0);
        threads.shutdownNow();
    }

    @Override
    public void close() {
        stop();
    }

    int requests() {
        return requests.get();
    }

    /** The most requests that were being answered at the same time. */
    int maxInFlight() {
        return maxInFlight.get();
    }

    /** Every JSON-RPC request body received, oldest first. */
    List<JsonNode> bodies() {
        return List.copyOf(bodies);
    }

    /** The {@code args} of every {@code execute_kw(…, model, method, args, kwargs)} received, oldest first. */
    List<JsonNode> calls(String model, String method) {
        return bodies.stream().map(b -> b.path("params").path("args"))
            .filter(a -> a.size() == 7 && a.get(3).asString("").equals(model) && a.get(4).asString("").equals(method))
            .map(a -> a.get(5)).toList();
    }

    /** The domains of every {@code search_count} or {@code search_read} on the model, oldest first. */
    List<JsonNode> domains(String model, String method) {
        return calls(model, method).stream().map(a -> a.get(0)).toList();
    }

    /** The {@code kwargs} of the last such call. */
    JsonNode lastKwargs(String model, String method) {
        return bodies.stream().map(b -> b.path("params").path("args"))
            .filter(a -> a.size() == 7 && a.get(3).asString("").equals(model) && a.get(4).asString("").equals(method))
            .reduce((a, b) -> b).map(a -> a.get(6)).orElse(null);
    }

    long logins() {
        return bodies.stream().filter(b -> b.path("params").path("method").asString("").equals("login")).count();
    }

    // ---------------------------------------------------------------- HTTP

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try (exchange) {
            byte[] request = exchange.getRequestBody().readAllBytes();
            if (!delay.isZero()) {
                Thread.sleep(delay.toMillis());
            }
            if (failureStatus != 0) {
                send(exchange, failureStatus, "text/html", "<html><body><h1>" + failureStatus
                    + " Bad Gateway</h1></body></html>");
                return;
            }
            if (!exchange.getRequestURI().getPath().equals("/jsonrpc") || !exchange.getRequestMethod().equals("POST")) {
                send(exchange, 404, "text/html", "<html><body><h1>Not Found</h1></body></html>");
                return;
            }
            JsonNode body = JSON.readTree(request);
            bodies.add(body);
            ObjectNode answer = JSON.createObjectNode().put("jsonrpc", "2.0");
            answer.set("id", body.path("id"));
            try {
                answer.set("result", JSON.valueToTree(dispatch(body.path("params"))));
            } catch (OdooError e) {
                answer.set("error", e.json());
            }
            send(exchange, 200, "application/json", JSON.writeValueAsString(answer));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    // ---------------------------------------------------------------- the API

    private Object dispatch(JsonNode params) {
        String service = params.path("service").asString("");
        String method = params.path("method").asString("");
        JsonNode args = params.path("args");
        if (service.equals("common") && method.equals("version")) {
            return Map.of("server_version", "17.0", "server_version_info", List.of(17, 0, 0, "final", 0, ""),
                "server_serie", "17.0", "protocol_version", 1);
        }
        if (service.equals("common") && method.equals("login")) {
            boolean right = args.path(0).asString("").equals(database) && args.path(1).asString("").equals(login)
                && args.path(2).asString("").equals(password);
            return right ? uid : false;
        }
        if (service.equals("object") && method.equals("execute_kw")) {
            if (!args.path(0).asString("").equals(database) || args.path(1).asInt(-1) != uid
                || !args.path(2).asString("").equals(password)) {
                throw odooError("odoo.exceptions.AccessDenied", "Access Denied");
            }
            return execute(args.path(3).asString(""), args.path(4).asString(""), args.path(5), args.path(6));
        }
        throw odooError("builtins.Exception", "Method not found: " + method);
    }

    private synchronized Object execute(String modelName, String method, JsonNode args, JsonNode kwargs) {
        OdooTestModel model = models.get(modelName);
        if (model == null) {
            throw odooError("odoo.exceptions.UserError", "Object " + modelName + " doesn't exist");
        }
        switch (method) {
            case "search_count":
                allowOnly(method, kwargs, "limit", "context");
                return search(model, args.path(0).isMissingNode() ? kwargs.path("domain") : args.path(0)).size();
            case "search_read": {
                allowOnly(method, kwargs, "domain", "fields", "offset", "limit", "order", "context");
                List<Map<String, Object>> found = search(model,
                    args.path(0).isMissingNode() ? kwargs.path("domain") : args.path(0));
                String order = kwargs.path("order").asString("");
                found.sort(model.order(order.isBlank() ? "id" : order));
                int offset = kwargs.path("offset").asInt(0);
                int limit = kwargs.path("limit").isNumber() ? kwargs.path("limit").asInt() : Integer.MAX_VALUE;
                List<String> fields = fields(model, kwargs.path("fields").isMissingNode() ? args.path(1) : kwargs.path("fields"));
                return found.stream().skip(offset).limit(limit).map(r -> read(model, r, fields)).toList();
            }
            case "read": {
                allowOnly(method, kwargs, "fields", "context", "load");
                List<String> fields = fields(model, kwargs.path("fields").isMissingNode() ? args.path(1) : kwargs.path("fields"));
                List<Map<String, Object>> records = new ArrayList<>();
                for (JsonNode id : args.path(0)) {
                    Map<String, Object> record = model.find(id.asInt());
                    if (record == null) {
                        throw odooError("odoo.exceptions.MissingError",
                            "Record does not exist or has been deleted.\n(Record: " + modelName + "(" + id + ",), User: " + uid + ")");
                    }
                    records.add(read(model, record, fields));
                }
                return records;
            }
            default:
                throw odooError("builtins.AttributeError",
                    "The method '" + method + "' does not exist on the model '" + modelName + "'");
        }
    }

    private static List<Map<String, Object>> search(OdooTestModel model, JsonNode domain) {
        Predicate<Map<String, Object>> matches = OdooTestDomain.parse(model, domain);
        boolean archivable = model.fields.containsKey("active");
        // Like Odoo, archived records are left out unless the domain asks about "active".
        boolean askedActive = domain.toString().contains("\"active\"");
        return new ArrayList<>(model.records.stream()
            .filter(r -> !archivable || askedActive || !Boolean.FALSE.equals(r.get("active")))
            .filter(matches).toList());
    }

    private static List<String> fields(OdooTestModel model, JsonNode fields) {
        List<String> names = new ArrayList<>();
        if (fields.isArray() && !fields.isEmpty()) {
            fields.values().forEach(f -> names.add(f.asString()));
        } else {
            names.addAll(model.fields.keySet());
        }
        names.forEach(model::fieldOrFail);
        return names;
    }

    private static Map<String, Object> read(OdooTestModel model, Map<String, Object> record, List<String> fields) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", record.get("id"));
        fields.forEach(f -> values.put(f, model.read(record, f)));
        return values;
    }

    private static void allowOnly(String method, JsonNode kwargs, String... allowed) {
        Set<String> known = Set.of(allowed);
        for (String name : kwargs.propertyNames()) {
            if (!known.contains(name)) {
                throw odooError("builtins.TypeError", method + "() got an unexpected keyword argument '" + name + "'");
            }
        }
    }

    /** The models and fields of a plain Odoo 17 with contacts, invoicing, helpdesk and subscriptions. */
    private void standardModels() {
        model("res.country.state").field("name", OdooTestModel.Type.CHAR).field("code", OdooTestModel.Type.CHAR);
        OdooTestModel partner = model("res.partner").many2one("state_id", "res.country.state")
            .many2one("parent_id", "res.partner").field("active", OdooTestModel.Type.BOOLEAN)
            .field("comment", OdooTestModel.Type.HTML).field("lang", OdooTestModel.Type.SELECTION);
        Stream.of("name", "vat", "ref", "email", "phone", "mobile", "street", "street2", "zip", "city")
            .forEach(f -> partner.field(f, OdooTestModel.Type.CHAR));
        model("account.move").field("name", OdooTestModel.Type.CHAR).many2one("partner_id", "res.partner")
            .field("move_type", OdooTestModel.Type.SELECTION).field("state", OdooTestModel.Type.SELECTION)
            .field("payment_state", OdooTestModel.Type.SELECTION).field("invoice_date", OdooTestModel.Type.DATE)
            .field("invoice_date_due", OdooTestModel.Type.DATE).field("amount_total", OdooTestModel.Type.MONETARY)
            .field("amount_residual", OdooTestModel.Type.MONETARY).field("invoice_origin", OdooTestModel.Type.CHAR);
        model("helpdesk.stage").field("name", OdooTestModel.Type.CHAR).field("fold", OdooTestModel.Type.BOOLEAN);
        model("helpdesk.ticket").field("name", OdooTestModel.Type.CHAR).many2one("partner_id", "res.partner")
            .many2one("stage_id", "helpdesk.stage").field("create_date", OdooTestModel.Type.DATETIME)
            .field("close_date", OdooTestModel.Type.DATETIME);
        model("sale.subscription.template").field("name", OdooTestModel.Type.CHAR);
        model("sale.subscription").field("name", OdooTestModel.Type.CHAR).field("code", OdooTestModel.Type.CHAR)
            .many2one("partner_id", "res.partner").field("stage_category", OdooTestModel.Type.SELECTION)
            .field("date_start", OdooTestModel.Type.DATE).field("date", OdooTestModel.Type.DATE)
            .many2one("template_id", "sale.subscription.template");
    }

    // ---------------------------------------------------------------- errors

    static OdooError odooError(String name, String message) {
        return new OdooError(name, message);
    }

    /** An exception raised inside "Odoo", answered as Odoo's JSON-RPC error. */
    static final class OdooError extends RuntimeException {

        private final String name;

        OdooError(String name, String message) {
            super(message);
            this.name = name;
        }

        ObjectNode json() {
            ObjectNode error = JSON.createObjectNode().put("code", 200).put("message", "Odoo Server Error");
            ObjectNode data = error.putObject("data").put("name", name)
                .put("debug", "Traceback (most recent call last):\n  ...\n" + name + ": " + getMessage() + "\n")
                .put("message", getMessage());
            ArrayNode arguments = data.putArray("arguments");
            arguments.add(getMessage());
            data.putObject("context");
            return error;
        }
    }
}
