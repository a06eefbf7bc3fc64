package org.tomatic.legacy.format;

/** One penalty the old solver reported for a timetable. */
public record LegacyPenalty(double cost, String reason) {
}
