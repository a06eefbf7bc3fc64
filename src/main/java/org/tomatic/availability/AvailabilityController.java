package org.tomatic.availability;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tomatic.people.CurrentUser;
import org.tomatic.people.PersonService;
import org.tomatic.system.ConflictException;
import org.tomatic.system.TurnGrid;
import org.tomatic.system.TextLimits;
import org.tomatic.system.TurnGridRepository;
import org.tomatic.system.ValidationException;

@Controller
class AvailabilityController {

    private final AvailabilityService service;
    private final PersonService people;
    private final TurnGridRepository grid;
    private final Clock clock;

    AvailabilityController(AvailabilityService service, PersonService people, TurnGridRepository grid, Clock clock) {
        this.service = service;
        this.people = people;
        this.grid = grid;
        this.clock = clock;
    }

    @GetMapping("/people/{id}/availability")
    String page(@PathVariable String id, Model model) {
        return page(id, model, new BusyForm(), null);
    }

    @PostMapping("/people/{id}/busy")
    String add(@PathVariable String id, @ModelAttribute("busyForm") BusyForm form, BindingResult binding,
               Authentication auth, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (binding.hasErrors()) {
            model.addAttribute("errors", Map.of("when", "busy.error.date"));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(id, model, form, null);
        }
        try {
            service.addBusy(form.toEntry(null, id, grid.get().turns()), CurrentUser.of(auth));
            redirect.addFlashAttribute("flash", "busy.added");
            return "redirect:/people/" + id + "/availability";
        } catch (ValidationException e) {
            model.addAttribute("errors", e.fieldErrors());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(id, model, form, null);
        }
    }

    @GetMapping("/busy/{entryId}/edit")
    String edit(@PathVariable long entryId, Model model) {
        BusyEntry entry = service.busy(entryId);
        return page(entry.personId(), model, BusyForm.of(entry), entryId);
    }

    @PostMapping("/busy/{entryId}")
    String update(@PathVariable long entryId, @ModelAttribute("busyForm") BusyForm form, BindingResult binding,
                  Authentication auth, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        BusyEntry entry = service.busy(entryId);
        if (binding.hasErrors()) {
            model.addAttribute("errors", Map.of("when", "busy.error.date"));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(entry.personId(), model, form, entryId);
        }
        try {
            service.updateBusy(form.toEntry(entryId, entry.personId(), grid.get().turns()), CurrentUser.of(auth));
            redirect.addFlashAttribute("flash", "busy.saved");
            return "redirect:/people/" + entry.personId() + "/availability";
        } catch (ValidationException e) {
            model.addAttribute("errors", e.fieldErrors());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } catch (ConflictException e) {
            model.addAttribute("conflict", e.getMessage());
        }
        return page(entry.personId(), model, form, entryId);
    }

    @PostMapping("/busy/{entryId}/delete")
    String delete(@PathVariable long entryId, Authentication auth, RedirectAttributes redirect) {
        BusyEntry entry = service.busy(entryId);
        service.deleteBusy(entryId, CurrentUser.of(auth));
        redirect.addFlashAttribute("flash", "busy.deleted");
        return "redirect:/people/" + entry.personId() + "/availability";
    }

    /** htmx: delete in place; the row disappears. */
    @PostMapping(value = "/busy/{entryId}/delete", headers = "HX-Request")
    ResponseEntity<Void> deleteInPlace(@PathVariable long entryId, Authentication auth) {
        service.deleteBusy(entryId, CurrentUser.of(auth));
        return ResponseEntity.ok().build();
    }

    @PostMapping("/people/{id}/leaves")
    @PreAuthorize("hasRole('COORDINATOR')")
    String addLeave(@PathVariable String id,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate end,
                    @RequestParam LeaveKind kind, @RequestParam(defaultValue = "") String note,
                    Authentication auth, RedirectAttributes redirect) {
        TextLimits.check("note", "The note", note.trim(), Leave.MAX_NOTE);
        try {
            service.addLeave(new Leave(null, id, start, end, kind, note.isBlank() ? null : note.trim(), 0),
                CurrentUser.of(auth));
            redirect.addFlashAttribute("flash", "leave.added");
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashError", e.fieldErrors().values().iterator().next());
        }
        return "redirect:/people/" + id + "/availability";
    }

    @PostMapping("/leaves/{leaveId}/delete")
    @PreAuthorize("hasRole('COORDINATOR')")
    String deleteLeave(@PathVariable long leaveId, @RequestParam String person, Authentication auth,
                       RedirectAttributes redirect) {
        service.deleteLeave(leaveId, CurrentUser.of(auth));
        redirect.addFlashAttribute("flash", "leave.deleted");
        return "redirect:/people/" + person + "/availability";
    }

    /** htmx: delete in place; the row disappears. */
    @PostMapping(value = "/leaves/{leaveId}/delete", headers = "HX-Request")
    @PreAuthorize("hasRole('COORDINATOR')")
    ResponseEntity<Void> deleteLeaveInPlace(@PathVariable long leaveId, Authentication auth) {
        service.deleteLeave(leaveId, CurrentUser.of(auth));
        return ResponseEntity.ok().build();
    }

    private String page(String personId, Model model, BusyForm form, Long editing) {
        model.addAttribute("person", people.get(personId));
        TurnGrid turnGrid = grid.get();
        model.addAttribute("grid", turnGrid);
        model.addAttribute("today", LocalDate.now(clock.withZone(turnGrid.timeZone())));
        List<BusyEntry> busy = service.busyOf(personId);
        model.addAttribute("busyByKind", Map.of(
            "oneoff", busy.stream().filter(BusyEntry::oneOff).toList(),
            "weekly", busy.stream().filter(b -> !b.oneOff()).toList()));
        model.addAttribute("leaves", service.leavesOf(personId));
        model.addAttribute("leaveKinds", LeaveKind.values());
        model.addAttribute("busyForm", form);
        model.addAttribute("editing", editing);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "availability/person";
    }
}
