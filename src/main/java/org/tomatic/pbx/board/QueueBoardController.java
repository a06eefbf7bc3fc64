package org.tomatic.pbx.board;

import java.util.Comparator;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.tomatic.pbx.PbxException;
import org.tomatic.pbx.PbxProperties;
import org.tomatic.pbx.QueueActions;
import org.tomatic.people.CurrentUser;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.system.TextLimits;

/**
 * The queue board ("switchboard"): live by server-sent events; agents pause and resume themselves,
 * coordinators anyone, and add or remove members. Actions answer 204, or 400/403 with the reason
 * as plain text for the page to show.
 */
@Controller
@ConditionalOnWebApplication
class QueueBoardController {

    /** The reasons offered when pausing (message keys); any other text can be typed. */
    static final List<String> PAUSE_REASONS = List.of("break", "meal", "meeting", "training", "task");

    private final QueueBoardEvents events;
    private final QueueActions actions;
    private final PersonRepository people;
    private final PbxProperties properties;

    QueueBoardController(QueueBoardEvents events, QueueActions actions, PersonRepository people,
                         PbxProperties properties) {
        this.events = events;
        this.actions = actions;
        this.people = people;
        this.properties = properties;
    }

    @GetMapping("/queue")
    String board(Authentication auth, Model model) {
        CurrentUser me = CurrentUser.of(auth);
        model.addAttribute("coordinator", me.isCoordinator());
        model.addAttribute("myInterface", ownInterface(me));
        model.addAttribute("reasons", PAUSE_REASONS);
        model.addAttribute("candidates", people.findAll().stream()
            .filter(p -> p.active() && p.extension() != null && !p.extension().isBlank())
            .sorted(Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER)).toList());
        model.addAttribute("queueName", properties.queue());
        return "queue/board";
    }

    @GetMapping(path = "/queue/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter stream() {
        return events.subscribe();
    }

    @PostMapping("/queue/pause")
    ResponseEntity<String> pause(Authentication auth, @RequestParam String member,
                                 @RequestParam(required = false) String reason) {
        if (reason != null && reason.strip().length() > QueueActions.MAX_PAUSE_REASON) {
            return text(HttpStatus.BAD_REQUEST, TextLimits.sentence("The pause reason", QueueActions.MAX_PAUSE_REASON));
        }
        return act(auth, member, () -> actions.pause(auth.getName(), member, reason));
    }

    @PostMapping("/queue/resume")
    ResponseEntity<String> resume(Authentication auth, @RequestParam String member) {
        return act(auth, member, () -> actions.resume(auth.getName(), member));
    }

    @PostMapping("/queue/add")
    @PreAuthorize("hasRole('COORDINATOR')")
    ResponseEntity<String> add(Authentication auth, @RequestParam String person) {
        return coordinatorAct(auth, () -> actions.add(auth.getName(), person));
    }

    @PostMapping("/queue/remove")
    @PreAuthorize("hasRole('COORDINATOR')")
    ResponseEntity<String> remove(Authentication auth, @RequestParam String member) {
        return coordinatorAct(auth, () -> actions.remove(auth.getName(), member));
    }

    /** "Reset the queue to the timetable": a plain form (asked first), back to the board with what happened. */
    @PostMapping("/queue/reset")
    @PreAuthorize("hasRole('COORDINATOR')")
    String reset(Authentication auth, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        try {
            actions.resetToTimetable(auth.getName());
            redirect.addFlashAttribute("flash", "queue.wasReset");
        } catch (PbxException e) {
            redirect.addFlashAttribute("flash", "queue.resetFailed");
        }
        return "redirect:/queue";
    }

    private ResponseEntity<String> act(Authentication auth, String member, Runnable action) {
        CurrentUser me = CurrentUser.of(auth);
        if (!me.isCoordinator() && !member.equals(ownInterface(me))) {
            return text(HttpStatus.FORBIDDEN, "Agents can pause and resume only themselves.");
        }
        return run(action);
    }

    private ResponseEntity<String> coordinatorAct(Authentication auth, Runnable action) {
        if (!CurrentUser.of(auth).isCoordinator()) {
            return text(HttpStatus.FORBIDDEN, "Only coordinators add people to the queue or remove them.");
        }
        return run(action);
    }

    private ResponseEntity<String> run(Runnable action) {
        try {
            action.run();
            return ResponseEntity.noContent().build();
        } catch (PbxException e) {
            return text(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private String ownInterface(CurrentUser me) {
        return people.findById(me.id()).map(Person::extension).filter(e -> !e.isBlank())
            .map(properties::memberInterface).orElse(null);
    }

    private static ResponseEntity<String> text(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
            .body(message);
    }
}
