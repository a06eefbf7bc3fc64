package org.tomatic.timetable;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.system.AuditLog;
import org.tomatic.system.Bounds;
import org.tomatic.system.TurnGrid;
import org.tomatic.system.TurnGridRepository;

/**
 * The fixed-turns template (weekday × turn × line → person, or "nobody" to keep the line empty),
 * edited as one grid by coordinators; the planner tries to honour it.
 */
@Controller
@RequestMapping("/fixed-turns")
class FixedTurnsController {

    static final String NOBODY = "-";

    private final ForcedTurnRepository fixed;
    private final TurnGridRepository grid;
    private final PersonRepository people;
    private final AuditLog audit;

    FixedTurnsController(ForcedTurnRepository fixed, TurnGridRepository grid, PersonRepository people, AuditLog audit) {
        this.fixed = fixed;
        this.grid = grid;
        this.people = people;
        this.audit = audit;
    }

    @GetMapping
    String page(@RequestParam(required = false) Integer lines, Model model) {
        TurnGrid turnGrid = grid.get();
        List<ForcedTurn> all = fixed.all();
        int used = all.stream().mapToInt(f -> f.line() + 1).max().orElse(0);
        if (lines != null) {
            Bounds.between("lines", "The number of lines", lines, 1, TurnGrid.MAX_LINES);
        }
        int shown = Math.max(1, lines != null ? lines : Math.max(used, turnGrid.lines()));
        Map<String, String> cells = new HashMap<>();
        all.forEach(f -> cells.put(f.day() + "/" + f.turn() + "/" + f.line(), f.personId() == null ? NOBODY : f.personId()));
        model.addAttribute("grid", turnGrid);
        model.addAttribute("lines", shown);
        model.addAttribute("cells", cells);
        model.addAttribute("fingerprint", fingerprint(all));
        model.addAttribute("people", people.findAll().stream().filter(Person::active).toList());
        return "timetable/fixed";
    }

    @PostMapping
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    String save(@RequestParam Map<String, String> form, @RequestParam int lines, @RequestParam String fingerprint,
                Authentication auth, RedirectAttributes redirect) {
        List<ForcedTurn> before = fixed.all();
        if (!fingerprint.equals(fingerprint(before))) {
            redirect.addFlashAttribute("flashErrorText",
                "Someone else changed the fixed turns meanwhile; your changes were not saved. Here is theirs.");
            return "redirect:/fixed-turns";
        }
        TurnGrid turnGrid = grid.get();
        List<ForcedTurn> after = new ArrayList<>();
        for (DayOfWeek day : turnGrid.weekdays()) {
            for (int turn = 0; turn < turnGrid.turns(); turn++) {
                for (int line = 0; line < lines; line++) {
                    String value = form.getOrDefault("cell/" + day + "/" + turn + "/" + line, "");
                    if (value.equals(NOBODY)) {
                        after.add(new ForcedTurn(day, turn, line, null));
                    } else if (!value.isBlank()) {
                        if (!people.exists(value)) {
                            redirect.addFlashAttribute("flashErrorText", "There is no person " + value + ".");
                            return "redirect:/fixed-turns";
                        }
                        after.add(new ForcedTurn(day, turn, line, value));
                    }
                }
            }
        }
        fixed.replaceAll(after);
        audit.record(auth.getName(), "fixed-turns", "template", "update", before.size() + " → " + after.size()
            + " fixed cells");
        redirect.addFlashAttribute("flashText", "Fixed turns saved (" + after.size() + " cells).");
        return "redirect:/fixed-turns?lines=" + lines;
    }

    /** A short digest of the template, so that a stale form cannot overwrite someone else's save. */
    static String fingerprint(List<ForcedTurn> all) {
        return Integer.toHexString(all.stream().map(ForcedTurn::toString).sorted().toList().hashCode());
    }
}
