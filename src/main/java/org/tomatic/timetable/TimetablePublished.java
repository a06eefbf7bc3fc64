package org.tomatic.timetable;

import java.time.LocalDate;

/** A week's timetable was published (from a planning run, or imported). Notifications listen to it. */
public record TimetablePublished(LocalDate week, Long runId, String publishedBy, int changedCells) {}
