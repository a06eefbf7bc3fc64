package org.tomatic.stats;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tomatic.system.Bounds;
import org.tomatic.system.TeamTime;

/** The queue's statistics: a day's figures by hour and agent, service level per day, calls per hour by weekday, CSV. */
@Controller
class StatisticsController {

    private final CallStatistics statistics;
    private final DailyReport report;
    private final TeamTime teamTime;
    private final org.tomatic.people.PersonRepository people;

    StatisticsController(CallStatistics statistics, DailyReport report, TeamTime teamTime,
                         org.tomatic.people.PersonRepository people) {
        this.statistics = statistics;
        this.report = report;
        this.teamTime = teamTime;
        this.people = people;
    }

    @GetMapping("/stats")
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                @RequestParam(defaultValue = "28") int days, Model model) {
        LocalDate day = date == null ? today() : date;
        int span = Bounds.between("days", "The number of days", days, 1, Bounds.MAX_RANGE_DAYS);
        LocalDate from = day.minusDays(span - 1L);
        List<DayFigures> perDay = statistics.days(from, day);
        Map<DayOfWeek, Map<Integer, Double>> heat = statistics.perHourByWeekday(from, day);
        double maxHeat = heat.values().stream().flatMap(m -> m.values().stream()).mapToDouble(Double::doubleValue)
            .max().orElse(0);
        List<Integer> hours = new ArrayList<>();
        heat.values().forEach(m -> m.keySet().forEach(h -> {
            if (!hours.contains(h)) {
                hours.add(h);
            }
        }));
        hours.sort(Integer::compare);
        model.addAttribute("date", day);
        model.addAttribute("days", span);
        model.addAttribute("from", from);
        model.addAttribute("report", statistics.day(day));
        model.addAttribute("perDay", perDay);
        model.addAttribute("heat", heat);
        model.addAttribute("maxHeat", maxHeat);
        model.addAttribute("hours", hours);
        model.addAttribute("weekdays", heat.keySet());
        // Agents by name, as everywhere else (the figures are kept by person id).
        Map<String, String> names = new java.util.HashMap<>();
        people.findAll().forEach(p -> names.put(p.id(), p.name()));
        model.addAttribute("names", names);
        return "stats/page";
    }

    @GetMapping("/stats/daily.csv")
    ResponseEntity<byte[]> dailyCsv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return csv("queue-" + date + ".csv", report.csv(date));
    }

    @GetMapping("/stats/days.csv")
    ResponseEntity<byte[]> daysCsv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Bounds.range("from", from, to, Bounds.MAX_RANGE_DAYS);
        return csv("queue-" + from + "-" + to + ".csv", report.daysCsv(from, to));
    }

    private static ResponseEntity<byte[]> csv(String name, byte[] body) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(body);
    }

    private LocalDate today() {
        return teamTime.today();
    }
}
