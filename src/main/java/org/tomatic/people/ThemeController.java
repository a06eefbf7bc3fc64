package org.tomatic.people;

import java.net.URI;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Each person picks a light or dark theme, or follows their system; the choice goes with them to any device. */
@Controller
class ThemeController {

    private static final Set<String> THEMES = Set.of("light", "dark");

    private final PersonRepository people;

    ThemeController(PersonRepository people) {
        this.people = people;
    }

    @PostMapping("/me/theme")
    String choose(@RequestParam(defaultValue = "system") String theme, Authentication auth,
                  HttpServletRequest request) {
        people.setTheme(auth.getName(), THEMES.contains(theme) ? theme : null);
        return "redirect:" + back(request);
    }

    /** Back to the page the choice was made on: a path of this site only. */
    private static String back(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        try {
            URI uri = referer == null ? null : URI.create(referer);
            String path = uri == null ? null : uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
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
