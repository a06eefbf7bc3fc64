package org.tomatic.home;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tomatic.availability.AvailabilityService;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;
import org.tomatic.pbx.LiveQueue;
import org.tomatic.pbx.PbxProperties;
import org.tomatic.system.TurnGrid;
import org.tomatic.system.TurnGridRepository;
import org.tomatic.timetable.Timetable;
import org.tomatic.timetable.TimetableRepository;
import org.tomatic.timetable.SwapRequests;
import org.tomatic.system.TurnWords;

/**
 * The start page: this week at a glance, the queue now, and one's own turns and availability. Its
 * template keeps its name, {@code system/home}.
 */
@Controller
class HomeController {

    private final TurnGridRepository grid;
    private final AvailabilityService availability;
    private final TimetableRepository timetables;
    private final PersonRepository people;
    private final Clock clock;
    private final SwapRequests swapRequests;
    private final LiveQueue queue;
    private final PbxProperties pbx;

    HomeController(TurnGridRepository grid, AvailabilityService availability, TimetableRepository timetables,
                   PersonRepository people, Clock clock, SwapRequests swapRequests, LiveQueue queue,
                   PbxProperties pbx) {
        this.swapRequests = swapRequests;
        this.queue = queue;
        this.pbx = pbx;
        this.grid = grid;
        this.availability = availability;
        this.timetables = timetables;
        this.people = people;
        this.clock = clock;
    }

    /** Who is on the phone in one turn of one day, for the read-only week at a glance. */
    record Slot(List<Person> people, int holes, boolean holiday) {}

    @GetMapping("/")
    String home(Authentication auth, Model model, java.util.Locale locale) {
        TurnGrid turnGrid = grid.get();
        LocalDate today = LocalDate.now(clock.withZone(turnGrid.timeZone()));
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        model.addAttribute("grid", turnGrid);
        model.addAttribute("monday", monday);
        model.addAttribute("today", today);
        model.addAttribute("myBusy", availability.busyOf(auth.getName()).stream()
            .filter(b -> b.date() == null || !b.date().isBefore(today)).toList());
        timetables.find(monday).ifPresent(t -> model.addAttribute("week", weekAtAGlance(t)));
        homeFor(auth, turnGrid, today, monday, model, locale);
        queueNow(model);
        model.addAttribute("holidays", availability.holidays().stream()
            .filter(h -> !h.date().isBefore(today)).limit(5).toList());
        return "system/home";
    }

    /** turn → day → slot, from the stored timetable; people who left show by their id. */
    private Map<Integer, Map<DayOfWeek, Slot>> weekAtAGlance(Timetable t) {
        Map<String, Person> byId = people.findAll().stream().collect(Collectors.toMap(Person::id, p -> p));
        Map<Integer, Map<DayOfWeek, Slot>> rows = new TreeMap<>();
        for (int turn = 0; turn < t.boundaries().size() - 1; turn++) {
            Map<DayOfWeek, Slot> row = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek day : t.days()) {
                int turnIndex = turn;
                List<Timetable.Cell> cells = t.cells().stream()
                    .filter(c -> c.day() == day && c.turn() == turnIndex).toList();
                List<Person> onThePhone = cells.stream().filter(c -> c.personId() != null)
                    .map(c -> byId.getOrDefault(c.personId(), new Person(c.personId(), c.personId(), null, null, null,
                        "dddddd", null, List.of(), null, null, false, Role.AGENT, 0)))
                    .toList();
                boolean holiday = cells.stream().anyMatch(Timetable.Cell::holiday);
                row.put(day, new Slot(onThePhone, holiday ? 0 : cells.size() - onThePhone.size(), holiday));
            }
            rows.put(turn, row);
        }
        return rows;
    }

    /** My next turns, the swap requests waiting for an answer, and who is on the phone now. */
    private void homeFor(Authentication auth, TurnGrid turnGrid, LocalDate today, LocalDate monday, Model model,
                         java.util.Locale locale) {
        String me = auth.getName();
        java.time.ZonedDateTime now = clock.instant().atZone(turnGrid.timeZone());
        Map<String, String> names = people.findAll().stream().collect(Collectors.toMap(Person::id, Person::name));
        List<String> nextTurns = new java.util.ArrayList<>();
        for (LocalDate week : List.of(monday, monday.plusWeeks(1))) {
            timetables.find(week).ifPresent(t -> t.cells().stream()
                .filter(c -> me.equals(c.personId()))
                .sorted(java.util.Comparator.comparing(Timetable.Cell::day).thenComparing(Timetable.Cell::turn))
                .filter(c -> c.turn() + 1 < t.boundaries().size() && week.plusDays(c.day().getValue() - 1)
                    .atTime(java.time.LocalTime.parse(t.boundaries().get(c.turn() + 1)))
                    .atZone(turnGrid.timeZone()).isAfter(now))
                .forEach(c -> nextTurns.add(TurnWords.day(c.day(), locale) + " "
                    + week.plusDays(c.day().getValue() - 1).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM"))
                    + " " + TurnWords.turn(t.boundaries(), c.turn()) + " (" + TurnWords.line(c.line()) + ")")));
        }
        model.addAttribute("nextTurns", nextTurns.stream().limit(5).toList());
        boolean coordinator = auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_COORDINATOR"));
        model.addAttribute("pendingSwaps", swapRequests.pending(monday).stream()
            .filter(r -> coordinator || me.equals(r.colleague()))
            .map(r -> new PendingSwap(r.week(), names.getOrDefault(r.requester(), r.requester()),
                names.getOrDefault(r.colleague(), r.colleague()), me.equals(r.colleague())))
            .toList());
        timetables.find(monday).ifPresent(t -> {
            for (int turn = 0; turn + 1 < t.boundaries().size(); turn++) {
                var start = today.atTime(java.time.LocalTime.parse(t.boundaries().get(turn))).atZone(turnGrid.timeZone());
                var end = today.atTime(java.time.LocalTime.parse(t.boundaries().get(turn + 1))).atZone(turnGrid.timeZone());
                if (!now.isBefore(start) && now.isBefore(end) && t.days().contains(today.getDayOfWeek())) {
                    int current = turn;
                    model.addAttribute("currentTurn", TurnWords.turn(t.boundaries(), turn));
                    model.addAttribute("onThePhone", t.cells().stream()
                        .filter(c -> c.day() == today.getDayOfWeek() && c.turn() == current && c.personId() != null)
                        .map(c -> names.getOrDefault(c.personId(), c.personId())).toList());
                }
            }
        });
    }

    /** Someone in the queue now, as the queue board reads them: their state, paused (and why) or not. */
    record QueueMember(String name, String state, boolean paused, String pausedReason) {}

    /** The queue as the board reads it (the live queue): who is in it now, paused or not, and calls waiting. */
    private void queueNow(Model model) {
        LiveQueue.View view = queue.view();
        model.addAttribute("queueUp", view.health().up());
        Map<String, String> byExtension = new java.util.HashMap<>();
        people.findAll().stream().filter(p -> p.extension() != null).forEach(p -> byExtension.put(p.extension(), p.name()));
        model.addAttribute("queueMembers", view.snapshot().members().stream()
            .map(m -> new QueueMember(byExtension.getOrDefault(pbx.extensionOf(m.memberInterface()), m.name()),
                m.state().name(), m.paused(), m.pausedReason() == null || m.pausedReason().isBlank() ? null
                : m.pausedReason()))
            .sorted(java.util.Comparator.comparing(QueueMember::name, String.CASE_INSENSITIVE_ORDER)).toList());
        model.addAttribute("queueWaiting", view.snapshot().callers().size());
    }

    /** A swap request waiting for an answer; {@code mine}: it is mine to answer. */
    record PendingSwap(LocalDate week, String requester, String colleague, boolean mine) {}
}
