package org.tomatic.legacy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.tomatic.availability.BusyEntry;
import org.tomatic.legacy.format.LegacyBusy;
import org.tomatic.legacy.format.LegacyCredit;
import org.tomatic.legacy.format.LegacyGrid;
import org.tomatic.legacy.format.LegacyPenalty;
import org.tomatic.legacy.format.LegacyTimetable;
import org.tomatic.timetable.ForcedTurn;
import org.tomatic.timetable.Timetable;

/** Converts between the legacy files' records and Tomatic's own, both ways, without loss. */
final class LegacyMapping {

    private LegacyMapping() {
    }

    static LegacyBusy toLegacy(BusyEntry e) {
        return new LegacyBusy(e.personId(), e.required(), e.weekday(), e.date(), e.turns(), e.reason(), null);
    }

    static BusyEntry toBusy(LegacyBusy b) {
        return new BusyEntry(null, b.person(), b.weekday(), b.date(), b.turns(), b.required(), b.reason(), 0);
    }

    /** Records compare equal once their place in a file is forgotten. */
    static LegacyBusy withoutSource(LegacyBusy b) {
        return new LegacyBusy(b.person(), b.required(), b.weekday(), b.date(), b.turns(), b.reason(), null);
    }

    static LegacyTimetable withoutSource(LegacyTimetable t) {
        return new LegacyTimetable(t.week(), t.grid(), t.names(), t.colours(), t.extensions(), t.overload(),
            t.penalties(), t.cost(), t.log(), null);
    }

    static LegacyCredit credit(LocalDate week, Map<String, Double> credit) {
        return new LegacyCredit(week, credit, null);
    }

    static Timetable toTimetable(LegacyTimetable t) {
        List<Timetable.Cell> cells = Timetable.cells(t.grid().cells(), LegacyGrid.NOBODY, LegacyGrid.HOLIDAY);
        return new Timetable(t.week(), t.grid().days(), t.grid().hours(), t.grid().lineLabels(), cells,
            Timetable.State.PUBLISHED, t.cost(), t.log(),
            t.penalties().stream().map(p -> new Timetable.Penalty(p.cost(), p.reason())).toList(), t.overload(),
            new Timetable.PeopleSnapshot(t.names(), t.colours(), t.extensions()));
    }

    static LegacyTimetable toLegacy(Timetable t) {
        Map<DayOfWeek, List<List<String>>> cells = t.grid(LegacyGrid.NOBODY, LegacyGrid.HOLIDAY);
        return new LegacyTimetable(t.week(), new LegacyGrid(t.days(), t.boundaries(), t.lineLabels(), cells),
            t.people().names(), t.people().colours(), t.people().extensions(), t.overload(),
            t.penalties().stream().map(p -> new LegacyPenalty(p.cost(), p.reason())).toList(), t.cost(), t.log(),
            null);
    }

    /** The fixed-turns template as the old tool's grid: null = not fixed, ningu = keep empty. */
    static LegacyGrid toLegacyGrid(List<ForcedTurn> turns, List<DayOfWeek> days, List<String> hours, int minLines) {
        int lines = Math.max(minLines, turns.stream().mapToInt(t -> t.line() + 1).max().orElse(0));
        Map<DayOfWeek, List<List<String>>> cells = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : days) {
            List<List<String>> rows = new ArrayList<>();
            for (int turn = 0; turn < hours.size() - 1; turn++) {
                rows.add(new ArrayList<>(java.util.Collections.nCopies(lines, (String) null)));
            }
            cells.put(day, rows);
        }
        for (ForcedTurn t : turns) {
            List<List<String>> rows = cells.get(t.day());
            if (rows != null && t.turn() < rows.size()) {
                rows.get(t.turn()).set(t.line(), t.personId() == null ? LegacyGrid.NOBODY : t.personId());
            }
        }
        List<String> labels = new ArrayList<>();
        for (int i = 1; i <= lines; i++) {
            labels.add("L" + i);
        }
        return new LegacyGrid(days, hours, labels, cells);
    }

    static List<ForcedTurn> toForcedTurns(LegacyGrid grid) {
        List<ForcedTurn> turns = new ArrayList<>();
        grid.cells().forEach((day, rows) -> {
            for (int turn = 0; turn < rows.size(); turn++) {
                for (int line = 0; line < rows.get(turn).size(); line++) {
                    String value = rows.get(turn).get(line);
                    if (value != null) {
                        turns.add(new ForcedTurn(day, turn, line, LegacyGrid.NOBODY.equals(value) ? null : value));
                    }
                }
            }
        });
        return turns;
    }
}
