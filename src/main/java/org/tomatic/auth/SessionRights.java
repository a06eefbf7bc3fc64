package org.tomatic.auth;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tomatic.people.CurrentUser;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.PersonRightsChanged;

/**
 * Rights follow the person, not the session: every request of a logged-in session reads the person's active
 * state, role and session epoch (one primary-key lookup). A session of a person who is gone or inactive, or
 * whose epoch moved on (role changed, deactivated, password set), ends at once: the next request goes to the
 * login page (401 for the API and htmx). The session that made the change about its own person keeps going,
 * with the new role.
 */
@Component
class SessionRights {

    /** The session attribute holding the epoch the session logged in under. */
    static final String EPOCH = SessionRights.class.getName() + ".epoch";

    private final PersonRepository people;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SessionRights(PersonRepository people) {
        this.people = people;
    }

    /** A new login, by password or single sign-on, starts at the person's current epoch. */
    @EventListener
    void loggedIn(AuthenticationSuccessEvent event) {
        HttpSession session = currentSession(true);
        if (session != null) {
            people.rights(event.getAuthentication().getName())
                .ifPresent(r -> session.setAttribute(EPOCH, r.sessionEpoch()));
        }
    }

    /** The person changed their own password or role: this session made it and stays; the others end. */
    @EventListener
    void changed(PersonRightsChanged event) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = currentSession(false);
        if (session != null && auth != null && event.personId().equals(auth.getName())) {
            session.setAttribute(EPOCH, Keep.INSTANCE);
        }
    }

    /** Marks the acting session: it takes the epoch its own change leads to on its next request. */
    private enum Keep { INSTANCE }

    private static HttpSession currentSession(boolean create) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getSession(create);
        }
        return null;
    }

    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                if (check(request, response)) {
                    chain.doFilter(request, response);
                }
            }
        };
    }

    /** Whether the request may go on; otherwise the session is ended and the answer written. */
    private boolean check(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        Object epoch = session == null ? null : session.getAttribute(EPOCH);
        // Every login (form or single sign-on) marks its session; a session without the mark has no login.
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken
            || epoch == null || BearerTokenFilter.hasBearer(request)) {
            return true;
        }
        var rights = people.rights(auth.getName()).filter(PersonRepository.Rights::active);
        if (rights.isEmpty() || (epoch instanceof Integer e && e != rights.get().sessionEpoch())) {
            end(request, response, session);
            return false;
        }
        if (!(epoch instanceof Integer)) {
            session.setAttribute(EPOCH, rights.get().sessionEpoch());
        }
        if (CurrentUser.of(auth).role() != rights.get().role()) {
            Authentication now = withRole(auth, rights.get().role().authority());
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(now);
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
        }
        return true;
    }

    private static Authentication withRole(Authentication auth, String authority) {
        var authorities = List.of(new SimpleGrantedAuthority(authority));
        if (auth instanceof OAuth2AuthenticationToken oauth) {
            return new OAuth2AuthenticationToken(oauth.getPrincipal(), authorities,
                oauth.getAuthorizedClientRegistrationId());
        }
        var token = UsernamePasswordAuthenticationToken.authenticated(auth.getPrincipal(), null, authorities);
        token.setDetails(auth.getDetails());
        return token;
    }

    private static void end(HttpServletRequest request, HttpServletResponse response, HttpSession session)
        throws IOException {
        session.invalidate();
        SecurityContextHolder.clearContext();
        String login = request.getContextPath() + "/login?ended";
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Your session has ended; log in again.");
        } else if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", login);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendRedirect(login);
        }
    }
}
