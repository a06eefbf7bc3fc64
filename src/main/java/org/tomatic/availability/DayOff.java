package org.tomatic.availability;

import java.time.LocalDate;

/** A holiday or a no-service day. */
public record DayOff(LocalDate date, String name) {

    /** The longest name (holiday.name, no_service_day.name). */
    public static final int MAX_NAME = 200;
}
