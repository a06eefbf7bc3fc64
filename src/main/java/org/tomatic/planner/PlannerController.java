package org.tomatic.planner;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Instant;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tomatic.load.CreditService;
import org.tomatic.people.PersonRepository;
import org.tomatic.system.ConflictException;
import org.tomatic.system.TurnGridRepository;
import org.tomatic.system.TextLimits;
import org.tomatic.system.ValidationException;
import org.tomatic.system.TeamTime;

/** The planner pages: everyone sees the runs; coordinators launch, stop, publish and delete them. */
@Controller
@RequestMapping("/planner")
class PlannerController {

    private final PlanningRuns runs;
    private final TurnGridRepository grid;
    private final RunEvents events;
    private final TeamTime teamTime;
    private final PlannerSettings settings;
    private final CreditService credit;
    private final PersonRepository people;
    private final RunWords words;

    /** The load table's columns, in the order the page shows them (each has a name and a one-line help). */
    static final List<String> LOAD_COLUMNS = List.of("ideal", "ponderated", "rounded", "capacity", "upperBound",
        "limited", "final", "overload", "credit");

    PlannerController(PlanningRuns runs, TurnGridRepository grid, RunEvents events, TeamTime teamTime,
                      PlannerSettings settings, CreditService credit, PersonRepository people, RunWords words) {
        this.words = words;
        this.runs = runs;
        this.grid = grid;
        this.events = events;
        this.teamTime = teamTime;
        this.settings = settings;
        this.credit = credit;
        this.people = people;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("runs", runs.all());
        model.addAttribute("now", teamTime.now());
        model.addAttribute("nextWeek", teamTime.today().with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
        model.addAttribute("grid", grid.get());
        model.addAttribute("defaultTimeLimit", settings.timeLimit().toSeconds());
        return "planner/list";
    }

    @PostMapping("/runs")
    @PreAuthorize("hasRole('COORDINATOR')")
    String launch(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
                  @RequestParam(required = false) Integer lines,
                  @RequestParam(defaultValue = "false") boolean linesFromStaffing,
                  @RequestParam(defaultValue = "60") int timeLimit,
                  @RequestParam(defaultValue = "") String description, Authentication auth,
                  RedirectAttributes redirect) {
        TextLimits.check("description", "The description", description.trim(), PlanningRun.MAX_DESCRIPTION);
        try {
            long id = runs.launch(week, lines, linesFromStaffing, Duration.ofSeconds(timeLimit),
                description.isBlank() ? null : description.trim(), auth.getName());
            return "redirect:/planner/runs/" + id;
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashErrorText", e.getMessage());
            return "redirect:/planner";
        }
    }

    @GetMapping("/runs/{id}")
    String run(@PathVariable long id, Model model, java.util.Locale locale) {
        PlanningRun run = runs.get(id);
        RunResult result = runs.result(id);
        model.addAttribute("run", run);
        model.addAttribute("result", result);
        model.addAttribute("words", words.of(run, result, locale));
        model.addAttribute("loadColumns", LOAD_COLUMNS);
        model.addAttribute("load", runs.loadTable(id));
        model.addAttribute("progressJson", PlanningRuns.JSON.writeValueAsString(runs.progress(id)));
        model.addAttribute("now", teamTime.now());
        return "planner/run";
    }

    @GetMapping(path = "/runs/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter events(@PathVariable long id) throws java.io.IOException {
        runs.get(id);
        SseEmitter emitter = events.subscribe(id);
        // A run that finished before the page subscribed would otherwise never tell it.
        PlanningRun run = runs.get(id);
        if (!run.active()) {
            emitter.send(SseEmitter.event().name("state").data(run.state().name()));
        }
        return emitter;
    }

    @PostMapping("/runs/{id}/relaunch")
    @PreAuthorize("hasRole('COORDINATOR')")
    String relaunch(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
        try {
            return "redirect:/planner/runs/" + runs.relaunch(id, auth.getName());
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashErrorText", e.getMessage());
            return "redirect:/planner/runs/" + id;
        }
    }

    @PostMapping("/runs/{id}/stop")
    @PreAuthorize("hasRole('COORDINATOR')")
    String stop(@PathVariable long id, Authentication auth) {
        runs.stop(id, auth.getName());
        return "redirect:/planner/runs/" + id;
    }

    @GetMapping("/runs/{id}/publish")
    @PreAuthorize("hasRole('COORDINATOR')")
    String confirmPublish(@PathVariable long id, Model model, java.util.Locale locale) {
        PlanningRun run = runs.get(id);
        model.addAttribute("run", run);
        // What the week will lack, said first: lines dropped and cells left empty.
        RunResult.LoadTable load = runs.loadTable(id);
        model.addAttribute("dropped", load == null ? 0 : load.droppedLines());
        model.addAttribute("linesWanted", load == null ? 0 : load.lines() + load.droppedLines());
        model.addAttribute("holes", words.of(run, runs.result(id), locale).holes());
        // The version first: if the week changes after it was read, publishing refuses to go on.
        model.addAttribute("version", runs.weekVersion(id));
        model.addAttribute("changed", runs.changedCells(id));
        return "planner/publish";
    }

    /** {@code version}: the week's version the confirmation page showed; without it, the week as it is now. */
    @PostMapping("/runs/{id}/publish")
    @PreAuthorize("hasRole('COORDINATOR')")
    String publish(@PathVariable long id, @RequestParam(required = false) Integer version, Authentication auth,
                   RedirectAttributes redirect) {
        try {
            int changed = runs.publish(id, version, auth.getName());
            redirect.addFlashAttribute("flashText", "Published: " + changed + " cells changed.");
        } catch (ValidationException | ConflictException e) {
            redirect.addFlashAttribute("flashErrorText", e.getMessage());
        }
        return "redirect:/planner/runs/" + id;
    }

    /** Admins forgive everyone's turn credit from a week on (audited). */
    @PostMapping("/credit/forgive")
    @PreAuthorize("hasRole('ADMIN')")
    String forgive(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week, Authentication auth,
                   RedirectAttributes redirect) {
        if (week.getDayOfWeek() != DayOfWeek.MONDAY) {
            redirect.addFlashAttribute("flashErrorText", "Pick a Monday.");
            return "redirect:/planner";
        }
        var ids = people.findAll().stream().filter(p -> p.idealLoad() != null).map(p -> p.id()).toList();
        credit.forgive(week, ids, auth.getName());
        redirect.addFlashAttribute("flashText", "Turn credit forgiven from the week of " + week + ".");
        return "redirect:/planner";
    }

    @PostMapping("/runs/{id}/delete")
    @PreAuthorize("hasRole('COORDINATOR')")
    String delete(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
        try {
            runs.delete(id, auth.getName());
            return "redirect:/planner";
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flashErrorText", e.getMessage());
            return "redirect:/planner/runs/" + id;
        }
    }
}
