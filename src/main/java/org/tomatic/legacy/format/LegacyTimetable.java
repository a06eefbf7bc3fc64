package org.tomatic.legacy.format;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code graelles/graella-YYYY-MM-DD.yaml}: the grid plus the history the old tool kept with it.
 *
 * @param week the Monday, from the file name
 * @param names copies of the people maps at the time; empty when absent
 * @param overload final minus ponderated load of that week
 * @param cost null when absent
 */
public record LegacyTimetable(LocalDate week, LegacyGrid grid, Map<String, String> names,
        Map<String, String> colours, Map<String, String> extensions, Map<String, Double> overload,
        List<LegacyPenalty> penalties, Double cost, List<String> log, Source source) {

    public LegacyTimetable {
        names = copy(names);
        colours = copy(colours);
        extensions = copy(extensions);
        overload = copy(overload);
        penalties = List.copyOf(penalties);
        log = List.copyOf(log);
    }

    private static <V> Map<String, V> copy(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
