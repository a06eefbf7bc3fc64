package org.tomatic.staffing;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tomatic.system.TurnGridRepository;

/**
 * The staffing page (coordinators): demand, lines needed and scheduled, predicted service level per weekday × turn,
 * a chart of needed against scheduled lines and the week's predicted service level.
 */
@Controller
class StaffingController {

    private final Staffing staffing;
    private final TurnGridRepository grids;
    private final Clock clock;
    private final StaffingProperties properties;

    StaffingController(Staffing staffing, TurnGridRepository grids, Clock clock, StaffingProperties properties) {
        this.properties = properties;
        this.staffing = staffing;
        this.grids = grids;
        this.clock = clock;
    }

    @GetMapping("/staffing")
    String page(@RequestParam(required = false) Integer weeks, @RequestParam(required = false) Double target,
                @RequestParam(required = false) Integer seconds,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
                Model model) {
        Target defaults = staffing.defaultTarget();
        Target goal = new Target(target == null ? defaults.serviceLevel() : clamp(target, 1, 100) / 100,
            seconds == null ? defaults.seconds() : (int) clamp(seconds, 0, 3600), defaults.maxAbandon());
        int span = weeks == null ? staffing.defaultWeeks() : (int) clamp(weeks, 1, 104);
        LocalDate monday = (week != null ? week : LocalDate.now(clock.withZone(grids.get().timeZone())))
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        StaffingReport report = staffing.report(span, goal, monday);
        Map<DayOfWeek, List<TurnStaffing>> byDay = new LinkedHashMap<>();
        for (TurnStaffing t : report.turns()) {
            byDay.computeIfAbsent(t.demand().weekday(), k -> new ArrayList<>()).add(t);
        }
        int turns = byDay.isEmpty() ? 0 : byDay.values().iterator().next().size();
        int maxLines = 1;
        double maxRate = 0;
        for (TurnStaffing t : report.turns()) {
            maxLines = Math.max(maxLines, Math.max(t.linesNeeded(), t.linesScheduled() == null ? 0 : t.linesScheduled()));
            maxRate = Math.max(maxRate, t.demand().callsPerHour());
        }
        model.addAttribute("report", report);
        model.addAttribute("minCalls", properties.minCalls());
        model.addAttribute("byDay", byDay);
        model.addAttribute("turnIndexes", turns == 0 ? List.of() : java.util.stream.IntStream.range(0, turns).boxed().toList());
        model.addAttribute("maxLines", maxLines);
        model.addAttribute("maxRate", maxRate);
        model.addAttribute("week", monday);
        model.addAttribute("targetPercent", Math.round(goal.serviceLevel() * 100));
        model.addAttribute("belowTarget", report.turns().stream().filter(TurnStaffing::belowTarget).count());
        return "staffing/page";
    }

    /** One below-target turn of a week, in words, for the week page. */
    record BelowTarget(String turn, int scheduled, int needed, Integer servicePercent) {}

    /**
     * The week page's card (coordinators, loaded by htmx): the turns of the week whose scheduled lines fall
     * short of the lines the recorded demand needs for the service target, with the service level predicted.
     */
    @GetMapping("/staffing/week/{monday}")
    String weekMarks(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate monday,
                     java.util.Locale locale, Model model) {
        LocalDate week = monday.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Target goal = staffing.defaultTarget();
        StaffingReport report = staffing.report(staffing.defaultWeeks(), goal, week);
        List<String> boundaries = grids.get().boundaries().stream().map(Object::toString).toList();
        List<BelowTarget> below = report.turns().stream().filter(TurnStaffing::belowTarget)
            .map(t -> new BelowTarget(org.tomatic.system.TurnWords.day(t.demand().weekday(), locale) + " "
                    + org.tomatic.system.TurnWords.turn(boundaries, t.demand().turn()),
                t.linesScheduled() == null ? 0 : t.linesScheduled(), t.linesNeeded(),
                t.predicted() == null ? null : (int) Math.round(t.predicted().serviceLevel() * 100)))
            .toList();
        model.addAttribute("below", below);
        model.addAttribute("timetable", report.timetable());
        model.addAttribute("targetPercent", Math.round(goal.serviceLevel() * 100));
        model.addAttribute("targetSeconds", goal.seconds());
        model.addAttribute("week", week);
        return "staffing/week-marks :: marks";
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
