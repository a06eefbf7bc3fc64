package org.tomatic.timetable;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.ZoneId;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tomatic.system.ConflictException;
import org.tomatic.system.NotFoundException;
import org.tomatic.system.TeamTime;

/** The timetable API (docs/api.md): read a week, edit or swap cells, undo a change. */
@RestController
@RequestMapping("/api/timetables/{monday}")
class TimetableApiController {

    record CellEdit(String person, String reason, Integer version, Boolean confirmBusy) {}

    record CellAt(LocalDate day, int turn, int line) {}

    record Swap(CellAt a, CellAt b, String reason, Integer version, Boolean confirmBusy) {}

    record VersionOnly(Integer version) {}

    private final TimetableRepository timetables;
    private final TimetableEditor editor;
    private final TeamTime teamTime;

    TimetableApiController(TimetableRepository timetables, TimetableEditor editor, TeamTime teamTime) {
        this.timetables = timetables;
        this.editor = editor;
        this.teamTime = teamTime;
    }

    @GetMapping
    Map<String, Object> week(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate monday) {
        Timetable t = timetables.find(monday)
            .orElseThrow(() -> new NotFoundException("There is no timetable for the week of " + monday));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("week", monday.toString());
        doc.put("days", t.days().stream().map(d -> date(monday, d).toString()).toList());
        List<Map<String, String>> turns = new ArrayList<>();
        for (int i = 0; i + 1 < t.boundaries().size(); i++) {
            turns.add(Map.of("start", t.boundaries().get(i), "end", t.boundaries().get(i + 1)));
        }
        doc.put("turns", turns);
        doc.put("lines", t.lineLabels().size());
        doc.put("version", timetables.version(monday).orElse(0));
        Map<String, List<List<String>>> grid = new LinkedHashMap<>();
        for (DayOfWeek d : t.days()) {
            List<List<String>> rows = new ArrayList<>();
            for (int turn = 0; turn < turns.size(); turn++) {
                rows.add(new ArrayList<>(java.util.Collections.nCopies(t.lineLabels().size(), (String) null)));
            }
            grid.put(date(monday, d).toString(), rows);
        }
        t.cells().forEach(c -> grid.get(date(monday, c.day()).toString()).get(c.turn()).set(c.line(),
            c.holiday() ? "festiu" : c.personId()));
        doc.put("timetable", grid);
        ZoneId zone = teamTime.zone();
        doc.put("changes", editor.changes(monday).stream().map(c -> change(monday, c, zone)).toList());
        return doc;
    }

    @PatchMapping("/cells/{day}/{turn}/{line}")
    @PreAuthorize("hasRole('COORDINATOR')")
    Map<String, Object> edit(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate monday,
                             @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                             @PathVariable int turn, @PathVariable int line, @RequestBody CellEdit body,
                             Authentication auth) {
        editor.edit(new TimetableEditor.Edit(monday, weekday(monday, day), turn, line, body.person(), body.reason(),
            required(body.version()), Boolean.TRUE.equals(body.confirmBusy())), auth.getName());
        return week(monday);
    }

    @PostMapping("/swap")
    @PreAuthorize("hasRole('COORDINATOR')")
    Map<String, Object> swap(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate monday,
                             @RequestBody Swap body, Authentication auth) {
        if (body.a() == null || body.b() == null) {
            throw new EditRejected("Give the two cells, a and b.", false);
        }
        editor.swap(monday, ref(monday, body.a()), ref(monday, body.b()), body.reason(), required(body.version()),
            Boolean.TRUE.equals(body.confirmBusy()), auth.getName());
        return week(monday);
    }

    @PostMapping("/changes/{id}/undo")
    @PreAuthorize("hasRole('COORDINATOR')")
    Map<String, Object> undo(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate monday,
                             @PathVariable long id, @RequestBody VersionOnly body, Authentication auth) {
        editor.undo(monday, id, required(body.version()), auth.getName());
        return week(monday);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Map<String, Object>> conflict(ConflictException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(EditRejected.class)
    ResponseEntity<Map<String, Object>> rejected(EditRejected e) {
        return ResponseEntity.unprocessableEntity().body(Map.of("error", e.getMessage(),
            "confirmable", e.confirmable()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", e.getMessage()));
    }

    private static int required(Integer version) {
        if (version == null) {
            throw new EditRejected("Give the week's version (from GET), so that edits never overwrite each other.",
                false);
        }
        return version;
    }

    private static TimetableEditor.CellRef ref(LocalDate monday, CellAt at) {
        return new TimetableEditor.CellRef(weekday(monday, at.day()), at.turn(), at.line());
    }

    private static DayOfWeek weekday(LocalDate monday, LocalDate day) {
        if (day.isBefore(monday) || day.isAfter(monday.plusDays(6))) {
            throw new EditRejected(day + " is not in the week of " + monday + ".", false);
        }
        return day.getDayOfWeek();
    }

    private static LocalDate date(LocalDate monday, DayOfWeek day) {
        return monday.plusDays(day.getValue() - 1);
    }

    private static Map<String, Object> change(LocalDate monday, Change c, ZoneId zone) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        // The team's time with its offset: readable as it is, and still one exact instant.
        m.put("at", c.at().atZone(zone).toOffsetDateTime().toString());
        m.put("by", c.by());
        // A whole-week change (PUBLISH, IMPORT) names no cell; a line added or removed names its line only.
        m.put("day", c.day() == null ? null : date(monday, c.day()).toString());
        m.put("turn", c.day() == null ? null : c.turn());
        m.put("line", c.wholeWeek() ? null : c.line());
        m.put("before", c.before());
        m.put("after", c.after());
        m.put("reason", c.reason());
        m.put("kind", c.kind().name());
        m.put("undoes", c.undoes());
        m.put("pairedWith", c.pairedWith());
        return m;
    }
}
