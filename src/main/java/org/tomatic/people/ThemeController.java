package org.tomatic.people;

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
        return "redirect:" + org.tomatic.system.BackTo.referringPage(request, "/me/");
    }
}
