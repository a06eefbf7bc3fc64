package org.tomatic.notifications;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/** Wakes the delivery worker when something was queued, so it need not wait for its next poll. */
@Component
class DeliverySignal {

    private final Semaphore permits = new Semaphore(0);

    void wake() {
        if (permits.availablePermits() == 0) {
            permits.release();
        }
    }

    /** Waits until woken or {@code max} passed. */
    void await(Duration max) throws InterruptedException {
        if (permits.tryAcquire(Math.max(1, max.toMillis()), TimeUnit.MILLISECONDS)) {
            permits.drainPermits();
        }
    }
}
