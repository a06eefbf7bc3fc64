package org.tomatic.system;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/grid")
@PreAuthorize("hasRole('ADMIN')")
class TurnGridController {

    private final TurnGridRepository repository;
    private final AuditLog audit;

    TurnGridController(TurnGridRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("grid", repository.get());
        model.addAttribute("allDays", DayOfWeek.values());
        return "system/grid";
    }

    @PostMapping
    String save(@RequestParam(required = false) List<DayOfWeek> weekdays, @RequestParam String boundaries,
                @RequestParam int lines, @RequestParam String timeZone, @RequestParam int maxPerDay,
                @RequestParam double maxOverload, @RequestParam int maxHolesPerTurn, @RequestParam int version,
                Authentication auth, RedirectAttributes redirect) {
        try {
            TurnGrid before = repository.get();
            TurnGrid grid = new TurnGrid(weekdays == null ? List.of() : weekdays.stream().sorted().toList(),
                parseBoundaries(boundaries), lines, zone(timeZone), maxPerDay, maxOverload,
                maxHolesPerTurn, version);
            validate(grid);
            repository.save(grid);
            audit.record(auth.getName(), "turn-grid", "1", "update", before + " → " + grid);
            redirect.addFlashAttribute("flash", "grid.saved");
        } catch (ValidationException | ConflictException e) {
            redirect.addFlashAttribute("flashErrorText", e.getMessage());
        }
        return "redirect:/admin/grid";
    }

    /** Times as people type them ("9:00", "09:00"); one that is not a time of day is named in a sentence. */
    static List<LocalTime> parseBoundaries(String text) {
        List<LocalTime> times = new ArrayList<>();
        for (String part : Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).toList()) {
            try {
                times.add(LocalTime.parse(part.length() == 4 ? "0" + part : part));
            } catch (java.time.format.DateTimeParseException e) {
                throw ValidationException.of("boundaries", "\"" + (part.length() > 20 ? part.substring(0, 20) + "…" : part)
                    + "\" is not a time of day: write hours and minutes, from 00:00 to 23:59, e.g. 09:00.");
            }
        }
        return times;
    }

    private static ZoneId zone(String text) {
        try {
            return ZoneId.of(text.trim());
        } catch (java.time.DateTimeException e) {
            throw ValidationException.of("timeZone", "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text.trim())
                + "\" is not a time zone: use a name such as Europe/Madrid.");
        }
    }

    static void validate(TurnGrid grid) {
        if (grid.weekdays().isEmpty()) {
            throw ValidationException.of("weekdays", "Pick at least one working weekday.");
        }
        if (grid.boundaries().size() < 2) {
            throw ValidationException.of("boundaries", "Give at least two times (one turn).");
        }
        for (int i = 1; i < grid.boundaries().size(); i++) {
            if (!grid.boundaries().get(i).isAfter(grid.boundaries().get(i - 1))) {
                throw ValidationException.of("boundaries", "Turn boundaries must be in increasing order.");
            }
        }
        if (grid.turns() > TurnGrid.MAX_TURNS) {
            throw ValidationException.of("boundaries", "At most " + TurnGrid.MAX_TURNS + " turns a day.");
        }
        if (grid.lines() < 1 || grid.lines() > TurnGrid.MAX_LINES) {
            throw ValidationException.of("lines", "Lines must be between 1 and " + TurnGrid.MAX_LINES + ".");
        }
        if (grid.maxPerDay() < 1 || grid.maxPerDay() > grid.turns()) {
            throw ValidationException.of("maxPerDay", "The daily maximum must be between 1 and the number of turns.");
        }
        if (grid.maxOverload() < 0 || grid.maxHolesPerTurn() < 0) {
            throw ValidationException.of("maxOverload", "Limits cannot be negative.");
        }
    }
}
