package org.tomatic.timetable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.IntegrationTest;
import org.tomatic.availability.AvailabilityRepository;
import org.tomatic.availability.BusyEntry;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;
import org.tomatic.system.ConflictException;

/** Hand edits: each rule, the conflict case, the change log, the overload and undo. */
class TimetableEditorTests extends IntegrationTest {

    static final LocalDate WEEK = LocalDate.of(2030, 1, 7);
    static final DayOfWeek MON = DayOfWeek.MONDAY;

    @Autowired TimetableEditor editor;
    @Autowired TimetableRepository timetables;
    @Autowired PersonRepository people;
    @Autowired AvailabilityRepository availability;

    @BeforeEach
    void aWeek() {
        for (String id : List.of("anna", "pau", "marta")) {
            people.insert(new Person(id, id.substring(0, 1).toUpperCase() + id.substring(1), null, null, null,
                "aabbcc", null, List.of(), 3, null, true, Role.AGENT, 0));
        }
        // Monday turn 0: anna, pau, nobody; turn 1: marta, nobody, nobody. Tuesday: a holiday.
        List<Timetable.Cell> cells = new ArrayList<>(List.of(
            new Timetable.Cell(MON, 0, 0, "anna", false), new Timetable.Cell(MON, 0, 1, "pau", false),
            new Timetable.Cell(MON, 0, 2, null, false), new Timetable.Cell(MON, 1, 0, "marta", false),
            new Timetable.Cell(MON, 1, 1, null, false), new Timetable.Cell(MON, 1, 2, null, false),
            new Timetable.Cell(DayOfWeek.TUESDAY, 0, 0, null, true)));
        timetables.replace(new Timetable(WEEK, List.of(MON, DayOfWeek.TUESDAY), List.of("09:00", "10:15", "11:30"),
            List.of("L1", "L2", "L3"), cells, Timetable.State.PUBLISHED, 100.0, List.of(), List.of(),
            Map.of("anna", 0.4), Timetable.PeopleSnapshot.EMPTY), java.time.Instant.now());
    }

    private int version() {
        return timetables.version(WEEK).orElseThrow();
    }

    private String cell(int turn, int line) {
        return timetables.find(WEEK).orElseThrow().cells().stream()
            .filter(c -> c.day() == MON && c.turn() == turn && c.line() == line).findFirst().orElseThrow().personId();
    }

    @Test
    void anEditIsLoggedAuditedAndMovesTheOverload() {
        Change change = editor.edit(new TimetableEditor.Edit(WEEK, MON, 0, 0, "marta", "anna at the doctor's",
            version(), false), "carla");

        assertThat(cell(0, 0)).isEqualTo("marta");
        assertThat(change.before()).isEqualTo("anna");
        assertThat(editor.changes(WEEK)).singleElement().satisfies(c -> {
            assertThat(c.by()).isEqualTo("carla");
            assertThat(c.reason()).isEqualTo("anna at the doctor's");
        });
        Map<String, Double> overload = timetables.find(WEEK).orElseThrow().overload();
        assertThat(overload.get("anna")).isCloseTo(-0.6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(overload).containsEntry("marta", 1.0);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity = 'timetable'").query(Integer.class).single())
            .isEqualTo(1);
    }

    @Test
    void aStaleEditGetsTheCurrentValueAndChangesNothing() {
        int stale = version();
        editor.edit(new TimetableEditor.Edit(WEEK, MON, 0, 2, "marta", null, stale, false), "carla");

        assertThatThrownBy(() -> editor.edit(new TimetableEditor.Edit(WEEK, MON, 0, 2, "pau", null, stale, false),
            "joan"))
            .isInstanceOf(ConflictException.class).hasMessageContaining("the cell now holds marta");
        assertThat(cell(0, 2)).isEqualTo("marta");
        assertThat(editor.changes(WEEK)).hasSize(1);
    }

    @Test
    void someoneAlreadyInTheTurnIsRejected() {
        assertThatThrownBy(() -> editor.edit(new TimetableEditor.Edit(WEEK, MON, 0, 2, "anna", null, version(), false),
            "carla"))
            .isInstanceOf(EditRejected.class).hasMessage("Anna is already on the phone in that turn.");
        assertThat(cell(0, 2)).isNull();
    }

    @Test
    void aRequiredBusyPersonNeedsAConfirmationAndAReason() {
        availability.insertBusy(new BusyEntry(null, "marta", MON, null, "1000", true, "reunió", 0));

        assertThatThrownBy(() -> editor.edit(new TimetableEditor.Edit(WEEK, MON, 0, 2, "marta", null, version(),
            true), "carla"))
            .isInstanceOfSatisfying(EditRejected.class, e -> {
                assertThat(e.confirmable()).isTrue();
                assertThat(e.getMessage()).contains("Marta is busy then (reunió)");
            });
        assertThat(cell(0, 2)).isNull();

        editor.edit(new TimetableEditor.Edit(WEEK, MON, 0, 2, "marta", "she can skip the meeting", version(), true),
            "carla");
        assertThat(cell(0, 2)).isEqualTo("marta");
    }

    @Test
    void tooManyEmptyLinesInATurnAreRejected() {
        // Turn 1 has 2 empty lines (the limit); emptying marta's makes 3.
        assertThatThrownBy(() -> editor.edit(new TimetableEditor.Edit(WEEK, MON, 1, 0, null, null, version(), false),
            "carla"))
            .isInstanceOf(EditRejected.class).hasMessageContaining("3 empty lines").hasMessageContaining("limit is 2");
        assertThat(cell(1, 0)).isEqualTo("marta");
    }

    @Test
    void holidaysAndPastTurnsCannotBeEdited() {
        assertThatThrownBy(() -> editor.edit(new TimetableEditor.Edit(WEEK, DayOfWeek.TUESDAY, 0, 0, "pau", null,
            version(), false), "carla"))
            .isInstanceOf(EditRejected.class).hasMessage("That day is a holiday.");

        LocalDate past = LocalDate.of(2020, 1, 6);
        timetables.replace(new Timetable(past, List.of(MON), List.of("09:00", "10:15"), List.of("L1"),
            List.of(new Timetable.Cell(MON, 0, 0, "anna", false)), Timetable.State.PUBLISHED, null, List.of(),
            List.of(), Map.of(), Timetable.PeopleSnapshot.EMPTY), java.time.Instant.now());
        assertThatThrownBy(() -> editor.edit(new TimetableEditor.Edit(past, MON, 0, 0, "pau", null,
            timetables.version(past).orElseThrow(), false), "carla"))
            .isInstanceOf(EditRejected.class).hasMessageContaining("already started");
    }

    @Test
    void undoPutsTheCellBackOnceAndOnlyIfNobodyChangedItSince() {
        Change first = editor.edit(new TimetableEditor.Edit(WEEK, MON, 0, 0, "marta", null, version(), false), "carla");

        Change undo = editor.undo(WEEK, first.id(), version(), "joan");

        assertThat(cell(0, 0)).isEqualTo("anna");
        assertThat(undo.kind()).isEqualTo(Change.Kind.UNDO);
        assertThat(undo.undoes()).isEqualTo(first.id());
        assertThat(timetables.find(WEEK).orElseThrow().overload()).containsEntry("marta", 0.0);
        assertThatThrownBy(() -> editor.undo(WEEK, first.id(), version(), "joan"))
            .isInstanceOf(EditRejected.class).hasMessage("That change was already undone.");

        Change second = editor.edit(new TimetableEditor.Edit(WEEK, MON, 0, 2, "marta", null, version(), false),
            "carla");
        editor.edit(new TimetableEditor.Edit(WEEK, MON, 0, 2, null, null, version(), false), "carla");
        assertThatThrownBy(() -> editor.undo(WEEK, second.id(), version(), "joan"))
            .isInstanceOf(ConflictException.class).hasMessageContaining("changed again since");
    }

    @Test
    void aSwapMovesBothPeopleInOneStep() {
        var a = new TimetableEditor.CellRef(MON, 0, 1);   // pau
        var b = new TimetableEditor.CellRef(MON, 1, 0);   // marta

        List<Change> changes = editor.swap(WEEK, a, b, null, version(), false, "carla");

        assertThat(cell(0, 1)).isEqualTo("marta");
        assertThat(cell(1, 0)).isEqualTo("pau");
        assertThat(changes).hasSize(2);
        assertThat(editor.changes(WEEK)).hasSize(2);
    }

    @Test
    void aSwapIsOneChangeWithOneUndoAndOneAuditEntry() {
        var a = new TimetableEditor.CellRef(MON, 0, 1);   // pau
        var b = new TimetableEditor.CellRef(MON, 1, 0);   // marta
        long auditBefore = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity = 'timetable'").query(Long.class).single();

        List<Change> swap = editor.swap(WEEK, a, b, null, version(), false, "carla");

        assertThat(swap.get(1).pairedWith()).isEqualTo(swap.get(0).id());
        assertThat(TimetableEditor.undoable(editor.changes(WEEK))).containsExactly(swap.get(0).id());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity = 'timetable'").query(Long.class).single())
            .isEqualTo(auditBefore + 1);

        editor.undo(WEEK, swap.get(0).id(), version(), "carla");   // one undo…

        assertThat(cell(0, 1)).isEqualTo("pau");                    // …puts both cells back
        assertThat(cell(1, 0)).isEqualTo("marta");
        assertThat(editor.changes(WEEK)).filteredOn(c -> c.kind() == Change.Kind.UNDO).hasSize(2);
        assertThatThrownBy(() -> editor.undo(WEEK, swap.get(1).id(), version(), "carla"))
            .isInstanceOf(EditRejected.class).hasMessage("That change was already undone.");
    }

    @Test
    void aSwapIntoATurnWhereThePersonAlreadyIsIsRejected() {
        // anna (turn 0) into turn 1 is fine, but marta (turn 1) into turn 0 where... make her already there:
        editor.edit(new TimetableEditor.Edit(WEEK, MON, 0, 2, "marta", null, version(), false), "carla");
        var a = new TimetableEditor.CellRef(MON, 0, 0);   // anna
        var b = new TimetableEditor.CellRef(MON, 1, 0);   // marta, who is also in turn 0 now

        assertThatThrownBy(() -> editor.swap(WEEK, a, b, null, version(), false, "carla"))
            .isInstanceOf(EditRejected.class).hasMessage("Marta is already on the phone in that turn.");
        assertThat(cell(0, 0)).isEqualTo("anna");
    }

    @Test
    void restoringTheWeekUndoesEveryChangeSincePublished() {
        editor.edit(new TimetableEditor.Edit(WEEK, MON, 0, 0, "marta", null, version(), false), "carla");
        editor.edit(new TimetableEditor.Edit(WEEK, MON, 0, 2, "anna", null, version(), false), "carla");

        int undone = editor.restore(WEEK, version(), "joan");

        assertThat(undone).isEqualTo(2);
        assertThat(cell(0, 0)).isEqualTo("anna");
        assertThat(cell(0, 2)).isNull();
        assertThat(editor.restore(WEEK, version(), "joan")).isZero();
    }

    @Test
    void aLineAddedIsOneChangeWithEmptyCellsAndHolidaysKeptAndOneUndoTakesItAway() {
        Change added = editor.addLine(WEEK, version(), "carla");

        Timetable week = timetables.find(WEEK).orElseThrow();
        assertThat(week.lineLabels()).containsExactly("L1", "L2", "L3", "L4");
        assertThat(week.cells()).filteredOn(c -> c.line() == 3).extracting(Timetable.Cell::day, Timetable.Cell::turn,
                Timetable.Cell::personId, Timetable.Cell::holiday)
            .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(MON, 0, null, false),
                org.assertj.core.groups.Tuple.tuple(MON, 1, null, false),
                org.assertj.core.groups.Tuple.tuple(DayOfWeek.TUESDAY, 0, null, true));
        assertThat(added.kind()).isEqualTo(Change.Kind.ADD_LINE);
        assertThat(added.line()).isEqualTo(3);
        assertThat(TimetableEditor.undoable(editor.changes(WEEK))).containsExactly(added.id());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity = 'timetable' AND action = 'add line'")
            .query(Long.class).single()).isEqualTo(1);

        editor.undo(WEEK, added.id(), version(), "carla");

        assertThat(timetables.find(WEEK).orElseThrow().lineLabels()).containsExactly("L1", "L2", "L3");
        assertThat(TimetableEditor.undoable(editor.changes(WEEK))).isEmpty();
    }

    @Test
    void removingALineWithPeopleOnItNeedsAConfirmationAndItsUndoPutsThemBack() {
        editor.edit(new TimetableEditor.Edit(WEEK, MON, 1, 2, "anna", null, version(), false), "carla");
        double annaBefore = timetables.find(WEEK).orElseThrow().overload().get("anna");
        assertThat(editor.lastLineCells(WEEK)).extracting(Timetable.Cell::personId).containsExactly("anna");

        assertThatThrownBy(() -> editor.removeLine(WEEK, version(), false, "carla"))
            .isInstanceOfSatisfying(EditRejected.class, e -> assertThat(e.confirmable()).isTrue())
            .hasMessageContaining("takes turns");
        Change removed = editor.removeLine(WEEK, version(), true, "carla");

        Timetable week = timetables.find(WEEK).orElseThrow();
        assertThat(week.lineLabels()).containsExactly("L1", "L2");
        assertThat(week.cells()).noneMatch(c -> c.line() == 2);
        assertThat(week.overload().get("anna")).isEqualTo(annaBefore - 1);
        assertThat(editor.changes(WEEK)).filteredOn(c -> Long.valueOf(removed.id()).equals(c.pairedWith()))
            .singleElement().satisfies(c -> {
                assertThat(c.before()).isEqualTo("anna");
                assertThat(c.turn()).isEqualTo(1);
            });
        // An edit of a cell on the line removed can no longer be undone on its own.
        long edit = editor.changes(WEEK).stream().filter(c -> c.kind() == Change.Kind.EDIT).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> editor.undo(WEEK, edit, version(), "carla")).isInstanceOf(EditRejected.class)
            .hasMessageContaining("line was removed");

        editor.undo(WEEK, removed.id(), version(), "carla");

        assertThat(timetables.find(WEEK).orElseThrow().lineLabels()).containsExactly("L1", "L2", "L3");
        assertThat(cell(1, 2)).isEqualTo("anna");
        assertThat(timetables.find(WEEK).orElseThrow().overload().get("anna")).isEqualTo(annaBefore);
    }

    @Test
    void aWeekKeepsOneLineAndAtMostTheTurnGridsLines() {
        editor.removeLine(WEEK, version(), true, "carla");
        editor.removeLine(WEEK, version(), true, "carla");
        assertThatThrownBy(() -> editor.removeLine(WEEK, version(), true, "carla")).isInstanceOf(EditRejected.class)
            .hasMessage("A week keeps at least one line.");
        jdbc.sql("UPDATE turn_grid SET lines = 2").update();
        editor.addLine(WEEK, version(), "carla");
        assertThatThrownBy(() -> editor.addLine(WEEK, version(), "carla")).isInstanceOf(EditRejected.class)
            .hasMessage("The week already has the turn grid's 2 lines.");
    }

    @Test
    void restoringTheWeekPutsBackTheLinesToo() {
        editor.addLine(WEEK, version(), "carla");
        editor.edit(new TimetableEditor.Edit(WEEK, MON, 1, 3, "pau", null, version(), false), "carla");
        editor.removeLine(WEEK, version(), true, "carla");   // L4, with Pau
        editor.removeLine(WEEK, version(), true, "carla");   // L3, empty

        editor.restore(WEEK, version(), "joan");

        Timetable week = timetables.find(WEEK).orElseThrow();
        assertThat(week.lineLabels()).containsExactly("L1", "L2", "L3");
        assertThat(week.cells()).filteredOn(c -> c.personId() != null).hasSize(3);
    }
}
