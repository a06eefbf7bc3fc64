package org.tomatic.notifications;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends the queued deliveries in the background, in the server only (a CLI command that notifies either
 * leaves them to the server or delivers its own, like {@code tomatic says}). Woken when something is queued,
 * otherwise it looks every {@code poll-every} and at each retry's time. Several instances may run: each
 * delivery is claimed by one.
 */
@Component
@ConditionalOnWebApplication
class DeliveryWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final Deliveries deliveries;
    private final DeliverySignal signal;
    private final Duration pollEvery;
    private volatile Thread thread;
    private volatile boolean running;

    DeliveryWorker(Deliveries deliveries, DeliverySignal signal, NotificationProperties properties) {
        this.deliveries = deliveries;
        this.signal = signal;
        this.pollEvery = properties.delivery().pollEvery();
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, "notifications");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            Duration wait = pollEvery;
            try {
                deliveries.sendDue();
                wait = deliveries.untilNextDue(pollEvery);
            } catch (RuntimeException e) {
                log.warn("Notification worker: {}", e.toString());
            }
            try {
                signal.await(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
