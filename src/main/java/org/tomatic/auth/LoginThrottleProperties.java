package org.tomatic.auth;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tomatic.auth.throttle.*}: how the login form slows down guessing (docs/security.md).
 *
 * @param delayAfter        failed passwords for one account before each further attempt must wait
 * @param baseDelay         the first wait; it doubles with every further failure
 * @param maxDelay          the longest wait
 * @param lockAfter         failed attempts after which the account is locked
 * @param lockFor           how long a lock lasts (an administrator can unlock sooner)
 * @param addressDelayAfter failed attempts from one client address, over all accounts, before it must wait
 * @param addressLockAfter  the same for a lock of the address (a whole office may share one address)
 * @param forgetAfter       failures older than this are forgotten
 */
@ConfigurationProperties("tomatic.auth.throttle")
record LoginThrottleProperties(
    @DefaultValue("5") int delayAfter,
    @DefaultValue("1s") Duration baseDelay,
    @DefaultValue("5m") Duration maxDelay,
    @DefaultValue("20") int lockAfter,
    @DefaultValue("15m") Duration lockFor,
    @DefaultValue("50") int addressDelayAfter,
    @DefaultValue("200") int addressLockAfter,
    @DefaultValue("1h") Duration forgetAfter) {

    LoginThrottleProperties {
        if (delayAfter < 1 || lockAfter < delayAfter || addressDelayAfter < 1 || addressLockAfter < addressDelayAfter
            || baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0 || lockFor.isNegative()
            || forgetAfter.isNegative()) {
            throw new IllegalArgumentException("tomatic.auth.throttle: delay-after ≥ 1, lock-after ≥ delay-after "
                + "(also for the address), max-delay ≥ base-delay, durations ≥ 0");
        }
    }

    /** The wait after {@code failures} failures, when {@code after} is the threshold. */
    Duration delay(int failures, int after) {
        if (failures < after) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - after, 30);
        Duration d = baseDelay.multipliedBy(1L << doublings);
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }
}
