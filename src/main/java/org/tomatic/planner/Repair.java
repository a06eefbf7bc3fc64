package org.tomatic.planner;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tomatic.availability.AvailabilityService;
import org.tomatic.availability.Leave;
import org.tomatic.availability.LeaveKind;
import org.tomatic.people.CurrentUser;
import org.tomatic.planner.solver.Cost;
import org.tomatic.planner.solver.Problem;
import org.tomatic.planner.solver.Rules;
import org.tomatic.planner.solver.Slot;
import org.tomatic.planner.solver.Solution;
import org.tomatic.planner.solver.SolverSettings;
import org.tomatic.planner.solver.TimetableSolver;
import org.tomatic.system.NotFoundException;
import org.tomatic.system.Weekdays;
import org.tomatic.timetable.Timetable;
import org.tomatic.timetable.TimetableEditor;
import org.tomatic.timetable.TimetableRepository;
import org.tomatic.system.TeamTime;

/**
 * "X is off from Wednesday to Friday": frees X's cells in those days and lets the solver fill them
 * while every other cell stays where it is (pinned) — a proposal the coordinator previews, then
 * applies as ordinary, logged edits together with the absence.
 */
@Service
public class Repair {

    /** One cell to change: day, turn, line, from whom to whom (null = nobody). */
    public record CellChange(DayOfWeek day, int turn, int line, String before, String after) {}

    /**
     * {@code cost}: the week's cost after the changes; {@code currentCost}: the week's cost now; both by the
     * planner's cost function on the week's problem (the same numbers as the cell editor's cost changes).
     */
    public record Proposal(LocalDate week, String person, LocalDate from, LocalDate to, int version,
                           List<CellChange> changes, long cost, long currentCost) {}

    static final int CHANGED_CELL_COST = 30;

    private final TimetableRepository timetables;
    private final WeekProblems weeks;
    private final TimetableEditor editor;
    private final AvailabilityService availability;
    private final TeamTime teamTime;

    public Repair(TimetableRepository timetables, WeekProblems weeks, TimetableEditor editor,
                  AvailabilityService availability, TeamTime teamTime) {
        this.teamTime = teamTime;
        this.timetables = timetables;
        this.weeks = weeks;
        this.editor = editor;
        this.availability = availability;
    }

    public Proposal propose(LocalDate week, String person, LocalDate from, LocalDate to) {
        Timetable current = timetables.find(week)
            .orElseThrow(() -> new NotFoundException("There is no timetable for the week of " + week));
        int version = timetables.version(week).orElse(0);
        Problem base = weeks.prepare(week, current.lineLabels().size(), false).problem()
            .withLines(current.lineLabels().size());
        Set<String> absentDays = new HashSet<>();
        LocalDate today = teamTime.today();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            // Past days stay as they were: only the rest of the week is re-planned.
            if (!d.isBefore(week) && d.isBefore(week.plusDays(7)) && d.isAfter(today)) {
                absentDays.add(Weekdays.code(d.getDayOfWeek()));
            }
        }
        Map<Slot, Map<String, String>> busy = new HashMap<>();
        base.busy().forEach((slot, people) -> busy.put(slot, new HashMap<>(people)));
        for (String day : absentDays) {
            for (int t = 0; t < base.turns(); t++) {
                busy.computeIfAbsent(new Slot(day, t), s -> new HashMap<>()).put(person, "absent");
            }
        }
        // Everyone else stays put, unless they have become busy since; loads and daily maxima stretch to
        // what the week already gives them, so hand edits do not make the repair impossible.
        Map<Slot, Set<String>> pinned = new HashMap<>();
        Map<Slot, Set<String>> previous = new HashMap<>();
        Map<String, Integer> weekCount = new HashMap<>();
        Map<String, Integer> dayMax = new HashMap<>();
        Map<String, Integer> dayCount = new HashMap<>();
        for (Timetable.Cell c : current.cells()) {
            if (c.personId() == null || c.holiday()) {
                continue;
            }
            Slot slot = new Slot(Weekdays.code(c.day()), c.turn());
            previous.computeIfAbsent(slot, s -> new LinkedHashSet<>()).add(c.personId());
            weekCount.merge(c.personId(), 1, Integer::sum);
            int n = dayCount.merge(c.personId() + "/" + c.day(), 1, Integer::sum);
            dayMax.merge(c.personId(), n, Math::max);
            boolean known = base.persons().stream().anyMatch(p -> p.name().equals(c.personId()));
            if (known && !busy.getOrDefault(slot, Map.of()).containsKey(c.personId())) {
                pinned.computeIfAbsent(slot, s -> new LinkedHashSet<>()).add(c.personId());
            }
        }
        // The absent person's cells are refilled even when nobody has load to spare: a colleague may take
        // up to that many turns more (their turn credit keeps the account); a cell stays empty only when
        // nobody can take it at all.
        int left = (int) current.cells().stream().filter(c -> person.equals(c.personId())
            && absentDays.contains(Weekdays.code(c.day()))).count();
        // The absent person's load shrinks by the turns they lose (off the whole week, they have none to take).
        List<Problem.Person> persons = base.persons().stream().map(p -> {
            int load = Math.max(p.maxLoad(), weekCount.getOrDefault(p.name(), 0));
            return new Problem.Person(p.name(), p.name().equals(person) ? Math.max(0, load - left) : load + left,
                Math.max(p.maxPerDay(), dayMax.getOrDefault(p.name(), 0)));
        }).toList();
        Problem problem = new Problem(base.name(), base.days(), base.holidays(), base.hours(), base.lines(),
            base.maxPerDay(), persons, busy, base.undesired(), base.forced(), base.weights(),
            Rules.NONE.withStability(pinned, previous, CHANGED_CELL_COST));
        Solution solution = TimetableSolver.solve(problem, SolverSettings.defaults().withTimeLimit(Duration.ofSeconds(20)),
            p -> { });
        // The costs compared are the week's own (its problem's rules), not the search's: keeping cells in place
        // is what the search is told to prefer, not a cost of the week.
        Problem judge = problem.withRules(base.rules());
        return new Proposal(week, person, from, to, version, diff(current, solution.timetable()),
            Cost.of(judge, solution.timetable()).total(), Cost.of(judge, CellCandidates.asGrid(current)).total());
    }

    /** Line by line: who stays keeps their line; newcomers take the lines that were freed. */
    static List<CellChange> diff(Timetable current, Map<String, List<List<String>>> proposed) {
        List<CellChange> changes = new ArrayList<>();
        for (DayOfWeek day : current.days()) {
            List<List<String>> turns = proposed.get(Weekdays.code(day));
            if (turns == null) {
                continue;
            }
            for (int turn = 0; turn < turns.size(); turn++) {
                int t = turn;
                List<Timetable.Cell> cells = current.cells().stream()
                    .filter(c -> c.day() == day && c.turn() == t && !c.holiday())
                    .sorted(java.util.Comparator.comparingInt(Timetable.Cell::line)).toList();
                List<String> after = new ArrayList<>(turns.get(turn).stream()
                    .filter(p -> !Problem.NOBODY.equals(p) && !"festiu".equals(p)).toList());
                List<Timetable.Cell> freed = new ArrayList<>();
                for (Timetable.Cell c : cells) {
                    if (c.personId() != null && after.remove(c.personId())) {
                        continue;   // stays on their line
                    }
                    freed.add(c);
                }
                for (Timetable.Cell c : freed) {
                    String newcomer = after.isEmpty() ? null : after.remove(0);
                    if (!java.util.Objects.equals(newcomer, c.personId())) {
                        changes.add(new CellChange(day, turn, c.line(), c.personId(), newcomer));
                    }
                }
            }
        }
        return changes;
    }

    /** Records the absence and applies the proposal's changes as logged edits. */
    @Transactional
    public int apply(Proposal proposal, CurrentUser user) {
        availability.addLeave(new Leave(null, proposal.person(), proposal.from(), proposal.to(), LeaveKind.OTHER,
            "absence (repair of the week of " + proposal.week() + ")", 0), user);
        int version = proposal.version();
        String reason = proposal.person() + " absent " + proposal.from() + " – " + proposal.to();
        for (CellChange c : proposal.changes()) {
            editor.edit(new TimetableEditor.Edit(proposal.week(), c.day(), c.turn(), c.line(), c.after(), reason,
                version++, true), user.id());
        }
        return proposal.changes().size();
    }
}
