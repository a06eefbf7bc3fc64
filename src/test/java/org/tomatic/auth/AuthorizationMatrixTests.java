package org.tomatic.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tomatic.IntegrationTest;
import org.tomatic.TestPeople;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;

/**
 * Every mapped endpoint × every caller (anonymous, agent, coordinator, admin, an agent's API token) against the
 * table in the README ("Every endpoint"): a role below the row's gets 403 (before any parameter is read), a role
 * at or above it is let through (whatever the endpoint then says of the missing parameters — but never a server
 * error), no login goes to the login page (401 on the API). Also: every endpoint is in the table, and every row
 * of the table is an endpoint.
 */
class AuthorizationMatrixTests extends IntegrationTest {

    private static final Pattern ROW = Pattern.compile("^\\| (GET|POST|PATCH|PUT|DELETE) \\| `([^`]+)` \\| ([^|]+) \\|$");
    private static final List<String> RANKS = List.of("anyone", "agent", "coordinator", "admin");
    private static final String AGENT = "magent";
    private static final String OTHER = "mother";
    private static final Map<String, String> VALUES = Map.of("week", "2026-11-30", "monday", "2026-11-30",
        "day", "MONDAY", "turn", "0", "line", "0", "kind", "HOLIDAY", "date", "2026-12-25", "code", "zz",
        "lang", "en", "token", "not-a-token");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    PersonRepository people;

    @Autowired
    ApiTokens tokens;

    record Row(String method, String path, String who) {
        String key() {
            return method + " " + path;
        }
    }

    static List<Row> readmeTable() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String table = readme.substring(readme.indexOf("<!-- authorization-matrix -->"),
            readme.indexOf("<!-- /authorization-matrix -->"));
        List<Row> rows = new ArrayList<>();
        for (String line : table.split("\n")) {
            Matcher m = ROW.matcher(line.strip());
            if (m.matches()) {
                rows.add(new Row(m.group(1), m.group(2), m.group(3).strip()));
            }
        }
        return rows;
    }

    @Test
    void theTableNamesEveryEndpointAndNothingElse() throws Exception {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String path : info.getPatternValues()) {
                if (!path.startsWith("/error")) {
                    info.getMethodsCondition().getMethods().forEach(m -> mapped.add(m.name() + " " + path));
                }
            }
        });
        Set<String> documented = new TreeSet<>();
        readmeTable().forEach(r -> documented.add(r.key()));

        assertThat(documented).as("README rows").containsExactlyInAnyOrderElementsOf(mapped);
    }

    @Test
    void everyCallerGetsWhatTheTableSays() throws Exception {
        String agentToken = tokens.create("matrix", Role.AGENT, "admin");
        List<String> wrong = new ArrayList<>();
        for (Row row : readmeTable()) {
            team();
            String who = row.who();
            boolean api = row.path().startsWith("/api/");
            // anonymous
            check(wrong, row, "anonymous", null, row.path(), expectNoLogin(who, api));
            // an agent's token only counts on the API; elsewhere it is no login at all
            check(wrong, row, "agent token", agentToken, row.path(), api ? expectFor(who, "agent", api)
                : expectNoLogin(who, api));
            for (String role : List.of("agent", "coordinator", "admin")) {
                check(wrong, row, role, role, row.path(), expectFor(who, role, api));
            }
            if (who.startsWith("agent (own") && row.path().contains("/people/{id}")) {
                check(wrong, row, "agent for someone else", "agent-other", row.path(), Expect.REFUSED);
            }
        }
        assertThat(wrong).as("endpoints that do not do what the README table says").isEmpty();
    }

    private void team() {
        for (var p : List.of(TestPeople.person(AGENT, Role.AGENT), TestPeople.person(OTHER, Role.AGENT),
            TestPeople.person("mcoord", Role.COORDINATOR))) {
            if (!people.exists(p.id())) {
                people.insert(p);
            }
        }
    }

    enum Expect { LOGIN, REFUSED, LET_THROUGH, NOT_FOUND, OWN_SECRET }

    private static Expect expectNoLogin(String who, boolean api) {
        return switch (who) {
            case "anyone" -> Expect.LET_THROUGH;
            case "feed token" -> Expect.NOT_FOUND;
            case "webhook token" -> Expect.OWN_SECRET;
            default -> Expect.LOGIN;
        };
    }

    private static Expect expectFor(String who, String role, boolean api) {
        return switch (who) {
            case "feed token" -> Expect.NOT_FOUND;
            case "webhook token" -> Expect.OWN_SECRET;
            // someone else's profile: administrators only
            case "agent (own profile)" -> role.equals("coordinator") ? Expect.REFUSED : Expect.LET_THROUGH;
            default -> RANKS.indexOf(role) >= RANKS.indexOf(who.replace(" (own)", ""))
                ? Expect.LET_THROUGH : Expect.REFUSED;
        };
    }

    private void check(List<String> wrong, Row row, String caller, String as, String path, Expect expect)
        throws Exception {
        String target = path.startsWith("/people/{id}") && ("agent".equals(as) || "agent-other".equals(as))
            ? ("agent".equals(as) ? AGENT : OTHER) : OTHER;
        String url = fill(path, target);
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(row.method()), url);
        if (!"GET".equals(row.method())) {
            request.with(csrf()).contentType("application/x-www-form-urlencoded");
        }
        if (as != null && as.startsWith("tmt_")) {
            request.header("Authorization", "Bearer " + as);
        } else if (as != null) {
            String role = "agent-other".equals(as) ? "agent" : as;
            String name = switch (role) {
                case "agent" -> AGENT;
                case "coordinator" -> "mcoord";
                default -> "admin";
            };
            request.with(user(name).roles(role.toUpperCase()));
        }
        MockHttpServletResponse response;
        try {
            response = mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            wrong.add(row.key() + " as " + caller + ": expected " + expect + ", but it threw " + e);
            return;
        }
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        boolean toLogin = status == 302 && location != null && location.endsWith("/login");
        boolean ok = switch (expect) {
            case LOGIN -> row.path().startsWith("/api/") ? status == 401 : toLogin;
            case REFUSED -> status == 403;
            case LET_THROUGH -> status != 401 && status != 403 && status < 500 && !toLogin;
            case NOT_FOUND -> status == 404;
            case OWN_SECRET -> status == 401 || status == 403;
        };
        if (!ok) {
            wrong.add(row.key() + " as " + caller + ": expected " + expect + ", got " + status
                + (location != null ? " → " + location : ""));
        }
    }

    private static String fill(String path, String personId) {
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = name.equals("id") && path.startsWith("/people/") ? personId
                : VALUES.getOrDefault(name, "999999");
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
