package org.tomatic.timetable;

import java.time.LocalDate;

/** A cell of a week's timetable was changed by hand (or a change undone). */
public record TimetableChanged(LocalDate week, Change change) {}
