package org.tomatic.timetable;

import java.time.DayOfWeek;

/** A fixed turn of the weekly template. personId null = keep this line empty ("nobody"). */
public record ForcedTurn(DayOfWeek day, int turn, int line, String personId) {}
