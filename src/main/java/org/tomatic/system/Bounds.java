package org.tomatic.system;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Every request is bounded: numbers of lines, weeks and days, date ranges and uploads have maxima
 * ({@code docs/limits.md}), refused with a sentence before any work is done, so that no request can tie the
 * server up. Like {@link TextLimits}, a refusal is a {@link ValidationException}: a 400 page, or
 * {@code {"error": …, "message": …}} on the API.
 */
public final class Bounds {

    /** The longest date range a report or export covers: a year and a day. */
    public static final int MAX_RANGE_DAYS = 366;
    /** The longest leave: two years (a longer absence is a deactivation). */
    public static final int MAX_LEAVE_DAYS = 731;

    private Bounds() {
    }

    /**
     * Refuses a whole number outside [min, max].
     *
     * @param what the field as the sentence starts: "The number of lines"
     */
    public static int between(String field, String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw ValidationException.of(field, what + " must be from " + min + " to " + max + ".");
        }
        return value;
    }

    /** Refuses a range that ends before it starts or is longer than {@code maxDays} days (both ends included). */
    public static void range(String field, LocalDate from, LocalDate to, int maxDays) {
        if (to.isBefore(from)) {
            throw ValidationException.of(field, "The range ends (" + to + ") before it starts (" + from + ").");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > maxDays) {
            throw ValidationException.of(field, "The range can be at most " + maxDays + " days: from " + from
                + " to " + from.plusDays(maxDays - 1L) + ", for example.");
        }
    }

    /** Refuses an upload over {@code maxBytes}. */
    public static void upload(String field, long size, long maxBytes) {
        if (size > maxBytes) {
            throw ValidationException.of(field, "The file can be at most " + (maxBytes / (1024 * 1024)) + " MiB.");
        }
    }
}
