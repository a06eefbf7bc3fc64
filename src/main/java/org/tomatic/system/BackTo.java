package org.tomatic.system;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

/** Where a small form (a message to the team, the theme) sends the person back: the page it was sent from. */
public final class BackTo {

    private BackTo() {
    }

    /**
     * The page the request came from, as a path of this site (never another site's address), or "/".
     *
     * @param refuse a path prefix not to go back to (the form's own address), or null
     */
    public static String referringPage(HttpServletRequest request, String refuse) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return "/";
        }
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")
                || (refuse != null && path.startsWith(refuse))) {
                return "/";
            }
            String context = request.getContextPath();
            String local = !context.isEmpty() && path.startsWith(context) ? path.substring(context.length()) : path;
            return (local.isEmpty() ? "/" : local) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
