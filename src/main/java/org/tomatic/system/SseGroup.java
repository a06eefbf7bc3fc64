package org.tomatic.system;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open pages that follow one thing by server-sent events (a week, a planning run, the queue, an
 * agent's calls): pages join it, and an event goes to all of them; a page that went away is dropped.
 */
public final class SseGroup {

    private final List<SseEmitter> emitters = new CopyOnWriteArrayList<>();
    private final long timeoutMillis;

    public SseGroup(Duration timeout) {
        this.timeoutMillis = timeout.toMillis();
    }

    public SseEmitter subscribe() {
        SseEmitter emitter = new SseEmitter(timeoutMillis);
        emitters.add(emitter);
        Runnable remove = () -> emitters.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        return emitter;
    }

    public boolean isEmpty() {
        return emitters.isEmpty();
    }

    /** A builder can be sent only once, hence one from {@code event} for each page. */
    public void send(Supplier<SseEmitter.SseEventBuilder> event) {
        emitters.forEach(emitter -> send(emitter, event.get()));
    }

    /** Sends to one page; a page that cannot take it is closed. */
    public static void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            emitter.completeWithError(e);
        }
    }
}
