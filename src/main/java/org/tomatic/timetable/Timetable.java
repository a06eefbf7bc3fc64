package org.tomatic.timetable;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A week's timetable as stored: the grid it was made on, every cell, and its history
 * (change log, penalties with their cost, each person's overload, the people as they were).
 */
public record Timetable(LocalDate week, List<DayOfWeek> days, List<String> boundaries, List<String> lineLabels,
                        List<Cell> cells, State state, Double cost, List<String> log, List<Penalty> penalties,
                        Map<String, Double> overload, PeopleSnapshot people) {

    public enum State { DRAFT, PUBLISHED }

    /**
     * The longest texts (the timetable tables' columns): the turn boundaries and the line labels as stored, joined
     * with commas; one log message; one penalty's reason.
     */
    public static final int MAX_BOUNDARIES = 200;
    public static final int MAX_LINE_LABELS = 400;
    public static final int MAX_LOG_MESSAGE = 2000;
    public static final int MAX_PENALTY_REASON = 2000;

    /** One (day, turn, line). personId null = nobody; holiday = no service that day. */
    public record Cell(DayOfWeek day, int turn, int line, String personId, boolean holiday) {}

    /**
     * A soft rule the week breaks, with its parts so each viewer reads it in their language
     * ({@code PenaltyWords}). {@code kind} is the cost term (emptySlots, dailyPersonHours…); the parts
     * a kind does not use are null. {@code reason} is the sentence as written: the old tool's for an
     * imported week (whose parts are null), English for a planned one.
     */
    public record Penalty(double cost, String reason, String kind, String person, DayOfWeek day, Integer turn,
                          Integer amount, String detail) {
        /** A penalty known only by its sentence (an imported week). */
        public Penalty(double cost, String reason) {
            this(cost, reason, null, null, null, null, null, null);
        }
    }

    /** Names, colours and extensions of the people at the time, as the old tool kept them. */
    public record PeopleSnapshot(Map<String, String> names, Map<String, String> colours,
                                 Map<String, String> extensions) {
        public static final PeopleSnapshot EMPTY = new PeopleSnapshot(Map.of(), Map.of(), Map.of());
    }

    /** day → turn → line: the person, {@code nobody} for an empty cell, {@code holiday} on a holiday. */
    public Map<DayOfWeek, List<List<String>>> grid(String nobody, String holiday) {
        Map<DayOfWeek, List<List<String>>> grid = new java.util.EnumMap<>(DayOfWeek.class);
        int turns = boundaries.size() - 1;
        int lines = lineLabels.size();
        for (DayOfWeek day : days) {
            List<List<String>> rows = new java.util.ArrayList<>();
            for (int turn = 0; turn < turns; turn++) {
                rows.add(new java.util.ArrayList<>(java.util.Collections.nCopies(lines, nobody)));
            }
            grid.put(day, rows);
        }
        for (Cell c : cells) {
            List<List<String>> rows = grid.get(c.day());
            if (rows != null && c.turn() < turns && c.line() < lines) {
                rows.get(c.turn()).set(c.line(), c.holiday() ? holiday : c.personId() == null ? nobody : c.personId());
            }
        }
        return grid;
    }

    /** The cells of a day → turn → line grid (the inverse of {@link #grid}); null counts as nobody. */
    public static List<Cell> cells(Map<DayOfWeek, List<List<String>>> grid, String nobody, String holiday) {
        List<Cell> cells = new java.util.ArrayList<>();
        grid.forEach((day, turns) -> {
            for (int turn = 0; turn < turns.size(); turn++) {
                List<String> lines = turns.get(turn);
                for (int line = 0; line < lines.size(); line++) {
                    String value = lines.get(line);
                    boolean isHoliday = holiday.equals(value);
                    String person = isHoliday || value == null || nobody.equals(value) ? null : value;
                    cells.add(new Cell(day, turn, line, person, isHoliday));
                }
            }
        });
        return cells;
    }

    public Timetable {
        days = List.copyOf(days);
        boundaries = List.copyOf(boundaries);
        lineLabels = List.copyOf(lineLabels);
        cells = List.copyOf(cells);
        log = List.copyOf(log);
        penalties = List.copyOf(penalties);
        overload = Map.copyOf(overload);
    }
}
