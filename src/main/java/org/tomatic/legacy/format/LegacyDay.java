package org.tomatic.legacy.format;

import java.time.LocalDate;

/** A holiday or a day without phone service. */
public record LegacyDay(LocalDate date, String name, Source source) {
}
