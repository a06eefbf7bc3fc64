package org.tomatic.pbx;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Republishes every PBX event as an application event, so features listen with
 * {@code @EventListener} on {@link PbxEvent} (or one of its records) without knowing the PBX.
 * Connection changes are published on a thread of their own: their listeners talk to the PBX, which
 * must not happen on the thread that reads the PBX's replies.
 */
@Component
class PbxEventBridge {

    private final ExecutorService connectionEvents = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pbx-connection");
        t.setDaemon(true);
        return t;
    });

    PbxEventBridge(Pbx pbx, ApplicationEventPublisher events) {
        pbx.listen(event -> {
            if (event instanceof PbxEvent.ConnectionChanged) {
                connectionEvents.execute(() -> events.publishEvent(event));
            } else {
                events.publishEvent(event);
            }
        });
    }
}
