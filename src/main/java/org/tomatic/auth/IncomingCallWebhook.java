package org.tomatic.auth;

import jakarta.servlet.http.HttpServletRequest;

/** The one API path that is not behind a login or an API token: it has a token of its own. */
final class IncomingCallWebhook {

    static final String PATH = "/api/calls/incoming";

    private IncomingCallWebhook() {
    }

    static boolean matches(HttpServletRequest request) {
        return request.getRequestURI().equals(request.getContextPath() + PATH);
    }
}
