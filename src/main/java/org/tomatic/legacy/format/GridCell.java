package org.tomatic.legacy.format;

import java.time.DayOfWeek;

/** One cell of a week grid: {@code timetable[day][turn][line]}, turn and line from 0. */
public record GridCell(DayOfWeek day, int turn, int line) {
}
