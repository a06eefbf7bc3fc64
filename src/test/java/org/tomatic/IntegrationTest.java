package org.tomatic;

import java.util.List;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The one shared application context for integration tests: the real application on a random
 * port, an in-memory H2 database, and a real OIDC provider (mock-oauth2-server) for SSO logins.
 * Every test starts from an empty team (the turn grid and the initial admin stay).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:tomatic-it;DB_CLOSE_DELAY=-1",
    "tomatic.data-dir=target/test-data",
    "tomatic.demo-data=false",
    "spring.thymeleaf.cache=false",
    // The queue is set by the tests themselves, and no simulated caller arrives unasked.
    "tomatic.pbx.switching.enabled=false",
    "tomatic.pbx.simulated.calls-per-hour=0",
    // Simulated agents answer within 1–2 s; an unanswered ring moves on after 4 s.
    "tomatic.pbx.simulated.ring-time=2s",
    "tomatic.pbx.simulated.ring-timeout=4s",
    "tomatic.calls.incoming-token=" + IntegrationTest.INCOMING_TOKEN
})
@AutoConfigureMockMvc
public abstract class IntegrationTest {

    public static final String OIDC_ISSUER = "sso";
    /** The incoming-call webhook's token in tests. */
    public static final String INCOMING_TOKEN = "test-incoming-token";
    protected static final MockOAuth2Server OIDC = startOidc();

    private static MockOAuth2Server startOidc() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start(0);
        return server;
    }

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry registry) {
        String prefix = "spring.security.oauth2.client.";
        registry.add(prefix + "provider.sso.issuer-uri", () -> OIDC.issuerUrl(OIDC_ISSUER).toString());
        registry.add(prefix + "registration.sso.client-id", () -> "tomatic");
        registry.add(prefix + "registration.sso.client-secret", () -> "secret");
        registry.add(prefix + "registration.sso.client-name", () -> "Test SSO");
        registry.add(prefix + "registration.sso.scope", () -> "openid,email,profile");
        // Chat webhooks and email at real peers on the loopback (org.tomatic.notifications.NotificationPeers).
        org.tomatic.notifications.NotificationPeers.register(registry);
    }

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected org.tomatic.pbx.Pbx pbx;

    @LocalServerPort
    protected int port;

    @BeforeEach
    protected void emptyTeam() {
        jdbc.sql("DELETE FROM notification_delivery").update();
        jdbc.sql("DELETE FROM notification_attachment").update();
        jdbc.sql("DELETE FROM notification").update();
        jdbc.sql("DELETE FROM notification_template").update();
        jdbc.sql("DELETE FROM notification_language").update();
        jdbc.sql("DELETE FROM notification_once").update();
        org.tomatic.notifications.NotificationPeers.reset();
        jdbc.sql("DELETE FROM phone_call").update();
        jdbc.sql("DELETE FROM queue_call").update();
        jdbc.sql("DELETE FROM call_category").update();
        jdbc.sql("DELETE FROM busy_entry").update();
        jdbc.sql("DELETE FROM person_leave").update();
        jdbc.sql("DELETE FROM forced_turn").update();
        jdbc.sql("DELETE FROM holiday").update();
        jdbc.sql("DELETE FROM no_service_day").update();
        jdbc.sql("DELETE FROM timetable").update();
        jdbc.sql("DELETE FROM turn_credit").update();
        jdbc.sql("DELETE FROM planning_run").update();
        jdbc.sql("DELETE FROM audit_event").update();
        jdbc.sql("DELETE FROM login_throttle").update();
        jdbc.sql("UPDATE queue_turn SET applied_date = NULL, applied_turn = NULL, applied_at = NULL").update();
        pbx.setMembers(List.of());
        if (pbx instanceof org.tomatic.pbx.simulated.SimulatedPbx simulated) {
            simulated.forgetCallers();
        }
        jdbc.sql("DELETE FROM person WHERE id <> 'admin'").update();
        jdbc.sql("""
            UPDATE person SET ideal_load = NULL, max_per_day = NULL, desk = NULL, email = NULL, extension = NULL,
              active = TRUE, role = 'ADMIN' WHERE id = 'admin'""").update();
        jdbc.sql("DELETE FROM person_group WHERE person_id = 'admin'").update();
        jdbc.sql("""
            UPDATE turn_grid SET weekdays = 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY',
              boundaries = '09:00,10:15,11:30,12:45,14:00', lines = 8, time_zone = 'Europe/Madrid', max_per_day = 2,
              max_overload = 0, max_holes_per_turn = 2""").update();
    }

    /** The next SSO login will be this email. */
    protected static void nextSsoLogin(String email, boolean verified) {
        OIDC.enqueueCallback(new DefaultOAuth2TokenCallback(OIDC_ISSUER, "subject-" + email, "JWT", List.of("tomatic"),
            Map.of("email", email, "email_verified", verified), 3600));
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
