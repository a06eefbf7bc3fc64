package org.tomatic.auth;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;

/** Web security; absent in CLI runs, which have no web server. */
@Configuration
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfig {

    /** Pages anyone may see: the login page itself, static assets and the health probes (a load balancer's). */
    private static final String[] PUBLIC = {
        "/login", "/login/refused", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/favicon.svg",
        "/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness", "/error",
        // Calendar feeds: calendar apps cannot log in; the secret token in the URL is the key.
        "/calendar/*.ics", "/calendar/team/*.ics",
        // The incoming-call webhook checks its own token (tomatic.calls.incoming-token).
        IncomingCallWebhook.PATH
    };

    /**
     * Scripts only from Tomatic itself (no inline script or handler: tomatic.js attaches behaviour by data-
     * attributes); inline styles stay allowed for the few style attributes and htmx's indicator style.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
        + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidc,
                                            PersonOidcUserService oidcUsers, ApiTokens apiTokens, SessionRights sessionRights,
                                            LoginAttempts loginAttempts,
                                            @Value("${tomatic.auth.local-accounts:true}") boolean localAccounts)
        throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(PUBLIC).permitAll()
                .requestMatchers("/actuator/**").hasRole("ADMIN")
                .requestMatchers("/staffing", "/staffing/**").hasRole("COORDINATOR")
                .anyRequest().authenticated())
            .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(
                    org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
            // API calls with a bearer token carry no cookie, so no CSRF token either.
            .csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter::hasBearer, IncomingCallWebhook::matches))
            .addFilterBefore(new BearerTokenFilter(apiTokens),
                org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class)
            .addFilterBefore(loginAttempts.filter(),
                org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class)
            .addFilterBefore(sessionRights.filter(), org.springframework.security.web.access.intercept.AuthorizationFilter.class)
            .exceptionHandling(e -> e
                // The API answers 401; everything else goes to the login page.
                .defaultAuthenticationEntryPointFor(
                    new org.springframework.security.web.authentication.HttpStatusEntryPoint(
                        org.springframework.http.HttpStatus.UNAUTHORIZED),
                    request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/"))
                .defaultAuthenticationEntryPointFor(
                    new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/login"),
                    request -> true)
                .accessDeniedHandler(SecurityConfig::refuse));
        if (localAccounts) {
            http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll());
        }
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(login -> login
                .loginPage("/login")
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers))
                .failureUrl("/login/refused"));
        }
        return http.build();
    }

    /**
     * A refusal (a role that may not, a missing or forged CSRF token) is always 403: JSON on the API, the
     * app's "Not allowed" page elsewhere, whatever the request's method.
     */
    private static void refuse(jakarta.servlet.http.HttpServletRequest request,
                               jakarta.servlet.http.HttpServletResponse response,
                               org.springframework.security.access.AccessDeniedException denied)
        throws java.io.IOException, jakarta.servlet.ServletException {
        if (response.isCommitted()) {
            return;
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json");
            String sentence = denied instanceof org.springframework.security.web.csrf.CsrfException
                ? "The request's security token is missing or out of date; reload the page and try again."
                : "Your role does not allow this.";
            response.getWriter().write("{\"error\": \"" + sentence + "\", \"message\": \"" + sentence + "\"}");
            return;
        }
        FORBIDDEN_PAGE.handle(request, response, denied);
    }

    private static final org.springframework.security.web.access.AccessDeniedHandlerImpl FORBIDDEN_PAGE =
        forbiddenPage();

    private static org.springframework.security.web.access.AccessDeniedHandlerImpl forbiddenPage() {
        var handler = new org.springframework.security.web.access.AccessDeniedHandlerImpl();
        handler.setErrorPage("/error/403");
        return handler;
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
            ROLE_ADMIN > ROLE_COORDINATOR
            ROLE_COORDINATOR > ROLE_AGENT""");
    }
}
