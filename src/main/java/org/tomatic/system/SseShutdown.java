package org.tomatic.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Ends the open event streams first when the application stops: the web server's graceful shutdown
 * (a later phase) would otherwise wait its whole timeout for those long-lived requests.
 */
@Component
class SseShutdown implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SseShutdown.class);

    private volatile boolean running;

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        int ended = SseGroup.completeAll();
        if (ended > 0) {
            log.info("Ended {} open event stream(s) for the shutdown", ended);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the web server's graceful shutdown, which runs in a lower phase. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
