package org.tomatic.pbx.board;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.tomatic.pbx.QueueUpdated;
import org.tomatic.pbx.switching.TurnStarted;
import org.tomatic.system.ClusterEvents;
import org.tomatic.system.SseGroup;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pushes the whole board to every open board page whenever the queue changes (server-sent events). Each
 * instance hears the PBX's queue events through its own link; a new turn, applied by one instance only, and
 * an edit of the timetable reach the others through {@link ClusterEvents} (kind {@code board}), which then
 * redraw their boards (the turn's plan read again), as they do after a reconnection of the listener.
 */
@Component
@ConditionalOnWebApplication
class QueueBoardEvents {

    private static final Logger log = LoggerFactory.getLogger(QueueBoardEvents.class);

    private final QueueBoard board;
    private final JsonMapper json = JsonMapper.builder().build();
    private final SseGroup listeners = new SseGroup(Duration.ofHours(1));

    static final String KIND = "board";

    private final ClusterEvents cluster;

    QueueBoardEvents(QueueBoard board, ClusterEvents cluster, org.tomatic.pbx.Adherence adherence) {
        this.board = board;
        this.cluster = cluster;
        cluster.on(KIND, id -> broadcast(Instant.now()), () -> {
            adherence.forgetPlan();
            broadcast(Instant.now());
        });
        // A week edited on another instance (timetable.WeekEvents): the turn's plan is read again.
        cluster.on("week", id -> {
            adherence.forgetPlan();
            broadcast(Instant.now());
        }, () -> { });
    }

    SseEmitter subscribe() {
        SseEmitter emitter = listeners.subscribe();
        SseGroup.send(emitter, event(json.writeValueAsString(board.build(Instant.now()))));
        return emitter;
    }

    @EventListener
    void updated(QueueUpdated event) {
        broadcast(event.at());
    }

    @EventListener
    void turnStarted(TurnStarted event) {
        broadcast(Instant.now());
        cluster.publish(KIND, "turn");
    }

    private void broadcast(Instant at) {
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
        listeners.send(() -> event(data));
    }

    private static SseEmitter.SseEventBuilder event(String boardJson) {
        return SseEmitter.event().name("board").data(boardJson, MediaType.APPLICATION_JSON);
    }
}
