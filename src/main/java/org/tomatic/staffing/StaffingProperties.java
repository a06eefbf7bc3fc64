package org.tomatic.staffing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tomatic.staffing.*}; the service level's answer time is {@code tomatic.stats.service-level-seconds}.
 *
 * @param target     the share of all arriving callers to answer within the threshold, percent (80 = 80 %)
 * @param maxAbandon the largest share of callers who may hang up before an answer, percent
 * @param shrinkage  the share of a scheduled line's time it is not answering (breaks, after-call work off the
 *                   phone…), percent: lines needed are divided by 1 − shrinkage, scheduled lines multiplied by it
 * @param wrapUp     after-call work added to each call's talk time to make its handle time
 * @param weeks      how many complete weeks of recorded calls the demand is computed from
 * @param minCalls   a turn with fewer recorded calls than this is reported as having too little data
 * @param minLines   the fewest lines an open turn gets, even without calls
 */
@ConfigurationProperties("tomatic.staffing")
public record StaffingProperties(
    @DefaultValue("80") double target,
    @DefaultValue("5") double maxAbandon,
    @DefaultValue("0") double shrinkage,
    @DefaultValue("0s") Duration wrapUp,
    @DefaultValue("8") int weeks,
    @DefaultValue("30") int minCalls,
    @DefaultValue("1") int minLines) {

    public StaffingProperties {
        if (target <= 0 || target > 100 || maxAbandon < 0 || maxAbandon > 100 || shrinkage < 0 || shrinkage >= 100
            || weeks < 1 || minLines < 0 || wrapUp.isNegative()) {
            throw new IllegalArgumentException("tomatic.staffing: target in (0, 100], max-abandon in [0, 100], "
                + "shrinkage in [0, 100), weeks ≥ 1, min-lines ≥ 0, wrap-up ≥ 0");
        }
    }
}
