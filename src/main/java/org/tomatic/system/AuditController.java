package org.tomatic.system;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail, newest first, a page at a time, filtered by person, kind and days; for administrators. */
@Controller
class AuditController {

    static final int PAGE_SIZE = 100;
    /** Pages further back than this are reached by narrowing the filter, not by paging (each page is bounded). */
    static final int MAX_PAGE = 1000;

    private final AuditLog audit;
    private final TeamTime teamTime;

    AuditController(AuditLog audit, TeamTime teamTime) {
        this.audit = audit;
        this.teamTime = teamTime;
    }

    @GetMapping("/admin/audit")
    @PreAuthorize("hasRole('ADMIN')")
    String page(@RequestParam(required = false) String person, @RequestParam(required = false) String kind,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(defaultValue = "1") int page, Model model) {
        Bounds.between("page", "The page", page, 1, MAX_PAGE);
        if (from != null && to != null && to.isBefore(from)) {
            throw ValidationException.of("to", "The last day (" + to + ") is before the first (" + from + ").");
        }
        String who = blank(person);
        String what = blank(kind);
        TextLimits.check("person", "The person", who, 100);
        TextLimits.check("kind", "The kind", what, 100);
        var filter = new AuditLog.Filter(who, what, from == null ? null : teamTime.startOf(from),
            to == null ? null : teamTime.startOf(to.plusDays(1)));
        List<AuditLog.Event> events = audit.page(filter, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        model.addAttribute("events", events.size() > PAGE_SIZE ? events.subList(0, PAGE_SIZE) : events);
        model.addAttribute("older", events.size() > PAGE_SIZE && page < MAX_PAGE);
        model.addAttribute("page", page);
        model.addAttribute("person", who);
        model.addAttribute("kind", what);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("kinds", audit.kinds());
        model.addAttribute("actors", audit.actors());
        return "system/audit";
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
