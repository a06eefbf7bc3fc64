package org.tomatic.timetable;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Tells every open page of a week that it changed (server-sent events), so nobody edits a stale grid. */
@Component
class WeekEvents {

    private final Map<LocalDate, List<SseEmitter>> listeners = new ConcurrentHashMap<>();

    SseEmitter subscribe(LocalDate week) {
        SseEmitter emitter = new SseEmitter(60 * 60 * 1000L);
        List<SseEmitter> forWeek = listeners.computeIfAbsent(week, w -> new CopyOnWriteArrayList<>());
        forWeek.add(emitter);
        Runnable remove = () -> forWeek.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        return emitter;
    }

    @EventListener
    void changed(TimetableChanged event) {
        send(event.week(), event.change().by());
    }

    @EventListener
    void published(TimetablePublished event) {
        send(event.week(), event.publishedBy());
    }

    private void send(LocalDate week, String by) {
        for (SseEmitter emitter : listeners.getOrDefault(week, List.of())) {
            try {
                emitter.send(SseEmitter.event().name("changed").data(by));
            } catch (IOException | IllegalStateException e) {
                emitter.completeWithError(e);
            }
        }
    }
}
