package org.tomatic.timetable;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Agents ask colleagues to swap turns, and answer the requests made to them. */
@Controller
@RequestMapping("/timetable/{week}/swap-requests")
class SwapRequestsController {

    private final SwapRequests requests;

    SwapRequestsController(SwapRequests requests) {
        this.requests = requests;
    }

    @PostMapping
    String request(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
                   @RequestParam String mine, @RequestParam String theirs,
                   @RequestParam(defaultValue = "") String reason, Authentication auth, RedirectAttributes redirect) {
        try {
            var request = requests.request(week, mine, theirs, reason, auth.getName());
            redirect.addFlashAttribute("flashText", "Swap requested: " + request.colleague() + " has to accept it.");
        } catch (EditRejected e) {
            redirect.addFlashAttribute("flashErrorText", e.getMessage());
        }
        return "redirect:/timetable?week=" + week;
    }

    @PostMapping("/{id}")
    String decide(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week, @PathVariable long id,
                  @RequestParam boolean accept, Authentication auth, RedirectAttributes redirect) {
        try {
            var decided = requests.decide(id, accept, auth.getName());
            switch (decided.state()) {
                case ACCEPTED -> redirect.addFlashAttribute("flashText", "Swap done.");
                case FAILED -> redirect.addFlashAttribute("flashErrorText", "The swap was not possible: "
                    + decided.outcome());
                default -> redirect.addFlashAttribute("flashText", "Swap declined.");
            }
        } catch (EditRejected e) {
            redirect.addFlashAttribute("flashErrorText", e.getMessage());
        }
        return "redirect:/timetable?week=" + week;
    }
}
