package org.tomatic.timetable;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tomatic.availability.AvailabilityRepository;
import org.tomatic.availability.BusyEntry;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.PersonRules;
import org.tomatic.system.AuditLog;
import org.tomatic.system.ConflictException;
import org.tomatic.system.NotFoundException;
import org.tomatic.system.TextLimits;
import org.tomatic.system.TurnGrid;
import org.tomatic.system.TurnGridRepository;

/**
 * Hand edits of a week's timetable, checked on the server: a rejected edit changes nothing, a
 * stale one (someone else edited the week meanwhile) is refused with the current value, and every
 * accepted one is logged (who, when, cell, before → after, why), audited and moves the overload
 * that feeds turn credit (−1 for who loses the cell, +1 for who gets it).
 */
@Service
public class TimetableEditor {

    /** One cell of the week; person null = nobody. */
    public record Edit(LocalDate week, DayOfWeek day, int turn, int line, String person, String reason, int version,
                       boolean confirmBusy) {}

    private final TimetableRepository timetables;
    private final TurnGridRepository grid;
    private final AvailabilityRepository availability;
    private final PersonRepository people;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ChangeWords words;

    public TimetableEditor(TimetableRepository timetables, TurnGridRepository grid, AvailabilityRepository availability,
                           PersonRepository people, AuditLog audit, ApplicationEventPublisher events, Clock clock,
                           ChangeWords words) {
        this.words = words;
        this.timetables = timetables;
        this.grid = grid;
        this.availability = availability;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Change edit(Edit edit, String actor) {
        checkReason(edit.reason());
        TextLimits.check("person", "The person id", edit.person(), PersonRules.MAX_ID);
        Timetable week = timetables.find(edit.week())
            .orElseThrow(() -> new NotFoundException("There is no timetable for the week of " + edit.week()));
        Timetable.Cell cell = cell(week, edit.day(), edit.turn(), edit.line());
        // A stale edit gets the conflict (with the current value), whatever else it would break.
        if (timetables.version(edit.week()).orElse(-1) != edit.version()) {
            throw conflict(cell.personId());
        }
        checkNotPast(edit.week(), edit.day(), edit.turn());
        if (cell.holiday()) {
            throw new EditRejected("That day is a holiday.", false, "holiday");
        }
        String person = edit.person() == null || edit.person().isBlank() ? null : edit.person();
        if (person != null) {
            checkPerson(week, edit, person);
        } else {
            checkHoles(week, edit);
        }
        String reason = edit.reason() == null || edit.reason().isBlank() ? null : edit.reason().trim();
        return apply(edit.week(), cell, person, reason, edit.version(), actor, Change.Kind.EDIT, null);
    }

    /** One cell of the week, for swaps. */
    public record CellRef(DayOfWeek day, int turn, int line) {}

    /** Swaps two cells in one step: two changes in the log, each checked like an edit. */
    @Transactional
    public List<Change> swap(LocalDate weekStart, CellRef a, CellRef b, String reason, int version,
                             boolean confirmBusy, String actor) {
        checkReason(reason);
        Timetable week = timetables.find(weekStart)
            .orElseThrow(() -> new NotFoundException("There is no timetable for the week of " + weekStart));
        Timetable.Cell first = cell(week, a.day(), a.turn(), a.line());
        Timetable.Cell second = cell(week, b.day(), b.turn(), b.line());
        if (timetables.version(weekStart).orElse(-1) != version) {
            throw conflict(first.personId());
        }
        checkSwap(week, first, second, reason, confirmBusy, people::findById, this::requiredBusy);
        String why = reason == null || reason.isBlank() ? "swap" : reason.trim();
        Change one = apply(weekStart, first, second.personId(), why, version, actor, Change.Kind.EDIT, null, null);
        Change two = apply(weekStart, second, first.personId(), why, version + 1, actor, Change.Kind.EDIT, null,
            one.id());
        audit.record(actor, "timetable", weekStart.toString(), "swap", words.describe(weekStart, one, Locale.ENGLISH)
            + "; " + words.describe(weekStart, two, Locale.ENGLISH));
        return List.of(one, two);
    }

    /** The rules a swap of two cells must keep, in the order they are checked; the first broken one is thrown. */
    private void checkSwap(Timetable week, Timetable.Cell first, Timetable.Cell second, String reason,
                           boolean confirmBusy, java.util.function.Function<String, Optional<Person>> personOf,
                           BusyLookup busyOf) {
        if (first.equals(second) || first.day() == second.day() && first.turn() == second.turn()
            && first.line() == second.line()) {
            throw new EditRejected("Pick two different cells to swap.", false, "sameCell");
        }
        for (Timetable.Cell c : List.of(first, second)) {
            checkNotPast(week.week(), c.day(), c.turn());
            if (c.holiday()) {
                throw new EditRejected("That day is a holiday.", false, "holiday");
            }
        }
        if (java.util.Objects.equals(first.personId(), second.personId())) {
            throw new EditRejected("Both cells hold the same: there is nothing to swap.", false, "nothingToSwap");
        }
        checkMove(week, second, first.personId(), first, reason, confirmBusy, personOf, busyOf);
        checkMove(week, first, second.personId(), second, reason, confirmBusy, personOf, busyOf);
    }

    /** Why a person cannot be on the phone on a date's turn (a required busy entry or a leave), if so. */
    @FunctionalInterface
    interface BusyLookup {
        Optional<String> busy(String person, LocalDate date, int turn);
    }

    /**
     * What swapping the cell {@code from} with each other cell of the week would meet: the refusal (null = the swap
     * is allowed). A confirmable refusal (someone busy) is allowed with a confirmation and a reason; the others
     * are refused whatever is said. The same checks as {@link #swap}; nothing is changed.
     */
    public Map<CellRef, EditRejected> swapRefusals(LocalDate weekStart, CellRef from) {
        Timetable week = timetables.find(weekStart)
            .orElseThrow(() -> new NotFoundException("There is no timetable for the week of " + weekStart));
        Timetable.Cell first = cell(week, from.day(), from.turn(), from.line());
        Map<String, Optional<Person>> persons = new java.util.HashMap<>();
        Map<String, Optional<String>> busy = new java.util.HashMap<>();
        java.util.function.Function<String, Optional<Person>> personOf =
            id -> persons.computeIfAbsent(id, people::findById);
        BusyLookup busyOf = (person, date, turn) -> busy.computeIfAbsent(person + "/" + date + "/" + turn,
            k -> requiredBusy(person, date, turn));
        Map<CellRef, EditRejected> refusals = new java.util.LinkedHashMap<>();
        for (Timetable.Cell second : week.cells()) {
            CellRef ref = new CellRef(second.day(), second.turn(), second.line());
            try {
                checkSwap(week, first, second, null, false, personOf, busyOf);
                refusals.put(ref, null);
            } catch (EditRejected e) {
                refusals.put(ref, e);
            }
        }
        return refusals;
    }

    /** A reason over its maximum is refused (400) before anything else is looked at. */
    private static void checkReason(String reason) {
        TextLimits.check("reason", "The reason", reason == null ? null : reason.trim(), Change.MAX_REASON);
    }

    /**
     * Puts the week back as it was last published (or imported): undoes every cell change made
     * since and not undone yet, newest first. Changes before the last publish are history: the
     * publish replaced their cells.
     */
    @Transactional
    public int restore(LocalDate week, int version, String actor) {
        if (timetables.version(week).orElse(-1) != version) {
            throw new ConflictException("Someone else changed this week meanwhile. Reload and try again.");
        }
        List<Change> all = timetables.changes(week);
        java.util.Set<Long> undone = new java.util.HashSet<>();
        all.stream().filter(c -> c.undoes() != null).forEach(c -> undone.add(c.undoes()));
        int restored = 0;
        int current = version;
        for (Change change : all) {
            if (change.wholeWeek()) {
                break;
            }
            if (change.lineChange() && change.undoes() == null && !undone.contains(change.id())) {
                undoLine(week, change, timetables.changes(week), current, actor);
                current = timetables.version(week).orElseThrow();
                restored++;
            } else if (change.kind() == Change.Kind.EDIT && !undone.contains(change.id())) {
                Timetable.Cell cell = cell(timetables.find(week).orElseThrow(), change.day(), change.turn(),
                    change.line());
                apply(week, cell, change.before(), "restore as published", current++, actor, Change.Kind.UNDO,
                    change.id());
                restored++;
            }
        }
        audit.record(actor, "timetable", week.toString(), "restore", restored + " changes undone");
        return restored;
    }

    /** Whether {@code person} (null = nobody) may move into {@code target}, coming from {@code from}. */
    private void checkMove(Timetable week, Timetable.Cell target, String person, Timetable.Cell from, String reason,
                           boolean confirmBusy, java.util.function.Function<String, Optional<Person>> personOf,
                           BusyLookup busyOf) {
        if (person == null) {
            return;
        }
        boolean sameTurn = target.day() == from.day() && target.turn() == from.turn();
        Person p = personOf.apply(person).orElse(null);
        String name = p == null ? person : p.name();
        if (!sameTurn && week.cells().stream().anyMatch(c -> c.day() == target.day() && c.turn() == target.turn()
            && person.equals(c.personId()))) {
            throw new EditRejected(name + " is already on the phone in that turn.", false, "alreadyOn", name);
        }
        LocalDate date = week.week().plusDays(target.day().getValue() - 1);
        Optional<String> busy = busyOf.busy(person, date, target.turn());
        if (busy.isPresent() && !(confirmBusy && reason != null && !reason.isBlank())) {
            throw new EditRejected(name + " is busy then (" + busy.get()
                + "). Confirm and give a reason to place them anyway.", true, "busy", name, busy.get());
        }
    }

    /** Puts the cell back as it was before the change, if nobody has changed it since. */
    @Transactional
    public Change undo(LocalDate week, long changeId, int version, String actor) {
        List<Change> log = timetables.changes(week);
        Change asked = find(log, week, changeId);
        // A swap is one change: undoing either of its cells undoes both.
        Change change = asked.secondHalf() ? find(log, week, asked.pairedWith()) : asked;
        long headId = change.id();
        if (change.lineChange()) {
            checkUndoable(log, change);
            return undoLine(week, change, log, version, actor);
        }
        Optional<Change> partner = log.stream().filter(c -> Long.valueOf(headId).equals(c.pairedWith())).findFirst();
        checkUndoable(log, change);
        Timetable current = timetables.find(week).orElseThrow();
        for (Change c : partner.map(p -> List.of(change, p)).orElse(List.of(change))) {
            if (c.line() >= current.lineLabels().size()) {
                throw new EditRejected("That cell's line was removed since; undo the removal first.", false,
                    "lineGone");
            }
        }
        Timetable.Cell cell = unchangedSince(current, change);
        Optional<Timetable.Cell> other = partner.map(p -> unchangedSince(current, p));
        checkNotPast(week, change.day(), change.turn());
        partner.ifPresent(p -> checkNotPast(week, p.day(), p.turn()));
        Change undone = apply(week, cell, change.before(), "undo of change " + headId, version, actor,
            Change.Kind.UNDO, headId, null);
        String said = words.describe(week, undone, Locale.ENGLISH);
        if (partner.isPresent()) {
            Change second = apply(week, other.get(), partner.get().before(), "undo of change " + headId, version + 1,
                actor, Change.Kind.UNDO, partner.get().id(), undone.id());
            said += "; " + words.describe(week, second, Locale.ENGLISH);
        }
        audit.record(actor, "timetable", week.toString(), "undo", said);
        return undone;
    }

    /** A change that may be undone: not a whole-week one, not made before one, not undone already. */
    private static void checkUndoable(List<Change> log, Change change) {
        long headId = change.id();
        if (change.wholeWeek()) {
            throw new EditRejected("A " + (change.kind() == Change.Kind.PUBLISH ? "publish" : "re-import")
                + " replaces the whole week at once and cannot be undone; publish another run instead.", false,
                "wholeWeek");
        }
        Optional<Change> replacedSince = lastWholeWeek(log).filter(w -> w.id() > headId);
        if (replacedSince.isPresent()) {
            throw new EditRejected("That change was made before the whole week was replaced (change "
                + replacedSince.get().id() + "); it cannot be undone any more.", false, "replacedSince");
        }
        if (log.stream().anyMatch(c -> Long.valueOf(headId).equals(c.undoes()))) {
            throw new EditRejected("That change was already undone.", false, "alreadyUndone");
        }
        if (change.undoes() != null && change.lineChange()) {
            throw new EditRejected("That change undid another; add or remove the line again instead.", false,
                "undoOfLine");
        }
    }

    // ------------------------------------------------------------------------------------------- lines

    /** The cells of the week's last line that hold someone: who loses which turns if it goes. */
    public List<Timetable.Cell> lastLineCells(LocalDate weekStart) {
        return timetables.find(weekStart).map(t -> t.cells().stream()
                .filter(c -> c.line() == t.lineLabels().size() - 1 && c.personId() != null && !c.holiday())
                .sorted(java.util.Comparator.comparing(Timetable.Cell::day).thenComparingInt(Timetable.Cell::turn))
                .toList())
            .orElse(List.of());
    }

    /**
     * Adds a line to the week, after the last one (labelled L1, L2…), every cell of it empty: one change, undone
     * by removing it while it is still the last line and empty. A week has at most the turn grid's lines.
     */
    @Transactional
    public Change addLine(LocalDate weekStart, int version, String actor) {
        Timetable week = timetables.find(weekStart)
            .orElseThrow(() -> new NotFoundException("There is no timetable for the week of " + weekStart));
        if (timetables.version(weekStart).orElse(-1) != version) {
            throw new ConflictException("Someone else changed this week meanwhile. Reload and try again.");
        }
        int lines = week.lineLabels().size();
        int most = grid.get().lines();
        if (lines >= most) {
            throw new EditRejected("The week already has the turn grid's " + most + " lines.", false, "tooManyLines",
                most);
        }
        return addLine(weekStart, lines, version, actor, null, List.of());
    }

    /** Adds line {@code line} (the next one) and puts back the people given (cells of that line), if they can. */
    private Change addLine(LocalDate weekStart, int line, int version, String actor, Change undoes,
                           List<Change> people) {
        String label = "L" + (line + 1);
        if (String.join(",", timetables.find(weekStart).orElseThrow().lineLabels()).length() + label.length() + 1
            > Timetable.MAX_LINE_LABELS || !timetables.addLine(weekStart, label, version)) {
            throw new ConflictException("Someone else changed this week meanwhile. Reload and try again.");
        }
        Change head = store(weekStart, Change.ofLine(clock.instant(), actor, Change.Kind.ADD_LINE, line,
            undoes == null ? null : "undo of change " + undoes.id(), undoes == null ? null : undoes.id()));
        int current = version + 1;
        List<String> placed = new java.util.ArrayList<>();
        for (Change lost : people) {
            Timetable now = timetables.find(weekStart).orElseThrow();
            boolean started = turnStarted(weekStart, lost.day(), lost.turn());
            boolean taken = now.cells().stream().anyMatch(c -> c.day() == lost.day() && c.turn() == lost.turn()
                && lost.before().equals(c.personId()));
            if (started || taken) {
                continue;   // the past stays as it was; nobody is put twice in one turn
            }
            timetables.setCell(weekStart, lost.day(), lost.turn(), line, lost.before(), current++);
            timetables.adjustOverload(weekStart, lost.before(), +1);
            Change back = new Change(null, clock.instant(), actor, lost.day(), lost.turn(), line, null,
                lost.before(), head.reason(), Change.Kind.ADD_LINE, lost.id(), head.id());
            events.publishEvent(new TimetableChanged(weekStart, store(weekStart, back)));
            placed.add(words.describe(weekStart, back, Locale.ENGLISH));
        }
        audit.record(actor, "timetable", weekStart.toString(), undoes == null ? "add line" : "undo",
            label + " added" + (placed.isEmpty() ? "" : "; " + String.join("; ", placed)));
        events.publishEvent(new TimetableChanged(weekStart, head));
        return head;
    }

    /**
     * Removes the week's last line: one change, undone by adding it back with its people (in the turns that
     * have not started). When people are on it, only with {@code confirm} (the refusal says who loses which
     * turns); never when someone was on it in a turn that has started. A week keeps at least one line.
     */
    @Transactional
    public Change removeLine(LocalDate weekStart, int version, boolean confirm, String actor) {
        Timetable week = timetables.find(weekStart)
            .orElseThrow(() -> new NotFoundException("There is no timetable for the week of " + weekStart));
        if (timetables.version(weekStart).orElse(-1) != version) {
            throw new ConflictException("Someone else changed this week meanwhile. Reload and try again.");
        }
        return removeLine(week, version, confirm, actor, null);
    }

    private Change removeLine(Timetable week, int version, boolean confirm, String actor, Change undoes) {
        LocalDate weekStart = week.week();
        int line = week.lineLabels().size() - 1;
        if (line < 1) {
            throw new EditRejected("A week keeps at least one line.", false, "lastLine");
        }
        List<Timetable.Cell> lost = lastLineCells(weekStart);
        if (lost.stream().anyMatch(c -> turnStarted(weekStart, c.day(), c.turn()))) {
            throw new EditRejected("Line " + (line + 1) + " had people in turns that have already started; "
                + "past turns cannot be changed.", false, "lineStarted", line + 1);
        }
        if (!lost.isEmpty() && !confirm) {
            throw new EditRejected("Removing line " + (line + 1) + " takes turns from people on it; confirm to "
                + "remove it.", true, "lineTakesTurns", line + 1);
        }
        if (!timetables.removeLastLine(weekStart, version)) {
            throw new ConflictException("Someone else changed this week meanwhile. Reload and try again.");
        }
        Change head = store(weekStart, Change.ofLine(clock.instant(), actor, Change.Kind.DROP_LINE, line,
            undoes == null ? null : "undo of change " + undoes.id(), undoes == null ? null : undoes.id()));
        List<String> said = new java.util.ArrayList<>();
        for (Timetable.Cell c : lost) {
            timetables.adjustOverload(weekStart, c.personId(), -1);
            Change gone = new Change(null, clock.instant(), actor, c.day(), c.turn(), line, c.personId(), null,
                head.reason(), Change.Kind.DROP_LINE, null, head.id());
            events.publishEvent(new TimetableChanged(weekStart, store(weekStart, gone)));
            said.add(words.describe(weekStart, gone, Locale.ENGLISH));
        }
        audit.record(actor, "timetable", weekStart.toString(), undoes == null ? "remove line" : "undo",
            "L" + (line + 1) + " removed" + (said.isEmpty() ? "" : "; " + String.join("; ", said)));
        events.publishEvent(new TimetableChanged(weekStart, head));
        return head;
    }

    /** Undoes a line added (removing it, if it is still the last one and empty) or removed (adding it back). */
    private Change undoLine(LocalDate weekStart, Change change, List<Change> log, int version, String actor) {
        Timetable week = timetables.find(weekStart).orElseThrow();
        if (timetables.version(weekStart).orElse(-1) != version) {
            throw new ConflictException("Someone else changed this week meanwhile. Reload and try again.");
        }
        int lines = week.lineLabels().size();
        if (change.kind() == Change.Kind.ADD_LINE) {
            if (change.line() != lines - 1) {
                throw new EditRejected("Line " + (change.line() + 1) + " is no longer the last line; remove the "
                    + "lines after it first.", false, "lineNotLast", change.line() + 1);
            }
            if (!lastLineCells(weekStart).isEmpty()) {
                throw new EditRejected("Line " + (change.line() + 1) + " has people on it now; empty it first.",
                    false, "lineNotEmpty", change.line() + 1);
            }
            return removeLine(week, version, false, actor, change);
        }
        if (change.line() != lines) {
            throw new EditRejected("The week has other lines since; line " + (change.line() + 1)
                + " can no longer be put back where it was.", false, "lineNotNext", change.line() + 1);
        }
        List<Change> people = log.stream().filter(c -> Long.valueOf(change.id()).equals(c.pairedWith()))
            .sorted(java.util.Comparator.comparingLong(Change::id)).toList();
        return addLine(weekStart, change.line(), version, actor, change, people);
    }

    /** Stores a change in the week's log; returns it with its id. */
    private Change store(LocalDate week, Change change) {
        long id = timetables.addChange(week, change);
        return new Change(id, change.at(), change.by(), change.day(), change.turn(), change.line(), change.before(),
            change.after(), change.reason(), change.kind(), change.undoes(), change.pairedWith());
    }

    private boolean turnStarted(LocalDate week, DayOfWeek day, int turn) {
        try {
            checkNotPast(week, day, turn);
            return false;
        } catch (EditRejected e) {
            return true;
        }
    }

    private static Change find(List<Change> log, LocalDate week, long id) {
        return log.stream().filter(c -> c.id() == id).findFirst()
            .orElseThrow(() -> new NotFoundException("No change " + id + " in the week of " + week));
    }

    /** The change's cell, which must still hold what the change put there. */
    private static Timetable.Cell unchangedSince(Timetable current, Change change) {
        Timetable.Cell cell = cell(current, change.day(), change.turn(), change.line());
        if (!java.util.Objects.equals(cell.personId(), change.after())) {
            throw new ConflictException("The cell was changed again since (it now holds "
                + (cell.personId() == null ? "nobody" : cell.personId()) + "); undo that change first.");
        }
        return cell;
    }

    public List<Change> changes(LocalDate week) {
        return timetables.changes(week);
    }

    /** The ids of the cell edits that may still be undone: those since the last whole-week change. */
    public static java.util.Set<Long> undoable(List<Change> changes) {
        long since = lastWholeWeek(changes).map(Change::id).orElse(Long.MIN_VALUE);
        java.util.Set<Long> ids = new java.util.HashSet<>();
        java.util.Set<Long> undone = new java.util.HashSet<>();
        changes.stream().filter(c -> c.undoes() != null).forEach(c -> undone.add(c.undoes()));
        changes.stream().filter(c -> c.kind() == Change.Kind.EDIT && !c.secondHalf() && c.id() > since)
            .forEach(c -> ids.add(c.id()));
        changes.stream().filter(c -> c.lineChange() && c.undoes() == null && !undone.contains(c.id()) && c.id() > since)
            .forEach(c -> ids.add(c.id()));
        return ids;
    }

    /** The newest publish or re-import in a change log (newest first). */
    private static Optional<Change> lastWholeWeek(List<Change> changes) {
        return changes.stream().filter(Change::wholeWeek).findFirst();
    }

    private Change apply(LocalDate week, Timetable.Cell cell, String person, String reason, int version,
                         String actor, Change.Kind kind, Long undoes) {
        Change change = apply(week, cell, person, reason, version, actor, kind, undoes, null);
        audit.record(actor, "timetable", week.toString(), kind.name().toLowerCase(),
            words.describe(week, change, Locale.ENGLISH));
        return change;
    }

    /** Changes the cell and logs it; the audit trail is the caller's (a swap is one entry for two cells). */
    private Change apply(LocalDate week, Timetable.Cell cell, String person, String reason, int version,
                         String actor, Change.Kind kind, Long undoes, Long pairedWith) {
        if (!timetables.setCell(week, cell.day(), cell.turn(), cell.line(), person, version)) {
            throw conflict(timetables.find(week).map(t -> cell(t, cell.day(), cell.turn(), cell.line()).personId())
                .orElse(null));
        }
        if (cell.personId() != null) {
            timetables.adjustOverload(week, cell.personId(), -1);
        }
        if (person != null) {
            timetables.adjustOverload(week, person, +1);
        }
        Change change = new Change(null, clock.instant(), actor, cell.day(), cell.turn(), cell.line(),
            cell.personId(), person, reason, kind, undoes, pairedWith);
        long id = timetables.addChange(week, change);
        // The audit trail (the caller's) keeps one language, English as its other entries, and people's names.
        Change saved = new Change(id, change.at(), actor, change.day(), change.turn(), change.line(), change.before(),
            change.after(), reason, kind, undoes, pairedWith);
        events.publishEvent(new TimetableChanged(week, saved));
        return saved;
    }

    private static ConflictException conflict(String current) {
        return new ConflictException("Someone else changed this week meanwhile: the cell now holds "
            + (current == null ? "nobody" : current) + ". Reload and try again.");
    }

    private void checkPerson(Timetable week, Edit edit, String personId) {
        Person person = people.findById(personId).filter(Person::active)
            .orElseThrow(() -> new EditRejected("There is no active person " + personId + ".", false, "noPerson",
                personId));
        boolean alreadyThere = week.cells().stream().anyMatch(c -> c.day() == edit.day() && c.turn() == edit.turn()
            && c.line() != edit.line() && personId.equals(c.personId()));
        if (alreadyThere) {
            throw new EditRejected(person.name() + " is already on the phone in that turn.", false, "alreadyOn",
                person.name());
        }
        LocalDate date = edit.week().plusDays(edit.day().getValue() - 1);
        Optional<String> busy = requiredBusy(personId, date, edit.turn());
        if (busy.isPresent() && !(edit.confirmBusy() && edit.reason() != null && !edit.reason().isBlank())) {
            throw new EditRejected(person.name() + " is busy then (" + busy.get()
                + "). Confirm and give a reason to place them anyway.", true, "busy", person.name(), busy.get());
        }
    }

    /** Why the person cannot be on the phone then: a required busy entry or a leave. */
    public Optional<String> requiredBusy(String personId, LocalDate date, int turn) {
        for (BusyEntry b : availability.busyOf(personId)) {
            if (b.required() && b.appliesOn(date) && b.busyInTurn(turn)) {
                return Optional.of(b.reason());
            }
        }
        return availability.leavesOf(personId).stream().filter(l -> l.covers(date)).findFirst()
            .map(l -> "on leave: " + l.kind().name().toLowerCase().replace('_', ' '));
    }

    private void checkHoles(Timetable week, Edit edit) {
        long emptyAfter = week.cells().stream().filter(c -> c.day() == edit.day() && c.turn() == edit.turn()
            && (c.personId() == null || c.line() == edit.line()) && !c.holiday()).count();
        int limit = grid.get().maxHolesPerTurn();
        if (emptyAfter > limit) {
            throw new EditRejected("That would leave " + emptyAfter + " empty lines in the turn; the limit is "
                + limit + ".", false, "tooManyHoles", emptyAfter, limit);
        }
    }

    private void checkNotPast(LocalDate week, DayOfWeek day, int turn) {
        TurnGrid turnGrid = grid.get();
        LocalDate date = week.plusDays(day.getValue() - 1);
        if (turn < turnGrid.boundaries().size()) {
            ZonedDateTime start = date.atTime(turnGrid.boundaries().get(turn)).atZone(turnGrid.timeZone());
            if (!ZonedDateTime.now(clock).isBefore(start)) {
                throw new EditRejected("That turn has already started; past turns cannot be changed.", false,
                    "started");
            }
        }
    }

    private static Timetable.Cell cell(Timetable week, DayOfWeek day, int turn, int line) {
        return week.cells().stream().filter(c -> c.day() == day && c.turn() == turn && c.line() == line).findFirst()
            .orElseThrow(() -> new NotFoundException("No cell " + day + " turn " + turn + " line " + line));
    }

}
