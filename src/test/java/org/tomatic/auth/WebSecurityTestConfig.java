package org.tomatic.auth;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** The application's real security rules, for @WebMvcTest slices (which mock PersonRepository, ApiTokens and LoginThrottle). */
@TestConfiguration
@Import({SecurityConfig.class, PersonOidcUserService.class, SessionRights.class, LoginAttempts.class})
public class WebSecurityTestConfig {
}
