package org.tomatic.calls;

import java.time.LocalDate;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tomatic.callinfo.CustomerSearch;
import org.tomatic.callinfo.SearchField;
import org.tomatic.callinfo.SearchResult;
import org.tomatic.people.CurrentUser;
import org.tomatic.system.ConflictException;
import org.tomatic.system.NotFoundException;
import org.tomatic.system.TextLimits;
import org.tomatic.system.TeamTime;

/**
 * The call page: the agent's calls, the customer search (done by itself for the call that is
 * ringing), and what each call was about.
 */
@Controller
@ConditionalOnWebApplication
class CallsController {

    private static final int LIST_SIZE = 200;

    private final CallLog calls;
    private final CategoryRepository categories;
    private final CustomerSearch search;
    private final IncomingCalls incoming;
    private final CallPops pops;
    private final TeamTime teamTime;

    CallsController(CallLog calls, CategoryRepository categories, CustomerSearch search, IncomingCalls incoming,
                    CallPops pops, TeamTime teamTime) {
        this.calls = calls;
        this.categories = categories;
        this.search = search;
        this.incoming = incoming;
        this.pops = pops;
        this.teamTime = teamTime;
    }

    @GetMapping("/calls")
    String page(Authentication auth, @RequestParam(required = false) Long call,
                @RequestParam(defaultValue = "AUTO") SearchField field, @RequestParam(required = false) String text,
                Model model) {
        workspace(CurrentUser.of(auth), call, field, text, model);
        return "calls/page";
    }

    /** The same as the page without its frame: what a pop or a search replaces. */
    @GetMapping("/calls/workspace")
    String workspaceFragment(Authentication auth, @RequestParam(required = false) Long call,
                             @RequestParam(defaultValue = "AUTO") SearchField field,
                             @RequestParam(required = false) String text, Model model) {
        workspace(CurrentUser.of(auth), call, field, text, model);
        return "calls/page :: workspace";
    }

    @GetMapping(path = "/calls/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter events(Authentication auth) {
        return pops.subscribe(auth.getName());
    }

    @GetMapping("/calls/contracts/details")
    String details(@RequestParam String contract, Model model) {
        model.addAttribute("details", search.details(contract));
        return "calls/details :: details";
    }

    @PostMapping("/calls/{id}/typify")
    String typify(Authentication auth, @PathVariable long id, @RequestParam int version,
                  @RequestParam(name = "category", required = false) List<String> chosen,
                  @RequestParam(required = false) String customer, @RequestParam(required = false) String contract,
                  @RequestParam(required = false) String comments, RedirectAttributes redirect) {
        PhoneCall c = ownCall(auth, id);
        List<String> codes = chosen == null ? List.of() : chosen.stream().filter(s -> !s.isBlank()).distinct().toList();
        comments = TextLimits.lineFeeds(comments);
        codes.forEach(code -> TextLimits.check("category", "A category code", code, CallCategory.MAX_CODE));
        TextLimits.check("contract", "The contract number", contract, PhoneCall.MAX_CONTRACT);
        TextLimits.check("comments", "The comments", blankToNull(comments), PhoneCall.MAX_COMMENTS);
        if (codes.isEmpty()) {
            redirect.addFlashAttribute("flashError", "calls.needCategory");
            return "redirect:/calls?call=" + id;
        }
        for (String code : codes) {
            if (categories.find(code).isEmpty()) {
                redirect.addFlashAttribute("flashErrorText", "Unknown category: " + code);
                return "redirect:/calls?call=" + id;
            }
        }
        String[] who = customer == null || customer.isBlank() ? new String[] {null, null} : customer.split("::", 2);
        TextLimits.check("customer", "The customer id", who[0], PhoneCall.MAX_CUSTOMER_ID);
        TextLimits.check("customer", "The customer name", who.length > 1 ? who[1] : null, PhoneCall.MAX_CUSTOMER_NAME);
        try {
            calls.typify(c.id(), version, codes, who[0], who.length > 1 ? who[1] : null,
                contract == null || contract.isBlank() ? null : contract, blankToNull(comments), auth.getName(),
                teamTime.now());
            redirect.addFlashAttribute("flash", "calls.typified");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashErrorText", e.getMessage());
        }
        return "redirect:/calls?call=" + id;
    }

    @PostMapping("/calls/{id}/clear")
    String clear(Authentication auth, @PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        PhoneCall c = ownCall(auth, id);
        try {
            calls.typify(c.id(), version, List.of(), null, null, null, null, auth.getName(), teamTime.now());
            redirect.addFlashAttribute("flash", "calls.cleared");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashErrorText", e.getMessage());
        }
        return "redirect:/calls?call=" + id;
    }

    /** A note for a call that did not come through the PBX (a call back, a walk-in…). */
    @PostMapping("/calls/manual")
    String manual(Authentication auth, @RequestParam(required = false) String phone) {
        String number = phone == null || phone.isBlank() ? "-" : phone.strip();
        TextLimits.check("phone", "The phone number", number, PhoneCall.MAX_PHONE);
        PhoneCall c = calls.insert(new PhoneCall(null, teamTime.now(), number, auth.getName(), null, null, null,
            PhoneCall.Source.MANUAL, true, null, null, null, null, List.of(), null, null, 0), incoming.normalise(number));
        return "redirect:/calls?call=" + c.id() + (phone == null || phone.isBlank() ? "" : "&text=" + url(number));
    }

    /** Coordinators test the whole flow: a call from {@code phone} rings {@code extension}. */
    @PostMapping("/calls/emulate")
    @PreAuthorize("hasRole('COORDINATOR')")
    String emulate(@RequestParam String extension, @RequestParam String phone, RedirectAttributes redirect) {
        try {
            PhoneCall c = incoming.receive(phone, extension, "emulated-" + System.nanoTime(), PhoneCall.Source.EMULATED, null);
            redirect.addFlashAttribute("flashText", "→ " + c.personId() + ": " + c.phone());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("flashErrorText", e.getMessage());
        }
        return "redirect:/calls";
    }

    private void workspace(CurrentUser me, Long callId, SearchField field, String text, Model model) {
        List<PhoneCall> mine = calls.ofPerson(me.id(), LIST_SIZE);
        java.time.ZoneId zone = teamTime.zone();
        Map<LocalDate, List<PhoneCall>> byDay = mine.stream().collect(Collectors.groupingBy(
            c -> LocalDate.ofInstant(c.receivedAt(), zone), LinkedHashMap::new, Collectors.toList()));
        Optional<PhoneCall> selected = Optional.ofNullable(callId).flatMap(calls::find)
            .filter(c -> c.personId().equals(me.id()) || me.isCoordinator());
        String query = text;
        if ((query == null || query.isBlank()) && selected.isPresent() && !"-".equals(selected.get().phone())) {
            query = selected.get().phone();
            field = SearchField.PHONE;
        }
        SearchResult result = query == null || query.isBlank() ? null : search.search(field, query);
        Map<String, CallCategory> allCategories = categories.all().stream()
            .collect(Collectors.toMap(CallCategory::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        model.addAttribute("callsByDay", byDay);
        model.addAttribute("today", teamTime.today());
        model.addAttribute("selected", selected.orElse(null));
        model.addAttribute("field", field);
        model.addAttribute("fields", SearchField.values());
        model.addAttribute("text", query == null ? "" : query);
        model.addAttribute("result", result);
        model.addAttribute("categories", allCategories);
        model.addAttribute("offered", allCategories.values().stream()
            .filter(c -> c.enabled() || selected.map(s -> s.categories().contains(c.code())).orElse(false)).toList());
        model.addAttribute("directory", search.describe());
        model.addAttribute("coordinator", me.isCoordinator());
    }

    private PhoneCall ownCall(Authentication auth, long id) {
        PhoneCall c = calls.find(id).orElseThrow(() -> new NotFoundException("No call " + id));
        if (!c.personId().equals(auth.getName())) {
            throw new org.springframework.security.access.AccessDeniedException("not your call");
        }
        return c;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String url(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
