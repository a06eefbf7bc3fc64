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

    /** Pages anyone may see: the login page itself, static assets and the health probe. */
    private static final String[] PUBLIC = {
        "/login", "/login/refused", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/favicon.svg",
        "/actuator/health", "/error",
        // Calendar feeds: calendar apps cannot log in; the secret token in the URL is the key.
        "/calendar/*.ics", "/calendar/team/*.ics",
        // The incoming-call webhook checks its own token (tomatic.calls.incoming-token).
        IncomingCallWebhook.PATH
    };

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidc,
                                            PersonOidcUserService oidcUsers, ApiTokens apiTokens,
                                            @Value("${tomatic.auth.local-accounts:true}") boolean localAccounts)
        throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(PUBLIC).permitAll()
                .requestMatchers("/actuator/**").hasRole("ADMIN")
                .requestMatchers("/staffing", "/staffing/**").hasRole("COORDINATOR")
                .anyRequest().authenticated())
            .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
            // API calls with a bearer token carry no cookie, so no CSRF token either.
            .csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter::hasBearer, IncomingCallWebhook::matches))
            .addFilterBefore(new BearerTokenFilter(apiTokens),
                org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class)
            .exceptionHandling(e -> e
                // The API answers 401; everything else goes to the login page.
                .defaultAuthenticationEntryPointFor(
                    new org.springframework.security.web.authentication.HttpStatusEntryPoint(
                        org.springframework.http.HttpStatus.UNAUTHORIZED),
                    request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/"))
                .defaultAuthenticationEntryPointFor(
                    new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/login"),
                    request -> true)
                .accessDeniedPage("/error/403"));
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

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
            ROLE_ADMIN > ROLE_COORDINATOR
            ROLE_COORDINATOR > ROLE_AGENT""");
    }
}
