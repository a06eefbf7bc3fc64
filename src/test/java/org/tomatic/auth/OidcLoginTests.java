package org.tomatic.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tomatic.TestPeople.person;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.IntegrationTest;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;

/** Single sign-on against a real OIDC provider (mock-oauth2-server), through real HTTP redirects. */
class OidcLoginTests extends IntegrationTest {

    @Autowired
    PersonRepository people;

    private final HttpClient browser = HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.ALWAYS)
        .build();

    @Test
    void theLoginPageOffersTheProvider() throws Exception {
        assertThat(get("/login").body()).contains("Log in with Test SSO").contains("/oauth2/authorization/sso");
    }

    @Test
    void aVerifiedEmailOfAPersonLogsThatPersonIn() throws Exception {
        people.insert(person("carla", Role.COORDINATOR));
        nextSsoLogin("Carla@Example.coop", true);

        HttpResponse<String> landing = get("/oauth2/authorization/sso");

        assertThat(landing.uri().getPath()).isEqualTo("/");
        assertThat(landing.body()).contains("id=\"current-user\"").contains(">carla<");
        assertThat(get("/people/carla/edit").statusCode()).isEqualTo(200);
    }

    @Test
    void aSingleSignOnSessionEndsWhenThePersonIsDeactivated() throws Exception {
        people.insert(person("carla", Role.COORDINATOR));
        nextSsoLogin("carla@example.coop", true);
        assertThat(get("/oauth2/authorization/sso").uri().getPath()).isEqualTo("/");
        assertThat(get("/people").statusCode()).isEqualTo(200);

        people.update(people.findById("carla").orElseThrow().withActive(false));

        HttpResponse<String> after = get("/people");
        assertThat(after.uri().getPath()).isEqualTo("/login");
        assertThat(after.uri().getQuery()).isEqualTo("ended");
        assertThat(after.body()).contains("Your session has ended");
    }

    @Test
    void anUnknownEmailIsRefusedWithAClearPage() throws Exception {
        nextSsoLogin("stranger@example.org", true);

        HttpResponse<String> landing = get("/oauth2/authorization/sso");

        assertThat(landing.uri().getPath()).isEqualTo("/login/refused");
        assertThat(landing.body()).contains("No active person in Tomatic has the email stranger@example.org");
        assertThat(get("/people").uri().getPath()).isEqualTo("/login");
    }

    @Test
    void anUnverifiedEmailIsRefused() throws Exception {
        people.insert(person("carla", Role.COORDINATOR));
        nextSsoLogin("carla@example.coop", false);

        HttpResponse<String> landing = get("/oauth2/authorization/sso");

        assertThat(landing.uri().getPath()).isEqualTo("/login/refused");
        assertThat(landing.body()).contains("did not give a verified email");
    }

    @Test
    void anInactivePersonIsRefused() throws Exception {
        people.insert(person("carla", Role.COORDINATOR).withActive(false));
        nextSsoLogin("carla@example.coop", true);

        assertThat(get("/oauth2/authorization/sso").uri().getPath()).isEqualTo("/login/refused");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    }
}
