package org.tomatic.planner;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.tomatic.system.SseGroup;

/** Live progress of planning runs to every open run page (server-sent events). */
@Component
class RunEvents {

    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final Map<Long, SseGroup> listeners = new ConcurrentHashMap<>();

    SseEmitter subscribe(long runId) {
        return listeners.computeIfAbsent(runId, id -> new SseGroup(TIMEOUT)).subscribe();
    }

    /** name: "progress" (data: {t, cost, bound}) or "state" (the run finished; data: its state). */
    void send(long runId, String name, Object data) {
        SseGroup group = listeners.get(runId);
        if (group != null) {
            group.send(() -> SseEmitter.event().name(name).data(data));
        }
    }
}
