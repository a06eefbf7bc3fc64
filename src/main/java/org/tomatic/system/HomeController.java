package org.tomatic.system;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tomatic.availability.AvailabilityService;

/** The start page: this week at a glance and one's own availability; the timetable and queue come later. */
@Controller
class HomeController {

    private final TurnGridRepository grid;
    private final AvailabilityService availability;
    private final Clock clock;

    HomeController(TurnGridRepository grid, AvailabilityService availability, Clock clock) {
        this.grid = grid;
        this.availability = availability;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Authentication auth, Model model) {
        TurnGrid turnGrid = grid.get();
        LocalDate today = LocalDate.now(clock.withZone(turnGrid.timeZone()));
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        model.addAttribute("grid", turnGrid);
        model.addAttribute("monday", monday);
        model.addAttribute("today", today);
        model.addAttribute("myBusy", availability.busyOf(auth.getName()));
        model.addAttribute("holidays", availability.holidays().stream()
            .filter(h -> !h.date().isBefore(today)).limit(5).toList());
        return "system/home";
    }
}
