package org.tomatic.people;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the logged-in person in every page model, as {@code me}, and the theme they chose, as {@code theme}. */
@ControllerAdvice
class CurrentUserAdvice {

    private final PersonRepository people;

    CurrentUserAdvice(PersonRepository people) {
        this.people = people;
    }

    /** "light", "dark", or null: the page follows the system's preference. */
    @ModelAttribute("theme")
    String theme() {
        CurrentUser me = me();
        return me == null ? null : people.theme(me.id()).orElse(null);
    }

    @ModelAttribute("me")
    CurrentUser me() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return CurrentUser.of(auth);
    }
}
