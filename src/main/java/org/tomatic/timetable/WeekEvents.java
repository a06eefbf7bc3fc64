package org.tomatic.timetable;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.tomatic.system.ClusterEvents;
import org.tomatic.system.SseGroup;

/**
 * Tells every open page of a week that it changed (server-sent events), so nobody edits a stale grid:
 * pages on this instance at once, those on the other instances through {@link ClusterEvents} (kind
 * {@code week}, id the Monday; they read who made the last change).
 */
@Component
class WeekEvents {

    static final String KIND = "week";

    private final Map<LocalDate, SseGroup> listeners = new ConcurrentHashMap<>();
    private final ClusterEvents cluster;
    private final TimetableRepository timetables;

    WeekEvents(ClusterEvents cluster, TimetableRepository timetables) {
        this.cluster = cluster;
        this.timetables = timetables;
        cluster.on(KIND, id -> remote(LocalDate.parse(id)), this::catchUp);
    }

    SseEmitter subscribe(LocalDate week) {
        SseEmitter emitter = listeners.computeIfAbsent(week, w -> new SseGroup(Duration.ofHours(1))).subscribe();
        SseGroup.opened(emitter);
        return emitter;
    }

    @EventListener
    void changed(TimetableChanged event) {
        send(event.week(), event.change().by());
        cluster.publish(KIND, event.week().toString());
    }

    @EventListener
    void published(TimetablePublished event) {
        send(event.week(), event.publishedBy());
        cluster.publish(KIND, event.week().toString());
    }

    /** Another instance changed the week: who did it is its newest change (nobody known: every page reloads). */
    private void remote(LocalDate week) {
        if (listeners.containsKey(week)) {
            send(week, timetables.lastChangeBy(week).orElse(""));
        }
    }

    /** Events may have been missed: every open week page looks again. */
    private void catchUp() {
        listeners.keySet().forEach(week -> send(week, ""));
    }

    private void send(LocalDate week, String by) {
        SseGroup group = listeners.get(week);
        if (group != null) {
            group.send(() -> SseEmitter.event().name("changed").data(by));
        }
    }
}
