package org.tomatic.timetable;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.system.ConflictException;
import org.tomatic.system.TurnGrid;
import org.tomatic.system.TurnGridRepository;
import org.tomatic.system.TurnWords;

/** The week page: everyone sees it; coordinators edit cells (with ranked candidates) and undo changes. */
@Controller
@RequestMapping("/timetable")
class WeekController {

    private final TimetableRepository timetables;
    private final TimetableEditor editor;
    private final CandidateRanking candidates;
    private final PersonRepository people;
    private final TurnGridRepository grid;
    private final Clock clock;
    private final WeekEvents events;
    private final SwapRequests swapRequests;
    private final ChangeWords words;
    private final PenaltyWords penaltyWords;

    WeekController(TimetableRepository timetables, TimetableEditor editor, CandidateRanking candidates,
                   PersonRepository people, TurnGridRepository grid, Clock clock, WeekEvents events,
                   SwapRequests swapRequests, ChangeWords words, PenaltyWords penaltyWords) {
        this.words = words;
        this.penaltyWords = penaltyWords;
        this.events = events;
        this.swapRequests = swapRequests;
        this.timetables = timetables;
        this.editor = editor;
        this.candidates = candidates;
        this.people = people;
        this.grid = grid;
        this.clock = clock;
    }

    /** The week shown by default: this one until Friday 18:00, then the next. */
    static LocalDate defaultWeek(ZonedDateTime now) {
        LocalDate monday = now.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDateTime flip = monday.plusDays(4).atTime(LocalTime.of(18, 0));
        return now.toLocalDateTime().isBefore(flip) ? monday : monday.plusWeeks(1);
    }

    @GetMapping
    String week(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
                Model model, Authentication auth, java.util.Locale locale) {
        TurnGrid turnGrid = grid.get();
        LocalDate monday = week != null ? week.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            : defaultWeek(ZonedDateTime.now(clock.withZone(turnGrid.timeZone())));
        model.addAttribute("week", monday);
        Map<String, Person> byId = new HashMap<>();
        people.findAll().forEach(p -> byId.put(p.id(), p));
        model.addAttribute("people", byId);
        timetables.find(monday).ifPresent(t -> {
            model.addAttribute("timetable", t);
            // What the week lacks, said where coordinators look: empty cells and lines planned away.
            List<String> empty = t.cells().stream().filter(c -> c.personId() == null && !c.holiday())
                .sorted(java.util.Comparator.comparing(Timetable.Cell::day).thenComparing(Timetable.Cell::turn)
                    .thenComparing(Timetable.Cell::line))
                .map(c -> TurnWords.cell(c.day(), t.boundaries(), c.turn(), c.line(), locale)).toList();
            model.addAttribute("emptyCells", empty);
            model.addAttribute("gridLines", turnGrid.lines());
            model.addAttribute("version", timetables.version(monday).orElse(0));
            Map<String, Person> cells = new HashMap<>();
            t.cells().stream().filter(c -> c.personId() != null).forEach(c -> cells.put(key(c.day(), c.turn(), c.line()),
                byId.getOrDefault(c.personId(), ghost(c.personId()))));
            model.addAttribute("cells", cells);
            model.addAttribute("holidays", t.cells().stream().filter(Timetable.Cell::holiday)
                .map(Timetable.Cell::day).distinct().toList());
            List<Change> changes = editor.changes(monday);
            model.addAttribute("changes", changes);
            model.addAttribute("changeTexts", words.describeAll(changes, t.boundaries(), byId, locale));
            java.util.function.Function<String, String> nameOf = id -> byId.containsKey(id) ? byId.get(id).name() : id;
            model.addAttribute("penaltyTexts", penaltyWords.sayAll(t.penalties(), t.boundaries(), nameOf, locale));
            model.addAttribute("undoable", TimetableEditor.undoable(changes));
            // Lines: coordinators add one (up to the turn grid's) or remove the last, told first who loses turns.
            int lines = t.lineLabels().size();
            model.addAttribute("canAddLine", lines < turnGrid.lines());
            model.addAttribute("canRemoveLine", lines > 1);
            List<Timetable.Cell> lost = editor.lastLineCells(monday);
            model.addAttribute("lastLineHasPeople", !lost.isEmpty());
            model.addAttribute("removeLineConfirm", removeLineWords(lines, lost, t.boundaries(), byId, locale));
            Map<String, Integer> assigned = new TreeMap<>();
            t.cells().stream().filter(c -> c.personId() != null).forEach(c -> assigned.merge(c.personId(), 1, Integer::sum));
            model.addAttribute("assigned", assigned);
            try {
                model.addAttribute("targets", candidates.targets(monday, t.lineLabels().size()));
            } catch (RuntimeException e) {
                model.addAttribute("targets", Map.of());   // e.g. a grid that no longer fits an old week
            }
            String me = auth.getName();
            List<SwapRequests.SwapRequest> requests = swapRequests.ofWeek(monday);
            model.addAttribute("swapRequests", requests);
            Map<Long, String> swapTexts = new HashMap<>();
            requests.forEach(r -> swapTexts.put(r.id(), nameOf.apply(r.requester()) + " ("
                + cellWords(r.fromCell(), t.boundaries(), locale) + ") ⇄ " + nameOf.apply(r.colleague()) + " ("
                + cellWords(r.toCell(), t.boundaries(), locale) + ")"));
            model.addAttribute("swapTexts", swapTexts);
            Map<String, String> mine = new java.util.LinkedHashMap<>();
            Map<String, String> theirs = new java.util.LinkedHashMap<>();
            t.cells().stream().filter(c -> c.personId() != null).forEach(c -> {
                String label = TurnWords.cell(c.day(), t.boundaries(), c.turn(), c.line(), locale);
                if (me.equals(c.personId())) {
                    mine.put(key(c.day(), c.turn(), c.line()), label);
                } else {
                    theirs.put(key(c.day(), c.turn(), c.line()), label + ": "
                        + (byId.containsKey(c.personId()) ? byId.get(c.personId()).name() : c.personId()));
                }
            });
            model.addAttribute("myCells", mine);
            model.addAttribute("theirCells", theirs);
            model.addAttribute("myTurns", t.cells().stream().filter(c -> me.equals(c.personId()))
                .sorted(java.util.Comparator.comparing(Timetable.Cell::day).thenComparing(Timetable.Cell::turn))
                .map(c -> c.day().getDisplayName(java.time.format.TextStyle.FULL, locale) + " "
                    + t.boundaries().get(c.turn()) + "–" + t.boundaries().get(c.turn() + 1) + " (L" + (c.line() + 1) + ")")
                .toList());
        });
        return "timetable/week";
    }

    /** The week as a standalone HTML file, to send or archive. */
    @GetMapping("/{week}/export.html")
    String export(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week, Model model,
                  Authentication auth, java.util.Locale locale,
                  jakarta.servlet.http.HttpServletResponse response) {
        week(week, model, auth, locale);
        response.setHeader("Content-Disposition", "attachment; filename=\"timetable-" + week + ".html\"");
        return "timetable/export";
    }

    @GetMapping(path = "/{week}/events", produces = org.springframework.http.MediaType.TEXT_EVENT_STREAM_VALUE)
    @org.springframework.web.bind.annotation.ResponseBody
    org.springframework.web.servlet.mvc.method.annotation.SseEmitter events(
        @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week) {
        return events.subscribe(week);
    }

    @GetMapping("/{week}/cells/{day}/{turn}/{line}")
    @PreAuthorize("hasRole('COORDINATOR')")
    String picker(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
                  @PathVariable DayOfWeek day, @PathVariable int turn, @PathVariable int line, Model model,
                  Locale locale) {
        fillPicker(week, day, turn, line, model, locale);
        return "timetable/picker :: picker";
    }

    /** The cell editor's model: the cell, who holds it, the ranked candidates, the week's version. */
    private void fillPicker(LocalDate week, DayOfWeek day, int turn, int line, Model model, Locale locale) {
        model.addAttribute("week", week);
        model.addAttribute("day", day);
        model.addAttribute("turn", turn);
        model.addAttribute("line", line);
        Optional<Timetable> timetable = timetables.find(week);
        model.addAttribute("turnLabel", timetable.map(t -> TurnWords.turn(t.boundaries(), turn)).orElse(""));
        model.addAttribute("holder", holderName(timetable, day, turn, line));
        model.addAttribute("version", timetables.version(week).orElse(0));
        model.addAttribute("candidates", candidates.rank(week, day, turn, line));
        model.addAttribute("cellKey", key(day, turn, line));
    }

    private String holderName(Optional<Timetable> timetable, DayOfWeek day, int turn, int line) {
        return timetable.flatMap(t -> t.cells().stream()
                .filter(c -> c.day() == day && c.turn() == turn && c.line() == line && c.personId() != null).findFirst())
            .map(c -> people.findById(c.personId()).map(Person::name).orElse(c.personId())).orElse(null);
    }

    /**
     * Swap-pick mode of the grid: for the chosen cell, the banner to show and, per other cell, whether a swap
     * with it is allowed ({@code ok}), needs a confirmation ({@code confirm}: someone would be busy) or is
     * refused, with the words for its tooltip: the refusal, or the change in the week's cost.
     */
    @GetMapping(path = "/{week}/cells/{day}/{turn}/{line}/swaps", produces = "application/json")
    @PreAuthorize("hasRole('COORDINATOR')")
    @org.springframework.web.bind.annotation.ResponseBody
    Map<String, Object> swapTargets(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
                                    @PathVariable DayOfWeek day, @PathVariable int turn, @PathVariable int line,
                                    Locale locale) {
        Timetable t = timetables.find(week)
            .orElseThrow(() -> new org.tomatic.system.NotFoundException("There is no timetable for the week of " + week));
        TimetableEditor.CellRef from = new TimetableEditor.CellRef(day, turn, line);
        Map<TimetableEditor.CellRef, EditRejected> refusals = editor.swapRefusals(week, from);
        Map<TimetableEditor.CellRef, Long> deltas = candidates.swapDeltas(week, day, turn, line);
        Map<String, Object> cells = new java.util.LinkedHashMap<>();
        refusals.forEach((ref, refusal) -> {
            if (ref.equals(from)) {
                return;
            }
            Map<String, Object> target = new java.util.LinkedHashMap<>();
            Long delta = deltas.get(ref);
            String cost = delta == null ? "" : words.message("week.swapDelta", locale, signed(delta));
            target.put("state", refusal == null ? "ok" : refusal.confirmable() ? "confirm" : "refused");
            target.put("title", refusal == null ? cost : refusal.in(words.messages(), locale)
                + (refusal.confirmable() && !cost.isEmpty() ? " " + cost : ""));
            cells.put(key(ref.day(), ref.turn(), ref.line()), target);
        });
        String holder = holderName(Optional.of(t), day, turn, line);
        Map<String, Object> answer = new java.util.LinkedHashMap<>();
        answer.put("banner", words.message("week.swapPick", locale, TurnWords.day(day, locale),
            TurnWords.turn(t.boundaries(), turn), line + 1,
            holder == null ? words.message("fixed.nobody", locale) : holder));
        answer.put("cells", cells);
        return answer;
    }

    static String signed(long delta) {
        return delta > 0 ? "+" + delta : String.valueOf(delta);
    }

    @PostMapping("/{week}/cells/{day}/{turn}/{line}")
    @PreAuthorize("hasRole('COORDINATOR')")
    String edit(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
                @PathVariable DayOfWeek day, @PathVariable int turn, @PathVariable int line,
                @RequestParam(defaultValue = "") String person, @RequestParam(defaultValue = "") String reason,
                @RequestParam int version, @RequestParam(defaultValue = "false") boolean confirmBusy,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                Authentication auth, RedirectAttributes redirect, Locale locale, HttpServletRequest request,
                HttpServletResponse response) {
        try {
            Change change = editor.edit(new TimetableEditor.Edit(week, day, turn, line,
                person.isBlank() ? null : person, reason, version, confirmBusy), auth.getName());
            return done(htmx, week, "flashText", words.message("week.changed", locale,
                words.describe(week, change, locale)), redirect, request, response);
        } catch (EditRejected | ConflictException e) {
            if (htmx == null) {
                redirect.addFlashAttribute("flashErrorText", words.refusal(e, locale));
                return "redirect:/timetable?week=" + week;
            }
            // The editor stays open with the reason in it, the choice kept, and "do it anyway" when allowed.
            fillPicker(week, day, turn, line, model, locale);
            refused(e, model, locale);
            model.addAttribute("refusedPerson", person);
            model.addAttribute("refusedReason", reason);
            return "timetable/picker :: picker";
        }
    }

    /** Swaps two cells (a and b as DAY/turn/line). */
    @PostMapping("/{week}/swap")
    @PreAuthorize("hasRole('COORDINATOR')")
    String swap(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week, @RequestParam String a,
                @RequestParam String b, @RequestParam(defaultValue = "") String reason, @RequestParam int version,
                @RequestParam(defaultValue = "false") boolean confirmBusy,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                Authentication auth, RedirectAttributes redirect, Locale locale, HttpServletRequest request,
                HttpServletResponse response) {
        TimetableEditor.CellRef first = SwapRequests.ref(a);
        try {
            List<Change> changes = editor.swap(week, first, SwapRequests.ref(b), reason, version,
                confirmBusy, auth.getName());
            return done(htmx, week, "flashText", words.message("week.swapped", locale,
                words.describe(week, changes.get(0), locale), words.describe(week, changes.get(1), locale)),
                redirect, request, response);
        } catch (EditRejected | ConflictException e) {
            if (htmx == null) {
                redirect.addFlashAttribute("flashErrorText", words.refusal(e, locale));
                return "redirect:/timetable?week=" + week;
            }
            fillPicker(week, first.day(), first.turn(), first.line(), model, locale);
            refused(e, model, locale);
            model.addAttribute("refusedSwapWith", b);
            model.addAttribute("refusedSwapWords", timetables.find(week).map(t -> cellWords(b, t.boundaries(), locale))
                .orElse(b));
            model.addAttribute("refusedReason", reason);
            return "timetable/picker :: picker";
        }
    }

    private void refused(RuntimeException e, Model model, Locale locale) {
        model.addAttribute("refusal", words.refusal(e, locale));
        model.addAttribute("confirmable", e instanceof EditRejected r && r.confirmable());
    }

    /**
     * The end of a change that worked: a redirect to the week with the message; for htmx (the cell editor), the
     * same message kept for the next page and an HX-Redirect there, so the whole page shows the change.
     */
    private static String done(String htmx, LocalDate week, String key, String text, RedirectAttributes redirect,
                               HttpServletRequest request, HttpServletResponse response) {
        String location = "/timetable?week=" + week;
        if (htmx == null) {
            redirect.addFlashAttribute(key, text);
            return "redirect:" + location;
        }
        org.springframework.web.servlet.FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put(key, text);
        RequestContextUtils.saveOutputFlashMap(location, request, response);
        response.setHeader("HX-Redirect", request.getContextPath() + location);
        return "timetable/picker :: done";
    }

    /** "Remove line 3? Anna Vives loses Monday 09:00–10:15, Tuesday 11:30–12:45; Pau Roig loses …". */
    private String removeLineWords(int lines, List<Timetable.Cell> lost, List<String> boundaries,
                                   Map<String, Person> byId, Locale locale) {
        if (lost.isEmpty()) {
            return words.message("week.removeLineEmpty", locale, lines);
        }
        Map<String, List<String>> turns = new java.util.LinkedHashMap<>();
        lost.forEach(c -> turns.computeIfAbsent(c.personId(), k -> new java.util.ArrayList<>())
            .add(TurnWords.day(c.day(), locale) + " " + TurnWords.turn(boundaries, c.turn())));
        List<String> who = new java.util.ArrayList<>();
        turns.forEach((id, when) -> who.add(words.message("week.losesTurns", locale,
            byId.containsKey(id) ? byId.get(id).name() : id, String.join(", ", when))));
        return words.message("week.removeLineConfirm", locale, lines, String.join("; ", who));
    }

    @PostMapping("/{week}/lines")
    @PreAuthorize("hasRole('COORDINATOR')")
    String addLine(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
                   @RequestParam int version, Authentication auth, RedirectAttributes redirect, Locale locale) {
        return lineChange(week, () -> editor.addLine(week, version, auth.getName()), redirect, locale);
    }

    @PostMapping("/{week}/lines/remove")
    @PreAuthorize("hasRole('COORDINATOR')")
    String removeLine(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
                      @RequestParam int version, @RequestParam(defaultValue = "false") boolean confirm,
                      Authentication auth, RedirectAttributes redirect, Locale locale) {
        return lineChange(week, () -> editor.removeLine(week, version, confirm, auth.getName()), redirect, locale);
    }

    /** A line added or removed: back to the week with the change in words, or the refusal. */
    private String lineChange(LocalDate week, java.util.function.Supplier<Change> change, RedirectAttributes redirect,
                              Locale locale) {
        try {
            redirect.addFlashAttribute("flashText", words.message("week.changed", locale,
                words.describe(week, change.get(), locale)));
        } catch (EditRejected | ConflictException e) {
            redirect.addFlashAttribute("flashErrorText", words.refusal(e, locale));
        }
        return "redirect:/timetable?week=" + week;
    }

    @PostMapping("/{week}/restore")
    @PreAuthorize("hasRole('COORDINATOR')")
    String restore(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
                   @RequestParam int version, Authentication auth, RedirectAttributes redirect,
                   java.util.Locale locale) {
        try {
            int undone = editor.restore(week, version, auth.getName());
            redirect.addFlashAttribute("flashText", words.message("week.restored", locale, undone));
        } catch (EditRejected | ConflictException e) {
            redirect.addFlashAttribute("flashErrorText", words.refusal(e, locale));
        }
        return "redirect:/timetable?week=" + week;
    }

    @PostMapping("/{week}/changes/{id}/undo")
    @PreAuthorize("hasRole('COORDINATOR')")
    String undo(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week, @PathVariable long id,
                @RequestParam int version, Authentication auth, RedirectAttributes redirect,
                java.util.Locale locale) {
        try {
            Change change = editor.undo(week, id, version, auth.getName());
            redirect.addFlashAttribute("flashText", words.message("week.undone", locale, words.describe(week, change, locale)));
        } catch (EditRejected | ConflictException e) {
            redirect.addFlashAttribute("flashErrorText", words.refusal(e, locale));
        }
        return "redirect:/timetable?week=" + week;
    }

    static String key(DayOfWeek day, int turn, int line) {
        return day + "/" + turn + "/" + line;
    }

    private static Person ghost(String id) {
        return new Person(id, id, null, null, null, "dddddd", null, List.of(), null, null, false,
            org.tomatic.people.Role.AGENT, 0);
    }

    /** A cell key ({@code MONDAY/0/1}) as people say it: "Monday 09:00–10:15, L2". */
    static String cellWords(String key, List<String> boundaries, Locale locale) {
        String[] parts = key == null ? new String[0] : key.split("/");
        try {
            return TurnWords.cell(DayOfWeek.valueOf(parts[0]), boundaries, Integer.parseInt(parts[1]),
                Integer.parseInt(parts[2]), locale);
        } catch (RuntimeException e) {
            return key;   // not a cell key: shown as it was stored
        }
    }
}
