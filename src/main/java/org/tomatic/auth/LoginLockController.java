package org.tomatic.auth;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** On a person's page, administrators see whether failed logins locked the account, and unlock it. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class LoginLockController {

    private final LoginThrottle throttle;

    LoginLockController(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @GetMapping("/people/{id}/login-lock")
    String lock(@PathVariable String id, Model model) {
        model.addAttribute("personId", id);
        model.addAttribute("lockedUntil", throttle.lockedUntil(id).orElse(null));
        return "auth/login-lock :: lock";
    }

    @PostMapping("/people/{id}/unlock")
    String unlock(@PathVariable String id, Authentication auth, RedirectAttributes redirect) {
        throttle.unlock(id, auth.getName());
        redirect.addFlashAttribute("flash", "login.unlocked");
        return "redirect:/people/" + id + "/edit";
    }
}
