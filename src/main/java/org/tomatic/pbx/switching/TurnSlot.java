package org.tomatic.pbx.switching;

import java.time.LocalDate;
import java.time.LocalTime;

/** A turn of a working day, or the queue closed ({@code turn} -1: before, between or after the turns). */
public record TurnSlot(LocalDate date, int turn, LocalTime start, LocalTime end) {

    public static TurnSlot closed(LocalDate date) {
        return new TurnSlot(date, -1, null, null);
    }

    public boolean isOpen() {
        return turn >= 0;
    }

    /** "09:00 – 10:15", or "closed". */
    public String label() {
        return isOpen() ? start + " – " + end : "closed";
    }
}
