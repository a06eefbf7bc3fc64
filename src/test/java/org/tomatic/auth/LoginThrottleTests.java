package org.tomatic.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tomatic.TestPeople.person;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.IntegrationTest;
import org.tomatic.MutableClock;
import org.tomatic.people.PersonService;
import org.tomatic.people.Role;
import org.tomatic.system.AuditLog;

/** Password guessing on the login form is slowed down, then locked; an administrator unlocks. */
class LoginThrottleTests extends IntegrationTest {

    private static final String PASSWORD = "correct horse";

    @Autowired
    PersonService people;

    @Autowired
    AuditLog audit;

    @BeforeEach
    void anna() {
        people.create(person("anna", Role.AGENT), "admin");
        people.setPassword("anna", PASSWORD, "admin");
    }

    @Test
    void twentyWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
        for (int i = 0; i < 20; i++) {
            mvc.perform(formLogin().user("anna").password("guess " + i)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin().user("anna").password(PASSWORD))
            .andExpect(unauthenticated()).andExpect(redirectedUrlPattern("/login?locked=*"));
        mvc.perform(get("/login").param("locked", "15")).andExpect(content().string(
            org.hamcrest.Matchers.containsString("this account is locked for 15 more minutes")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity = 'login' AND action = 'lock'")
            .query(Integer.class).single()).isEqualTo(1);

        mvc.perform(get("/people/anna/login-lock").with(user("admin").roles("ADMIN")))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("login-unlock")));
        mvc.perform(post("/people/anna/unlock").with(user("admin").roles("ADMIN")).with(csrf()))
            .andExpect(redirectedUrl("/people/anna/edit"));
        mvc.perform(get("/people/anna/login-lock").with(user("admin").roles("ADMIN")))
            .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("login-unlock"))));

        mvc.perform(formLogin().user("anna").password(PASSWORD)).andExpect(authenticated());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity = 'login' AND action = 'unlock'")
            .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anAgentCannotUnlock() throws Exception {
        mvc.perform(post("/people/anna/unlock").with(user("anna").roles("AGENT")).with(csrf()))
            .andExpect(status().isForbidden());
    }

    @Test
    void otherAccountsFromTheSameOfficeStillLogIn() throws Exception {
        people.create(person("pau", Role.AGENT), "admin");
        people.setPassword("pau", PASSWORD, "admin");
        for (int i = 0; i < 20; i++) {
            mvc.perform(formLogin().user("anna").password("guess " + i)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin().user("pau").password(PASSWORD)).andExpect(authenticated());
    }

    /** The policy itself, on a clock the test moves. */
    @Test
    void afterFiveFailuresEachAttemptWaitsLongerAndAGoodPasswordForgets() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-03T09:00:00Z"), ZoneOffset.UTC);
        var policy = new LoginThrottleProperties(5, Duration.ofSeconds(1), Duration.ofMinutes(5), 20,
            Duration.ofMinutes(15), 50, 200, Duration.ofHours(1));
        LoginThrottle throttle = new LoginThrottle(jdbc, clock, audit, policy);
        String address = "192.0.2.7";

        for (int i = 0; i < 4; i++) {
            throttle.failed("anna", address);
            assertThat(throttle.check("anna", address).kind()).isEqualTo(LoginThrottle.Verdict.Kind.ALLOWED);
        }
        throttle.failed("anna", address);
        assertThat(throttle.check("anna", address).kind()).isEqualTo(LoginThrottle.Verdict.Kind.WAIT);
        assertThat(throttle.check("anna", address).waitFor()).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.check("anna", address).kind()).isEqualTo(LoginThrottle.Verdict.Kind.ALLOWED);
        throttle.failed("anna", address);
        assertThat(throttle.check("anna", address).waitFor()).isEqualTo(Duration.ofSeconds(2));
        throttle.failed("anna", address);
        assertThat(throttle.check("anna", address).waitFor()).isEqualTo(Duration.ofSeconds(4));
        assertThat(throttle.check("pau", "192.0.2.8").kind()).isEqualTo(LoginThrottle.Verdict.Kind.ALLOWED);

        throttle.succeeded("anna");
        assertThat(throttle.check("anna", address).kind()).isEqualTo(LoginThrottle.Verdict.Kind.ALLOWED);

        for (int i = 0; i < 20; i++) {
            throttle.failed("anna", address);
        }
        assertThat(throttle.check("anna", address).kind()).isEqualTo(LoginThrottle.Verdict.Kind.LOCKED);
        assertThat(throttle.lockedUntil("anna")).contains(clock.instant().plus(Duration.ofMinutes(15)));
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.check("anna", address).kind()).isEqualTo(LoginThrottle.Verdict.Kind.ALLOWED);
        assertThat(throttle.lockedUntil("anna")).isEmpty();

        clock.advance(Duration.ofMinutes(1));
        throttle.failed("anna", address);
        assertThat(throttle.check("anna", address).kind()).as("a run-out lock starts the count anew")
            .isEqualTo(LoginThrottle.Verdict.Kind.ALLOWED);
    }

    @Test
    void theLoginPageSaysHowLongToWait() throws Exception {
        mvc.perform(get("/login").param("wait", "4")).andExpect(content().string(
            org.hamcrest.Matchers.containsString("Too many failed logins: wait 4 seconds and try again.")));
    }
}
