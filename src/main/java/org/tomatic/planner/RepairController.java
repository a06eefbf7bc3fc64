package org.tomatic.planner;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.MessageSource;

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
import org.tomatic.system.TurnWords;
import org.tomatic.system.ValidationException;
import org.tomatic.timetable.EditRejected;
import org.tomatic.people.PersonRepository;
import org.tomatic.timetable.TimetableRepository;

/** Repair a week around an absence: propose (a preview of the changed cells), then apply. */
@Controller
@RequestMapping("/timetable/{week}/repair")
@PreAuthorize("hasRole('COORDINATOR')")
class RepairController {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RepairController.class);

    private final Repair repair;
    private final PersonRepository people;
    private final TimetableRepository timetables;
    private final MessageSource messages;

    RepairController(Repair repair, PersonRepository people, TimetableRepository timetables, MessageSource messages) {
        this.messages = messages;
        this.repair = repair;
        this.people = people;
        this.timetables = timetables;
    }

    @PostMapping
    String propose(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
                   @RequestParam String person,
                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model,
                   RedirectAttributes redirect, Locale locale) {
        if (to.isBefore(from)) {
            redirect.addFlashAttribute("flashError", "repair.endsBeforeStart");
            return "redirect:/timetable?week=" + week;
        }
        try {
            Repair.Proposal proposal = repair.propose(week, person, from, to);
            model.addAttribute("proposal", proposal);
            // The preview speaks in names and turn times, not ids and turn numbers.
            Map<String, String> names = new HashMap<>();
            people.findAll().forEach(p -> names.put(p.id(), p.name()));
            model.addAttribute("names", names);
            List<String> boundaries = timetables.find(week).map(t -> t.boundaries()).orElse(List.of());
            model.addAttribute("boundaries", boundaries);
            model.addAttribute("costDelta", signed(proposal.cost() - proposal.currentCost()));
            model.addAttribute("perPerson", perPerson(proposal.changes(), names, boundaries, locale));
            return "timetable/repair";
        } catch (UnsolvableException | IllegalArgumentException e) {
            log.warn("No repair of the week of {} around {}'s absence: {}", week, person, e.getMessage());
            redirect.addFlashAttribute("flashError", "repair.impossible");
            return "redirect:/timetable?week=" + week;
        }
    }

    static String signed(long delta) {
        return delta > 0 ? "+" + delta : String.valueOf(delta);
    }

    /**
     * What the repair changes for each person, in words: "Marta Puig: +2 turns (Tuesday 09:00–10:15, Wednesday
     * 11:30–12:45)"; the absent person's line says the turns they lose. By name.
     */
    List<String> perPerson(List<Repair.CellChange> changes, Map<String, String> names, List<String> boundaries,
                           Locale locale) {
        Map<String, List<Repair.CellChange>> gains = new TreeMap<>();
        Map<String, List<Repair.CellChange>> losses = new TreeMap<>();
        for (Repair.CellChange c : changes) {
            if (c.after() != null) {
                gains.computeIfAbsent(c.after(), k -> new ArrayList<>()).add(c);
            }
            if (c.before() != null) {
                losses.computeIfAbsent(c.before(), k -> new ArrayList<>()).add(c);
            }
        }
        java.util.Set<String> everyone = new java.util.TreeSet<>(java.util.Comparator
            .comparing((String id) -> names.getOrDefault(id, id), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(java.util.Comparator.naturalOrder()));
        everyone.addAll(gains.keySet());
        everyone.addAll(losses.keySet());
        List<String> lines = new ArrayList<>();
        for (String id : everyone) {
            List<String> parts = new ArrayList<>();
            if (gains.containsKey(id)) {
                parts.add(messages.getMessage("repair.gains", new Object[] {gains.get(id).size(),
                    when(gains.get(id), boundaries, locale)}, locale));
            }
            if (losses.containsKey(id)) {
                parts.add(messages.getMessage("repair.loses", new Object[] {losses.get(id).size(),
                    when(losses.get(id), boundaries, locale)}, locale));
            }
            lines.add(names.getOrDefault(id, id) + ": " + String.join("; ", parts));
        }
        return lines;
    }

    private static String when(List<Repair.CellChange> cells, List<String> boundaries, Locale locale) {
        return cells.stream().sorted(java.util.Comparator.comparing(Repair.CellChange::day)
                .thenComparingInt(Repair.CellChange::turn))
            .map(c -> TurnWords.day(c.day(), locale) + " " + TurnWords.turn(boundaries, c.turn()))
            .collect(java.util.stream.Collectors.joining(", "));
    }

    @PostMapping("/apply")
    String apply(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
                 @RequestParam String person,
                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam int version, @RequestParam(name = "change", required = false) List<String> changes,
                 Authentication auth, RedirectAttributes redirect, Locale locale) {
        List<Repair.CellChange> cells = new ArrayList<>();
        for (String c : changes == null ? List.<String>of() : changes) {
            String[] p = c.split("/", -1);
            cells.add(new Repair.CellChange(DayOfWeek.valueOf(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]),
                p[3].isEmpty() ? null : p[3], p[4].isEmpty() ? null : p[4]));
        }
        try {
            int applied = repair.apply(new Repair.Proposal(week, person, from, to, version, cells, 0, 0),
                CurrentUser.of(auth));
            redirect.addFlashAttribute("flashText", messages.getMessage("repair.applied", new Object[] {applied},
                locale));
        } catch (EditRejected | ConflictException | ValidationException e) {
            String why = e instanceof EditRejected r ? r.in(messages, locale) : e.getMessage();
            redirect.addFlashAttribute("flashErrorText", messages.getMessage("repair.notApplied", new Object[] {why},
                locale));
        }
        return "redirect:/timetable?week=" + week;
    }
}
