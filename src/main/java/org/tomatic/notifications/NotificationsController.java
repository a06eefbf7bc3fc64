package org.tomatic.notifications;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tomatic.system.TurnGridRepository;
import org.tomatic.system.TextLimits;
import org.tomatic.system.ValidationException;

/**
 * The administrators' pages (recent deliveries, message templates) and the coordinators' "Tomatic says".
 */
@Controller
@ConditionalOnWebApplication
class NotificationsController {

    private static final int RECENT = 200;

    /** One template part in one language, for the editor. */
    record Editable(Template.Part part, String lang, String text, boolean overridden, String preview) {}

    /** A template with its parts in each language and its placeholders. */
    record Entry(Template template, List<Editable> parts) {}

    private final Deliveries deliveries;
    private final MessageTemplates templates;
    private final Says says;
    private final TurnGridRepository grid;
    private final MessageSource messages;

    NotificationsController(Deliveries deliveries, MessageTemplates templates, Says says, TurnGridRepository grid,
                            MessageSource messages) {
        this.messages = messages;
        this.deliveries = deliveries;
        this.templates = templates;
        this.says = says;
        this.grid = grid;
    }

    @GetMapping("/admin/deliveries")
    @PreAuthorize("hasRole('ADMIN')")
    String deliveries(Model model) {
        ZoneId zone = grid.get().timeZone();
        model.addAttribute("deliveries", deliveries.recent(RECENT));
        model.addAttribute("zone", zone);
        model.addAttribute("channels", deliveries.describeTeamChannels());
        return "notifications/deliveries";
    }

    @PostMapping("/admin/deliveries/{id}/retry")
    @PreAuthorize("hasRole('ADMIN')")
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        if (deliveries.retry(id)) {
            redirect.addFlashAttribute("flash", "deliveries.requeued");
        }
        return "redirect:/admin/deliveries";
    }

    @GetMapping("/admin/templates")
    @PreAuthorize("hasRole('ADMIN')")
    String templates(Model model) {
        List<Entry> entries = new ArrayList<>();
        for (Template t : Template.values()) {
            List<Editable> parts = new ArrayList<>();
            for (String lang : MessageTemplates.LANGUAGES) {
                Locale locale = Locale.forLanguageTag(lang);
                for (Template.Part part : Template.Part.values()) {
                    boolean overridden = templates.override(t, part, locale).isPresent();
                    String text = templates.pattern(t, part, locale);
                    parts.add(new Editable(part, lang, text, overridden, preview(t, text, locale)));
                }
            }
            entries.add(new Entry(t, parts));
        }
        model.addAttribute("entries", entries);
        return "notifications/templates";
    }

    /** The preview of an edited (unsaved) template, for htmx. */
    @PostMapping("/admin/templates/preview")
    @PreAuthorize("hasRole('ADMIN')")
    String preview(@RequestParam String key, @RequestParam String lang, @RequestParam String body, Model model) {
        model.addAttribute("preview", preview(template(key), body, Locale.forLanguageTag(lang)));
        return "notifications/templates :: preview";
    }

    @PostMapping("/admin/templates/{key}/{lang}/{part}")
    @PreAuthorize("hasRole('ADMIN')")
    String save(Authentication auth, @PathVariable String key, @PathVariable String lang, @PathVariable String part,
                @RequestParam String body, RedirectAttributes redirect) {
        Template t = template(key);
        TextLimits.check("body", part(part) == Template.Part.SUBJECT ? "A subject" : "A template",
            TextLimits.lineFeeds(body).strip(),
            part(part) == Template.Part.SUBJECT ? Notification.MAX_SUBJECT : MessageTemplates.MAX_LENGTH);
        try {
            templates.save(t, part(part), locale(lang), body, auth.getName());
            redirect.addFlashAttribute("flash", "templates.saved");
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashErrorText", key + " (" + lang + "): " + e.getMessage());
        }
        return "redirect:/admin/templates#" + key;
    }

    @PostMapping("/admin/templates/{key}/{lang}/{part}/reset")
    @PreAuthorize("hasRole('ADMIN')")
    String reset(Authentication auth, @PathVariable String key, @PathVariable String lang, @PathVariable String part,
                 RedirectAttributes redirect) {
        templates.reset(template(key), part(part), locale(lang), auth.getName());
        redirect.addFlashAttribute("flash", "templates.wasReset");
        return "redirect:/admin/templates#" + key;
    }

    @PostMapping("/says")
    @PreAuthorize("hasRole('COORDINATOR')")
    String say(Authentication auth, @RequestParam(defaultValue = "") String message, HttpServletRequest request,
               Locale locale, RedirectAttributes redirect) {
        TextLimits.check("message", "The message", TextLimits.lineFeeds(message).strip(), Says.MAX_LENGTH);
        try {
            says.say(message, auth.getName());
            redirect.addFlashAttribute("flashText",
                messages.getMessage("says.sent", new Object[] {String.valueOf(says.teamChannels())}, locale));
        } catch (Says.NoChannel e) {
            redirect.addFlashAttribute("flashError", "says.noChannel");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("flashError", "says.empty");
        }
        return "redirect:" + org.tomatic.system.BackTo.referringPage(request, "/says");
    }

    private static String preview(Template t, String text, Locale locale) {
        try {
            return MessageTemplates.format(text, locale, (Object[]) samples(t, locale));
        } catch (ValidationException e) {
            return e.getMessage();
        }
    }

    /** Sample values for each placeholder, for the preview. */
    static String[] samples(Template t, Locale locale) {
        boolean ca = "ca".equals(locale.getLanguage());
        Map<String, String> s = new LinkedHashMap<>();
        s.put("time", "10:15");
        s.put("minutes", "5");
        s.put("people", "- L1: Anna (201)\n- L2: Biel (202)");
        s.put("turn", "10:15 – 11:30");
        s.put("date", "01/12/2026");
        s.put("name", "Anna");
        s.put("what", ca ? "en pausa (Dinar)" : "paused (Lunch)");
        s.put("since", "10:20");
        s.put("week", "30/11/2026");
        s.put("by", "Carla");
        s.put("changes", "3");
        s.put("link", "https://tomatic.example.coop/timetable?week=2026-11-30");
        s.put("diagnosis", ca ? "- dimarts 09:00: 1 buida" : "- Tuesday 09:00: 1 empty");
        s.put("day", ca ? "dimarts 01/12" : "Tuesday 01/12");
        s.put("before", "Anna");
        s.put("after", "Biel");
        s.put("requester", "Biel");
        s.put("theirTurn", ca ? "dijous 03/12, 12:45 – 14:00" : "Thursday 03/12, 12:45 – 14:00");
        s.put("yourTurn", ca ? "dimarts 01/12, 09:00 – 10:15" : "Tuesday 01/12, 09:00 – 10:15");
        s.put("reason", ca ? "Motiu: metge" : "Reason: doctor");
        s.put("colleague", "Anna");
        s.put("givenTurn", ca ? "dimarts 01/12, 09:00 – 10:15" : "Tuesday 01/12, 09:00 – 10:15");
        s.put("newTurn", ca ? "dijous 03/12, 12:45 – 14:00" : "Thursday 03/12, 12:45 – 14:00");
        s.put("message", ca ? "Avui hi ha tall de llum a les 13:00." : "Power cut at 13:00 today.");
        s.put("who", "carla");
        return t.placeholders().stream().map(p -> s.getOrDefault(p, p)).toArray(String[]::new);
    }

    /** A template, part or language the address names but Tomatic does not have is a 404, not a server error. */
    private static Template template(String key) {
        try {
            return Template.byKey(key);
        } catch (IllegalArgumentException e) {
            throw new org.tomatic.system.NotFoundException("No message template " + key);
        }
    }

    private static Template.Part part(String part) {
        try {
            return Template.Part.valueOf(part.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new org.tomatic.system.NotFoundException("No template part " + part);
        }
    }

    private static Locale locale(String lang) {
        if (!MessageTemplates.LANGUAGES.contains(lang)) {
            throw new org.tomatic.system.NotFoundException("No language " + lang);
        }
        return Locale.forLanguageTag(lang);
    }
}
