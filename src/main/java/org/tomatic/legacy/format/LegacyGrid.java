package org.tomatic.legacy.format;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A week grid: a timetable or the forced turns.
 *
 * @param hours turn boundaries, one more than the number of turns
 * @param lineLabels the {@code turns} key of the legacy files (L1, L2...), one per phone line
 * @param cells {@code cells[day][turn][line]}: a person id, {@link #NOBODY}, {@link #HOLIDAY} (timetables
 *     only) or null (forced turns only: not fixed)
 */
public record LegacyGrid(List<DayOfWeek> days, List<String> hours, List<String> lineLabels,
        Map<DayOfWeek, List<List<String>>> cells) {

    public static final String NOBODY = "ningu";
    public static final String HOLIDAY = "festiu";

    public LegacyGrid {
        days = List.copyOf(days);
        hours = List.copyOf(hours);
        lineLabels = List.copyOf(lineLabels);
        var copy = new EnumMap<DayOfWeek, List<List<String>>>(DayOfWeek.class);
        cells.forEach((day, turns) -> copy.put(day, turns.stream()
                .map(row -> Collections.unmodifiableList(new ArrayList<>(row))) // cells may be null
                .toList()));
        cells = Collections.unmodifiableMap(copy);
    }

    public int turnCount() {
        return hours.size() - 1;
    }
}
