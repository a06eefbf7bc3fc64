package org.tomatic.auth;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** The login form's side of {@link LoginThrottle}: refuses throttled attempts, counts the outcome of the others. */
@Component
class LoginAttempts {

    private final LoginThrottle throttle;

    LoginAttempts(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token
            && token.getDetails() instanceof WebAuthenticationDetails details) {
            throttle.failed(token.getName(), details.getRemoteAddress());
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token
            && token.getDetails() instanceof WebAuthenticationDetails) {
            throttle.succeeded(token.getName());
        }
    }

    /** Runs before the form login: a throttled attempt never reaches the password check. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !"POST".equals(request.getMethod())
                    || !request.getRequestURI().equals(request.getContextPath() + "/login");
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                String username = request.getParameter("username");
                String address = request.getRemoteAddr();
                LoginThrottle.Verdict verdict = throttle.check(username, address);
                switch (verdict.kind()) {
                    case ALLOWED -> chain.doFilter(request, response);
                    case WAIT -> {
                        throttle.failed(username, address);
                        long seconds = Math.max(1, (verdict.waitFor().toMillis() + 999) / 1000);
                        response.sendRedirect(request.getContextPath() + "/login?wait=" + seconds);
                    }
                    case LOCKED -> {
                        long minutes = Math.max(1, (verdict.waitFor().toSeconds() + 59) / 60);
                        response.sendRedirect(request.getContextPath() + "/login?locked=" + minutes);
                    }
                }
            }
        };
    }
}
