package org.tomatic.timetable;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;

/** Agents ask colleagues to swap turns, and answer the requests made to them. */
@Controller
@RequestMapping("/timetable/{week}/swap-requests")
class SwapRequestsController {

    private final SwapRequests requests;
    private final ChangeWords words;
    private final PersonRepository people;

    SwapRequestsController(SwapRequests requests, ChangeWords words, PersonRepository people) {
        this.requests = requests;
        this.words = words;
        this.people = people;
    }

    @PostMapping
    String request(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
                   @RequestParam String mine, @RequestParam String theirs,
                   @RequestParam(defaultValue = "") String reason, Authentication auth, RedirectAttributes redirect,
                   Locale locale) {
        try {
            var request = requests.request(week, mine, theirs, reason, auth.getName());
            String colleague = people.findById(request.colleague()).map(Person::name).orElse(request.colleague());
            redirect.addFlashAttribute("flashText", words.message("swaps.requested", locale, colleague));
        } catch (EditRejected e) {
            redirect.addFlashAttribute("flashErrorText", words.refusal(e, locale));
        }
        return "redirect:/timetable?week=" + week;
    }

    @PostMapping("/{id}")
    String decide(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week, @PathVariable long id,
                  @RequestParam boolean accept, Authentication auth, RedirectAttributes redirect, Locale locale) {
        try {
            var decided = requests.decide(id, accept, auth.getName());
            switch (decided.state()) {
                case ACCEPTED -> redirect.addFlashAttribute("flashText", words.message("swaps.done", locale));
                case FAILED -> redirect.addFlashAttribute("flashErrorText",
                    words.message("swaps.failed", locale, decided.outcome()));
                default -> redirect.addFlashAttribute("flashText", words.message("swaps.declined", locale));
            }
        } catch (EditRejected e) {
            redirect.addFlashAttribute("flashErrorText", words.refusal(e, locale));
        }
        return "redirect:/timetable?week=" + week;
    }
}
