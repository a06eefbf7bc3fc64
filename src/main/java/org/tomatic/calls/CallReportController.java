package org.tomatic.calls;

import org.tomatic.system.Bounds;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tomatic.system.TeamTime;

/** Coordinators: calls per category per day or week, calls left untypified per agent, and a CSV of every call. */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class CallReportController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final CallLog calls;
    private final CategoryRepository categories;
    private final TeamTime teamTime;

    CallReportController(CallLog calls, CategoryRepository categories, TeamTime teamTime) {
        this.calls = calls;
        this.categories = categories;
        this.teamTime = teamTime;
    }

    /** The calls of the team's days {@code from} to {@code to}, both included. */
    private List<PhoneCall> between(LocalDate from, LocalDate to) {
        return calls.between(teamTime.startOf(from), teamTime.startOf(to.plusDays(1)));
    }

    @GetMapping("/calls/report")
    String report(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(defaultValue = "day") String by, Model model) {
        LocalDate end = to == null ? teamTime.today() : to;
        LocalDate start = from == null ? end.minusDays(6) : from;
        Bounds.range("from", start, end, Bounds.MAX_RANGE_DAYS);
        boolean weekly = "week".equals(by);
        List<PhoneCall> all = between(start, end);
        ZoneId zone = teamTime.zone();
        // category code → period → count; a call with two categories counts in both.
        Map<String, Map<LocalDate, Integer>> perCategory = new TreeMap<>();
        TreeSet<LocalDate> periods = new TreeSet<>();
        Map<String, Integer> untypified = new TreeMap<>();
        Map<String, Integer> answered = new TreeMap<>();
        for (PhoneCall c : all) {
            LocalDate day = LocalDate.ofInstant(c.receivedAt(), zone);
            LocalDate period = weekly ? day.with(DayOfWeek.MONDAY) : day;
            periods.add(period);
            for (String code : c.categories()) {
                perCategory.computeIfAbsent(code, k -> new TreeMap<>()).merge(period, 1, Integer::sum);
            }
            if (c.answered()) {
                answered.merge(c.personId(), 1, Integer::sum);
                if (!c.typified()) {
                    untypified.merge(c.personId(), 1, Integer::sum);
                }
            }
        }
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("by", weekly ? "week" : "day");
        model.addAttribute("periods", new ArrayList<>(periods));
        model.addAttribute("perCategory", perCategory);
        model.addAttribute("categories", categories.all().stream()
            .collect(java.util.stream.Collectors.toMap(CallCategory::code, c -> c)));
        model.addAttribute("untypified", untypified);
        model.addAttribute("answered", answered);
        model.addAttribute("total", all.size());
        return "calls/report";
    }

    @GetMapping("/calls/report.csv")
    ResponseEntity<byte[]> csv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Bounds.range("from", from, to, Bounds.MAX_RANGE_DAYS);
        StringBuilder out = new StringBuilder("date,time,agent,extension,number,source,answered,customer,contract,categories,comments,typified_by\r\n");
        List<PhoneCall> all = new ArrayList<>(between(from, to));
        ZoneId zone = teamTime.zone();
        java.util.Collections.reverse(all);
        for (PhoneCall c : all) {
            LocalDateTime at = LocalDateTime.ofInstant(c.receivedAt(), zone);
            out.append(String.join(",", at.toLocalDate().toString(), TIME.format(at),
                csvField(c.personId()), csvField(c.extension()), csvField(c.phone()), c.source().name(),
                String.valueOf(c.answered()), csvField(c.customerName()), csvField(c.contractNumber()),
                csvField(String.join(" ", c.categories())), csvField(c.comments()), csvField(c.typifiedBy())))
                .append("\r\n");
        }
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"calls-" + from + "-" + to + ".csv\"")
            .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is prefixed so spreadsheets do not run it as a formula. */
    static String csvField(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("[+-]?[0-9 ]+")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
