package org.tomatic.system;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open pages that follow one thing by server-sent events (a week, a planning run, the queue, an
 * agent's calls): pages join it, and an event goes to all of them; a page that went away is dropped.
 */
public final class SseGroup {

    /** Every stream open in this JVM, whatever its group: they are ended at shutdown ({@link SseShutdown}). */
    private static final Set<SseEmitter> OPEN = ConcurrentHashMap.newKeySet();

    private final List<SseEmitter> emitters = new CopyOnWriteArrayList<>();
    private final long timeoutMillis;

    public SseGroup(Duration timeout) {
        this.timeoutMillis = timeout.toMillis();
    }

    public SseEmitter subscribe() {
        SseEmitter emitter = new SseEmitter(timeoutMillis);
        emitters.add(emitter);
        OPEN.add(emitter);
        Runnable remove = () -> {
            emitters.remove(emitter);
            OPEN.remove(emitter);
        };
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        return emitter;
    }

    /**
     * Ends every open stream, so that a graceful shutdown does not wait for pages that would follow
     * their events for an hour (the browser reconnects to another instance, or when this one is back).
     */
    static int completeAll() {
        int n = 0;
        for (SseEmitter emitter : List.copyOf(OPEN)) {
            emitter.complete();
            OPEN.remove(emitter);
            n++;
        }
        return n;
    }

    public boolean isEmpty() {
        return emitters.isEmpty();
    }

    /** A builder can be sent only once, hence one from {@code event} for each page. */
    public void send(Supplier<SseEmitter.SseEventBuilder> event) {
        emitters.forEach(emitter -> send(emitter, event.get()));
    }

    /**
     * Sends a comment (no event: pages see nothing), so that the answer's headers go out now and the page's
     * stream is open at once rather than at the first event.
     */
    public static void opened(SseEmitter emitter) {
        send(emitter, SseEmitter.event().comment("open"));
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
