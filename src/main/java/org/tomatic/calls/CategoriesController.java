package org.tomatic.calls;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tomatic.system.AuditLog;
import org.tomatic.system.ConflictException;
import org.tomatic.system.TextLimits;

/** Administrators keep the list of call categories; a disabled one is no longer offered. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class CategoriesController {

    private final CategoryRepository categories;
    private final AuditLog audit;

    CategoriesController(CategoryRepository categories, AuditLog audit) {
        this.categories = categories;
        this.audit = audit;
    }

    @GetMapping("/admin/call-categories")
    String list(Model model) {
        model.addAttribute("categories", categories.all());
        return "calls/categories";
    }

    @PostMapping("/admin/call-categories")
    String create(Authentication auth, @RequestParam String code, @RequestParam String name,
                  @RequestParam(defaultValue = "") String keywords, @RequestParam(defaultValue = "cccccc") String colour,
                  RedirectAttributes redirect) {
        String c = code.strip().toUpperCase();
        checkLengths(name, keywords);
        String error = check(c, name, colour);
        if (error == null && categories.find(c).isPresent()) {
            error = "There is already a category " + c + ".";
        }
        if (error != null) {
            redirect.addFlashAttribute("flashErrorText", error);
            return "redirect:/admin/call-categories";
        }
        categories.insert(new CallCategory(c, name.strip(), keywords.strip(), hex(colour), true, 0));
        audit.record(auth.getName(), "call-category", c, "create", name.strip());
        redirect.addFlashAttribute("flashText", "+ " + c);
        return "redirect:/admin/call-categories";
    }

    @PostMapping("/admin/call-categories/{code}")
    String update(Authentication auth, @PathVariable String code, @RequestParam String name,
                  @RequestParam(defaultValue = "") String keywords, @RequestParam(defaultValue = "cccccc") String colour,
                  @RequestParam(defaultValue = "false") boolean enabled, @RequestParam int version,
                  RedirectAttributes redirect) {
        checkLengths(name, keywords);
        String error = check(code, name, colour);
        if (error != null) {
            redirect.addFlashAttribute("flashErrorText", error);
            return "redirect:/admin/call-categories";
        }
        try {
            categories.update(new CallCategory(code, name.strip(), keywords.strip(), hex(colour), enabled, version));
            audit.record(auth.getName(), "call-category", code, "update",
                name.strip() + (enabled ? "" : " (disabled)") + " · " + keywords.strip());
            redirect.addFlashAttribute("flashText", "✓ " + code);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashErrorText", e.getMessage());
        }
        return "redirect:/admin/call-categories";
    }

    private static String check(String code, String name, String colour) {
        if (!code.matches("[A-Z0-9_-]{1,32}")) {
            return "A code is 1 to 32 capital letters, digits, - or _.";
        }
        if (name == null || name.isBlank()) {
            return "A category needs a name (at most " + CallCategory.MAX_NAME + " characters).";
        }
        if (!hex(colour).matches("[0-9a-f]{6}")) {
            return "The colour must look like #a1b2c3.";
        }
        return null;
    }

    /** Texts over their maximum are refused outright (400): the form's maxlength keeps a browser from sending them. */
    private static void checkLengths(String name, String keywords) {
        TextLimits.check("name", "The name", name.strip(), CallCategory.MAX_NAME);
        TextLimits.check("keywords", "The keywords", keywords.strip(), CallCategory.MAX_KEYWORDS);
    }

    private static String hex(String colour) {
        return colour == null ? "" : colour.strip().replace("#", "").toLowerCase();
    }
}
