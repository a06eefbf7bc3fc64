package org.tomatic.auth;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates API calls that carry "Authorization: Bearer <token>" as "api:<token name>" with the token's role. */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;

    BearerTokenFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** An API call that carries a bearer token (only those skip the CSRF check: they carry no cookie). */
    static boolean hasBearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.startsWith("Bearer ")
            && request.getRequestURI().startsWith(request.getContextPath() + "/api/")
            && !IncomingCallWebhook.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        if (hasBearer(request)) {
            var token = tokens.find(request.getHeader("Authorization").substring("Bearer ".length()).trim());
            if (token.isEmpty()) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Unknown or revoked API token");
                return;
            }
            var auth = new UsernamePasswordAuthenticationToken("api:" + token.get().name(), null,
                List.of(new SimpleGrantedAuthority(token.get().role().authority())));
            SecurityContextHolder.getContext().setAuthentication(auth);
        }
        chain.doFilter(request, response);
    }
}
