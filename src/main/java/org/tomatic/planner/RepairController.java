package org.tomatic.planner;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tomatic.people.CurrentUser;
import org.tomatic.planner.solver.UnsolvableException;
import org.tomatic.system.ConflictException;
import org.tomatic.system.ValidationException;
import org.tomatic.timetable.EditRejected;
import org.tomatic.people.PersonRepository;
import org.tomatic.timetable.TimetableRepository;

/** Repair a week around an absence: propose (a preview of the changed cells), then apply. */
@Controller
@RequestMapping("/timetable/{week}/repair")
@PreAuthorize("hasRole('COORDINATOR')")
class RepairController {

    private final Repair repair;
    private final PersonRepository people;
    private final TimetableRepository timetables;

    RepairController(Repair repair, PersonRepository people, TimetableRepository timetables) {
        this.repair = repair;
        this.people = people;
        this.timetables = timetables;
    }

    @PostMapping
    String propose(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
                   @RequestParam String person,
                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model,
                   RedirectAttributes redirect) {
        if (to.isBefore(from)) {
            redirect.addFlashAttribute("flashErrorText", "The absence ends before it starts.");
            return "redirect:/timetable?week=" + week;
        }
        try {
            model.addAttribute("proposal", repair.propose(week, person, from, to));
            // The preview speaks in names and turn times, not ids and turn numbers.
            java.util.Map<String, String> names = new java.util.HashMap<>();
            people.findAll().forEach(p -> names.put(p.id(), p.name()));
            model.addAttribute("names", names);
            model.addAttribute("boundaries", timetables.find(week).map(t -> t.boundaries()).orElse(List.of()));
            return "timetable/repair";
        } catch (UnsolvableException | IllegalArgumentException e) {
            redirect.addFlashAttribute("flashErrorText", "No repair possible: " + e.getMessage());
            return "redirect:/timetable?week=" + week;
        }
    }

    @PostMapping("/apply")
    String apply(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
                 @RequestParam String person,
                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam int version, @RequestParam(name = "change", required = false) List<String> changes,
                 Authentication auth, RedirectAttributes redirect) {
        List<Repair.CellChange> cells = new ArrayList<>();
        for (String c : changes == null ? List.<String>of() : changes) {
            String[] p = c.split("/", -1);
            cells.add(new Repair.CellChange(DayOfWeek.valueOf(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]),
                p[3].isEmpty() ? null : p[3], p[4].isEmpty() ? null : p[4]));
        }
        try {
            int applied = repair.apply(new Repair.Proposal(week, person, from, to, version, cells, 0),
                CurrentUser.of(auth));
            redirect.addFlashAttribute("flashText", "Repair applied: " + applied + " cells changed; the absence is recorded.");
        } catch (EditRejected | ConflictException | ValidationException e) {
            redirect.addFlashAttribute("flashErrorText", "The repair was not applied: " + e.getMessage());
        }
        return "redirect:/timetable?week=" + week;
    }
}
