package org.tomatic.pbx;

import java.time.Instant;

/**
 * How many callers an hour arrive at a moment by the calls recorded in the last weeks: the port through which the
 * simulated PBX follows the demand ({@code tomatic.pbx.simulated.calls-per-hour=from-history}) without depending on
 * staffing, which provides it. The simulated PBX asks again when {@link Rate#until()} comes, not at every caller.
 */
public interface CallerArrivals {

    /**
     * @param perHour callers an hour (0 = none: out of hours, a holiday, no history)
     * @param until   the moment this rate may change at the latest (the next turn boundary, or sooner)
     */
    record Rate(double perHour, Instant until) {

        public Rate {
            if (!(perHour >= 0) || Double.isInfinite(perHour) || until == null) {
                throw new IllegalArgumentException("a rate is callers an hour ≥ 0 until a moment");
            }
        }
    }

    Rate at(Instant at);
}
