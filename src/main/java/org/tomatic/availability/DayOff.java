package org.tomatic.availability;

import java.time.LocalDate;

/** A holiday or a no-service day. */
public record DayOff(LocalDate date, String name) {}
