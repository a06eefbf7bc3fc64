package org.tomatic.auth;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** The application's real security rules, for @WebMvcTest slices. */
@TestConfiguration
@Import({SecurityConfig.class, PersonOidcUserService.class})
public class WebSecurityTestConfig {
}
