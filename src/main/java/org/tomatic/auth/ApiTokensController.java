package org.tomatic.auth;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tomatic.people.Role;
import org.tomatic.system.TextLimits;

/** Administrators make and revoke API tokens for other tools. */
@Controller
@RequestMapping("/admin/tokens")
@PreAuthorize("hasRole('ADMIN')")
class ApiTokensController {

    private final ApiTokens tokens;

    ApiTokensController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("tokens", tokens.all());
        model.addAttribute("roles", Role.values());
        return "auth/tokens";
    }

    @PostMapping
    String create(@RequestParam String name, @RequestParam Role role, Authentication auth,
                  RedirectAttributes redirect) {
        TextLimits.check("name", "The name", name.trim(), ApiTokens.MAX_NAME);
        if (name.isBlank()) {
            redirect.addFlashAttribute("flashErrorText", "Give the token a name (what uses it).");
        } else {
            redirect.addFlashAttribute("newToken", tokens.create(name.trim(), role, auth.getName()));
        }
        return "redirect:/admin/tokens";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, Authentication auth) {
        tokens.revoke(id, auth.getName());
        return "redirect:/admin/tokens";
    }
}
