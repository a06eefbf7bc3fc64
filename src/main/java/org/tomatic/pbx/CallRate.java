package org.tomatic.pbx;

import java.util.Locale;

/**
 * How often a simulated caller arrives ({@code tomatic.pbx.simulated.calls-per-hour}): a number of callers an hour
 * (0 = none by themselves, only when asked), or {@code from-history}: in each turn at the rate the queue calls
 * recorded in the last weeks say for that weekday × turn ({@link CallerArrivals}), none out of hours.
 *
 * @param perHour     callers an hour, when not from the history
 * @param fromHistory each turn's rate from the recorded calls
 */
public record CallRate(double perHour, boolean fromHistory) {

    /** The property's word for {@link #HISTORY}. */
    public static final String FROM_HISTORY = "from-history";
    public static final CallRate HISTORY = new CallRate(0, true);

    public CallRate {
        if (!(perHour >= 0) || Double.isInfinite(perHour)) {
            throw new IllegalArgumentException("calls per hour must be a number of at least 0, not " + perHour);
        }
    }

    public static CallRate perHourOf(double perHour) {
        return new CallRate(perHour, false);
    }

    /** {@code 40}, {@code 0}, {@code 12.5} or {@code from-history}; Spring binds the property through it. */
    public static CallRate valueOf(String text) {
        String value = text == null ? "" : text.trim();
        if (value.equalsIgnoreCase(FROM_HISTORY)) {
            return HISTORY;
        }
        try {
            return perHourOf(Double.parseDouble(value));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("calls per hour '" + text + "': a number of callers an hour "
                + "(e.g. 40; 0 = none) or " + FROM_HISTORY);
        }
    }

    @Override
    public String toString() {
        if (fromHistory) {
            return FROM_HISTORY;
        }
        return perHour == Math.rint(perHour) ? String.valueOf((long) perHour) : String.format(Locale.ROOT, "%s", perHour);
    }
}
