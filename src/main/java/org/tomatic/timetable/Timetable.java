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

    /** One (day, turn, line). personId null = nobody; holiday = no service that day. */
    public record Cell(DayOfWeek day, int turn, int line, String personId, boolean holiday) {}

    public record Penalty(double cost, String reason) {}

    /** Names, colours and extensions of the people at the time, as the old tool kept them. */
    public record PeopleSnapshot(Map<String, String> names, Map<String, String> colours,
                                 Map<String, String> extensions) {
        public static final PeopleSnapshot EMPTY = new PeopleSnapshot(Map.of(), Map.of(), Map.of());
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
