package org.tomatic.availability;

import org.tomatic.system.Bounds;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tomatic.people.CurrentUser;
import org.tomatic.system.TextLimits;
import org.tomatic.system.ValidationException;

/** Holidays and no-service days: everyone sees them, administrators change them. */
@Controller
@RequestMapping("/holidays")
class DaysOffController {

    /** A holiday calendar is a few kilobytes; a bigger upload is not one. */
    static final long MAX_ICS_BYTES = 1024 * 1024;


    private final AvailabilityService service;

    DaysOffController(AvailabilityService service) {
        this.service = service;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("holidays", service.holidays());
        model.addAttribute("noService", service.noServiceDays());
        return "availability/holidays";
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    String put(@RequestParam DayOffKind kind,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
               @RequestParam(defaultValue = "") String name, Authentication auth, RedirectAttributes redirect) {
        TextLimits.check("name", "The name", name.trim(), DayOff.MAX_NAME);
        try {
            service.putDayOff(kind, new DayOff(date, name.trim()), CurrentUser.of(auth));
            redirect.addFlashAttribute("flash", "dayoff.saved");
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashError", e.fieldErrors().values().iterator().next());
        }
        return "redirect:/holidays";
    }

    @PostMapping("/{kind}/{date}/delete")
    @PreAuthorize("hasRole('ADMIN')")
    String delete(@PathVariable DayOffKind kind, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                  Authentication auth, RedirectAttributes redirect) {
        service.deleteDayOff(kind, date, CurrentUser.of(auth));
        redirect.addFlashAttribute("flash", "dayoff.deleted");
        return "redirect:/holidays";
    }

    @PostMapping("/import")
    @PreAuthorize("hasRole('ADMIN')")
    String importIcs(@RequestParam("file") MultipartFile file, Authentication auth, RedirectAttributes redirect,
                     Model model)
        throws IOException {
        try (InputStream in = file.getInputStream()) {
            Bounds.upload("file", file.getSize(), MAX_ICS_BYTES);
            model.addAttribute("preview", service.previewHolidays(IcsHolidays.read(in), CurrentUser.of(auth)));
            model.addAttribute("fileName", file.getOriginalFilename());
            return "availability/holidays-import";
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashErrorText", e.getMessage());
            return "redirect:/holidays";
        }
    }

    /** The confirmed import: exactly the new and renamed days the preview listed. */
    @PostMapping("/import/apply")
    @PreAuthorize("hasRole('ADMIN')")
    String applyImport(@RequestParam(name = "date", required = false) List<LocalDate> dates,
                       @RequestParam(name = "name", required = false) List<String> names, Authentication auth,
                       RedirectAttributes redirect) {
        List<LocalDate> ds = dates == null ? List.of() : dates;
        List<String> ns = names == null ? List.of() : names;
        if (ds.size() != ns.size() || ds.size() > AvailabilityService.MAX_IMPORTED_DAYS) {
            throw ValidationException.of("date", "The import's days and names do not match; import the file again.");
        }
        List<DayOff> days = new java.util.ArrayList<>();
        for (int i = 0; i < ds.size(); i++) {
            TextLimits.check("name", "The name", ns.get(i).trim(), DayOff.MAX_NAME);
            days.add(new DayOff(ds.get(i), ns.get(i).trim()));
        }
        try {
            int count = service.importHolidays(days, CurrentUser.of(auth));
            redirect.addFlashAttribute("flash", count == 0 ? "dayoff.importedNothing" : "dayoff.imported");
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashErrorText", e.getMessage());
        }
        return "redirect:/holidays";
    }
}
