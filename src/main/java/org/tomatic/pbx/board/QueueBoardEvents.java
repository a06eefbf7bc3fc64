package org.tomatic.pbx.board;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.tomatic.pbx.QueueUpdated;
import org.tomatic.pbx.switching.TurnStarted;
import tools.jackson.databind.json.JsonMapper;

/** Pushes the whole board to every open board page whenever the queue changes (server-sent events). */
@Component
@ConditionalOnWebApplication
class QueueBoardEvents {

    private static final Logger log = LoggerFactory.getLogger(QueueBoardEvents.class);

    private final QueueBoard board;
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<SseEmitter> listeners = new CopyOnWriteArrayList<>();

    QueueBoardEvents(QueueBoard board) {
        this.board = board;
    }

    SseEmitter subscribe() {
        SseEmitter emitter = new SseEmitter(60 * 60 * 1000L);
        listeners.add(emitter);
        Runnable remove = () -> listeners.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        send(emitter, json.writeValueAsString(board.build(java.time.Instant.now())));
        return emitter;
    }

    @EventListener
    void updated(QueueUpdated event) {
        broadcast(event.at());
    }

    @EventListener
    void turnStarted(TurnStarted event) {
        broadcast(java.time.Instant.now());
    }

    private void broadcast(java.time.Instant at) {
        if (listeners.isEmpty()) {
            return;
        }
        String data;
        try {
            data = json.writeValueAsString(board.build(at));
        } catch (RuntimeException e) {
            log.warn("Could not build the queue board: {}", e.toString());
            return;
        }
        listeners.forEach(emitter -> send(emitter, data));
    }

    private void send(SseEmitter emitter, String data) {
        try {
            emitter.send(SseEmitter.event().name("board").data(data, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            emitter.completeWithError(e);
        }
    }
}
