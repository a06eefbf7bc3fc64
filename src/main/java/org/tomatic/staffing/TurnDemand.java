package org.tomatic.staffing;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * What one weekday × turn of the turn grid asked for over the history.
 *
 * @param days            service days of this weekday in the history (holidays and no-service days left out)
 * @param calls           callers who joined the queue in this turn on those days
 * @param answered        of them, answered
 * @param abandoned       of them, hung up before an answer
 * @param callsPerHour    calls ÷ (days × the turn's hours)
 * @param handleSeconds   average talk of the answered calls plus the wrap-up; null without answered calls
 * @param patienceSeconds total time waited by all callers ÷ abandoned (the exponential patience's estimate);
 *                        null without abandonments (nobody hung up: no abandonment is assumed)
 */
public record TurnDemand(DayOfWeek weekday, int turn, LocalTime start, LocalTime end, int days, int calls,
                         int answered, int abandoned, double callsPerHour, Double handleSeconds,
                         Double patienceSeconds) {

    public double hours() {
        return java.time.Duration.between(start, end).toSeconds() / 3600.0;
    }
}
