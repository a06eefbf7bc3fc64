package org.tomatic.system;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * The language links of every page lead to the same page in the other language: same path, same
 * query (the week shown, a filter…), only {@code lang} replaced.
 */
@ControllerAdvice
class LanguageLinks {

    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks(HttpServletRequest request) {
        return Map.of("ca", link(request, "ca"), "en", link(request, "en"));
    }

    /** The page's path within the application, for the menu to mark where the person is. */
    @ModelAttribute("navPath")
    String navPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.isEmpty() ? "/" : path;
    }

    /** Path and query only (as the request has them, still encoded), so a proxy in front changes nothing. */
    private static String link(HttpServletRequest request, String language) {
        UriComponents uri = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", language).build();
        return uri.getPath() + "?" + uri.getQuery();
    }
}
