package org.tomatic.auth;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    /** A provider button on the login page. */
    record Provider(String name, String url) {}

    private final List<Provider> providers = new ArrayList<>();
    private final boolean localAccounts;

    LoginController(ObjectProvider<ClientRegistrationRepository> registrations,
                    @Value("${tomatic.auth.local-accounts:true}") boolean localAccounts) {
        this.localAccounts = localAccounts;
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object o : all) {
                ClientRegistration r = (ClientRegistration) o;
                providers.add(new Provider(r.getClientName(), "/oauth2/authorization/" + r.getRegistrationId()));
            }
        }
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("providers", providers);
        model.addAttribute("localAccounts", localAccounts);
        return "auth/login";
    }

    /** Where a refused single sign-on lands: says why, in words. */
    @GetMapping("/login/refused")
    String refused(HttpSession session, Model model) {
        Object error = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        model.addAttribute("reason", error instanceof AuthenticationException e ? e.getMessage() : null);
        return "auth/refused";
    }
}
