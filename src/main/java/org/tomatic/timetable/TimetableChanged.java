package org.tomatic.timetable;

import java.time.LocalDate;

/**
 * A change of a week's timetable: a cell edited (or undone), or a line added or removed, which names no cell
 * ({@link Change#lineChange()}; each cell someone lost or got back with it comes as a change of its own).
 */
public record TimetableChanged(LocalDate week, Change change) {}
