package org.tomatic.planner;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Live progress of planning runs to every open run page (server-sent events). */
@Component
class RunEvents {

    private static final long TIMEOUT_MILLIS = 30 * 60 * 1000L;

    private final Map<Long, List<SseEmitter>> listeners = new ConcurrentHashMap<>();

    SseEmitter subscribe(long runId) {
        SseEmitter emitter = new SseEmitter(TIMEOUT_MILLIS);
        List<SseEmitter> forRun = listeners.computeIfAbsent(runId, id -> new CopyOnWriteArrayList<>());
        forRun.add(emitter);
        Runnable remove = () -> forRun.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        return emitter;
    }

    /** name: "progress" (data: {t, cost, bound}) or "state" (the run finished; data: its state). */
    void send(long runId, String name, Object data) {
        for (SseEmitter emitter : listeners.getOrDefault(runId, List.of())) {
            try {
                emitter.send(SseEmitter.event().name(name).data(data));
            } catch (IOException | IllegalStateException e) {
                emitter.completeWithError(e);
            }
        }
    }
}
