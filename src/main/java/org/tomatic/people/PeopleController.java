package org.tomatic.people;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.security.core.Authentication;
import org.tomatic.system.ConflictException;
import org.tomatic.system.ValidationException;

@Controller
@RequestMapping("/people")
class PeopleController {

    private static final int SHOWN_DESKS = 30;

    private final PersonService service;
    private final PersonRepository repository;
    private final PeopleProperties limits;

    PeopleController(PersonService service, PersonRepository repository, PeopleProperties limits) {
        this.service = service;
        this.repository = repository;
        this.limits = limits;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "false") boolean inactive, Model model) {
        model.addAttribute("people", service.all().stream().filter(p -> inactive || p.active()).toList());
        model.addAttribute("showInactive", inactive);
        return "people/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('ADMIN')")
    String newForm(Model model) {
        return editor(model, new PersonForm(), true, true);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    String create(@ModelAttribute("form") PersonForm form, BindingResult binding, Authentication auth, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return editor(model, form, true, true);
        }
        try {
            Person created = service.create(form.toPerson(true), auth.getName());
            redirect.addFlashAttribute("flash", "person.created");
            return "redirect:/people/" + created.id() + "/edit";
        } catch (ValidationException e) {
            model.addAttribute("errors", e.fieldErrors());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return editor(model, form, true, true);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable String id, Authentication auth, Model model) {
        CurrentUser me = CurrentUser.of(auth);
        checkMayEdit(me, id);
        Person person = service.get(id);
        model.addAttribute("person", person);
        model.addAttribute("history", service.history(id));
        return editor(model, PersonForm.of(person), false, me.isAdmin());
    }

    @PostMapping("/{id}")
    String update(@PathVariable String id, @ModelAttribute("form") PersonForm form, BindingResult binding,
                  Authentication auth, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        CurrentUser me = CurrentUser.of(auth);
        checkMayEdit(me, id);
        Person current = service.get(id);
        form.setId(id);
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("person", current);
            return editor(model, form, false, me.isAdmin());
        }
        try {
            if (me.isAdmin()) {
                service.update(form.toPerson(current.active()), me.id());
            } else {
                service.updateOwnProfile(form.toPerson(current.active()), me.id());
            }
            redirect.addFlashAttribute("flash", "person.saved");
            return "redirect:/people/" + id + "/edit";
        } catch (ValidationException e) {
            model.addAttribute("errors", e.fieldErrors());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } catch (ConflictException e) {
            model.addAttribute("conflict", e.getMessage());
        }
        model.addAttribute("person", current);
        return editor(model, form, false, me.isAdmin());
    }

    @PostMapping("/{id}/remove")
    @PreAuthorize("hasRole('ADMIN')")
    String remove(@PathVariable String id, Authentication auth, RedirectAttributes redirect) {
        try {
            boolean deleted = service.remove(id, auth.getName());
            redirect.addFlashAttribute("flash", deleted ? "person.deleted" : "person.deactivated");
            return "redirect:/people";
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashError", e.fieldErrors().values().iterator().next());
            return "redirect:/people/" + id + "/edit";
        }
    }

    @PostMapping("/deactivate")
    @PreAuthorize("hasRole('ADMIN')")
    String deactivate(@RequestParam(name = "id", required = false) java.util.List<String> ids, Authentication auth,
                      RedirectAttributes redirect) {
        if (ids == null || ids.isEmpty()) {
            redirect.addFlashAttribute("flashError", "people.noneTicked");
            return "redirect:/people";
        }
        if (ids.size() > 1000) {
            throw ValidationException.of("id", "At most 1000 people at once.");
        }
        try {
            int done = service.deactivate(ids, auth.getName());
            redirect.addFlashAttribute("flash", done == 1 ? "people.deactivatedOne" : "people.deactivatedSome");
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashError", e.fieldErrors().values().iterator().next());
        } catch (org.tomatic.system.NotFoundException e) {
            redirect.addFlashAttribute("flashError", "people.notFound");
        }
        return "redirect:/people";
    }

    @PostMapping("/{id}/reactivate")
    @PreAuthorize("hasRole('ADMIN')")
    String reactivate(@PathVariable String id, Authentication auth, RedirectAttributes redirect) {
        service.reactivate(id, auth.getName());
        redirect.addFlashAttribute("flash", "person.reactivated");
        return "redirect:/people/" + id + "/edit";
    }

    @PostMapping("/{id}/password")
    String password(@PathVariable String id, @RequestParam(required = false) String password, Authentication auth,
                    RedirectAttributes redirect) {
        CurrentUser me = CurrentUser.of(auth);
        checkMayEdit(me, id);
        try {
            service.setPassword(id, password, me.id());
            redirect.addFlashAttribute("flash", "person.passwordSet");
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashError", e.fieldErrors().getOrDefault("password", "person.error.password"));
        }
        return "redirect:/people/" + id + "/edit";
    }

    private String editor(Model model, PersonForm form, boolean creating, boolean adminFields) {
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        model.addAttribute("adminFields", adminFields);
        model.addAttribute("roles", Role.values());
        model.addAttribute("allGroups", repository.allGroupNames());
        model.addAttribute("desks", repository.deskOccupants());
        model.addAttribute("deskChoices", deskChoices(form.getDesk()));
        // An email imported from the old tool as it was (it never checked them) must not keep Save disabled.
        model.addAttribute("emailInputType", form.getEmail() == null || form.getEmail().isBlank()
            || PersonRules.EMAIL.matcher(form.getEmail().trim()).matches() ? "email" : "text");
        model.addAttribute("maxIdealLoad", limits.maxIdealLoad());
        model.addAttribute("extMin", limits.extensionMinDigits());
        model.addAttribute("extMax", limits.extensionMaxDigits());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "people/edit";
    }

    /** Desks 0 to 30, and the person's own desk when it is further on (an imported one may be). */
    static java.util.List<Integer> deskChoices(Integer current) {
        java.util.List<Integer> choices = new java.util.ArrayList<>();
        for (int d = PersonRules.MIN_DESK; d <= SHOWN_DESKS; d++) {
            choices.add(d);
        }
        if (current != null && !choices.contains(current)) {
            choices.add(current);
            choices.sort(null);
        }
        return choices;
    }

    private static void checkMayEdit(CurrentUser me, String id) {
        if (!me.isAdmin() && !me.id().equals(id)) {
            throw new AccessDeniedException("Only administrators edit other people's profiles");
        }
    }
}
