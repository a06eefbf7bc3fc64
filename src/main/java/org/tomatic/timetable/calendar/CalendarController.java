package org.tomatic.timetable.calendar;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tomatic.people.CurrentUser;
import org.tomatic.system.TeamTime;

/** Calendar feeds: the secret-URL .ics files (no login) and the page that gives them out. */
@Controller
class CalendarController {

    private static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarTokens tokens;
    private final CalendarFeed feed;
    private final TeamTime teamTime;

    CalendarController(CalendarTokens tokens, CalendarFeed feed, TeamTime teamTime) {
        this.tokens = tokens;
        this.feed = feed;
        this.teamTime = teamTime;
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> personal(@PathVariable String token) {
        return tokens.owner(token).filter(o -> !o.team())
            .map(o -> ResponseEntity.ok().contentType(CALENDAR).body(feed.feed(o.personId(), today())))
            .orElse(ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    @GetMapping("/calendar/team/{token}.ics")
    ResponseEntity<String> team(@PathVariable String token) {
        return tokens.owner(token).filter(CalendarTokens.Owner::team)
            .map(o -> ResponseEntity.ok().contentType(CALENDAR).body(feed.feed(null, today())))
            .orElse(ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    @GetMapping("/calendar")
    String page(Authentication auth, Model model, HttpServletRequest request) {
        CurrentUser me = CurrentUser.of(auth);
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        model.addAttribute("personalUrl", base + "/calendar/" + tokens.tokenOf(me.id()) + ".ics");
        if (me.isCoordinator()) {
            model.addAttribute("teamUrl", base + "/calendar/team/" + tokens.tokenOf(null) + ".ics");
        }
        return "timetable/calendar";
    }

    @PostMapping("/calendar/renew")
    String renew(Authentication auth, RedirectAttributes redirect) {
        tokens.renew(auth.getName(), auth.getName());
        redirect.addFlashAttribute("flash", "calendar.renewed");
        return "redirect:/calendar";
    }

    @PostMapping("/calendar/team/renew")
    @PreAuthorize("hasRole('COORDINATOR')")
    String renewTeam(Authentication auth, RedirectAttributes redirect) {
        tokens.renew(null, auth.getName());
        redirect.addFlashAttribute("flash", "calendar.renewed");
        return "redirect:/calendar";
    }

    private LocalDate today() {
        return teamTime.today();
    }
}
