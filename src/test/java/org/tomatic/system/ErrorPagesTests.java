package org.tomatic.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.tomatic.IntegrationTest;

/** Over real HTTP (MockMvc has no error dispatch): errors nothing else answered get the app's page, or JSON. */
class ErrorPagesTests extends IntegrationTest {

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
        .followRedirects(HttpClient.Redirect.NORMAL).build();

    @org.springframework.beans.factory.annotation.Autowired
    org.tomatic.people.PersonService people;

    private String csrf;

    @org.junit.jupiter.api.BeforeEach
    void logIn() throws Exception {
        people.create(org.tomatic.TestPeople.person("anna", org.tomatic.people.Role.AGENT), "admin");
        people.setPassword("anna", "correct horse", "admin");
        String login = send("GET", "/login", "text/html").body();
        send("POST", "/login", "text/html", "username=anna&password=correct+horse&_csrf=" + token(login));
        csrf = token(send("GET", "/people", "text/html").body());
    }

    private static String token(String html) {
        var m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        return java.net.URLEncoder.encode(m.group(1), java.nio.charset.StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(String method, String path, String accept) throws Exception {
        return send(method, path, accept, null);
    }

    private HttpResponse<String> send(String method, String path, String accept, String form) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Accept", accept);
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        return http.send(request.method(method, form == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anUnknownAddressIsTheAppsNotFoundPageInThePagesLanguage() throws Exception {
        var page = send("GET", "/login/nothing-here", "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<title>Not found</title>", "There is no such page or record.",
            "/css/tomatic.css").doesNotContain("Whitelabel", "Exception");
        var catalan = send("GET", "/login/nothing-here?lang=ca", "text/html");
        assertThat(catalan.body()).contains("No hi ha aquesta pàgina o registre.");
    }

    @Test
    void aMethodTheAddressDoesNotTakeIsTheApps405Page() throws Exception {
        var page = send("POST", "/people/anna/availability", "text/html", "_csrf=" + csrf);
        assertThat(page.statusCode()).isEqualTo(405);
        assertThat(page.body()).contains("This address does not take that kind of request.", "/css/tomatic.css");
    }

    @Test
    void theApiAnswersJsonWithASentence() throws Exception {
        var json = send("GET", "/api/timetables/2026-11-30/swap", "application/json");
        assertThat(json.statusCode()).isEqualTo(405);
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(json.body()).contains("\"message\":\"This address does not take that kind of request.\"")
            .doesNotContain("trace", "exception");
    }

    @Test
    void everyStatusHasItsWords() {
        assertThat(ErrorWords.kind(418)).isEqualTo("400");
        assertThat(ErrorWords.kind(503)).isEqualTo("500");
        assertThat(ErrorWords.sentence(500)).startsWith("Something went wrong on Tomatic's side");
        assertThat(ErrorWords.sentence(409)).contains("Someone else changed it");
    }
}
