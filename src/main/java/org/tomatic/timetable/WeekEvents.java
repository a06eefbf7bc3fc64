package org.tomatic.timetable;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.tomatic.system.SseGroup;

/** Tells every open page of a week that it changed (server-sent events), so nobody edits a stale grid. */
@Component
class WeekEvents {

    private final Map<LocalDate, SseGroup> listeners = new ConcurrentHashMap<>();

    SseEmitter subscribe(LocalDate week) {
        return listeners.computeIfAbsent(week, w -> new SseGroup(Duration.ofHours(1))).subscribe();
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
        SseGroup group = listeners.get(week);
        if (group != null) {
            group.send(() -> SseEmitter.event().name("changed").data(by));
        }
    }
}
