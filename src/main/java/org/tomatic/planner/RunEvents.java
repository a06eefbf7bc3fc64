package org.tomatic.planner;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.tomatic.system.ClusterEvents;
import org.tomatic.system.SseGroup;
import tools.jackson.core.type.TypeReference;

/**
 * Live progress of planning runs to every open run page (server-sent events). The instance searching a run
 * sends each improvement to its own pages; the pages on other instances hear of each saved improvement
 * (about once a second) and of the run's end through {@link ClusterEvents} ({@code run-progress},
 * {@code run-state}; id the run's), and read them from the run's row.
 */
@Component
class RunEvents {

    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    static final String PROGRESS = "run-progress";
    static final String STATE = "run-state";

    private final Map<Long, SseGroup> listeners = new ConcurrentHashMap<>();
    private final ClusterEvents cluster;
    private final PlanningRunRepository runs;

    RunEvents(ClusterEvents cluster, PlanningRunRepository runs) {
        this.cluster = cluster;
        this.runs = runs;
        cluster.on(PROGRESS, id -> remoteProgress(Long.parseLong(id)), this::catchUp);
        cluster.on(STATE, id -> remoteState(Long.parseLong(id)), () -> { });
    }

    SseEmitter subscribe(long runId) {
        SseEmitter emitter = listeners.computeIfAbsent(runId, id -> new SseGroup(TIMEOUT)).subscribe();
        SseGroup.opened(emitter);
        return emitter;
    }

    /** name: "progress" (data: {t, cost, bound}) or "state" (the run started or finished; data: its state). */
    void send(long runId, String name, Object data) {
        sendHere(runId, name, data);
        if ("state".equals(name)) {
            cluster.publish(STATE, String.valueOf(runId));
        }
    }

    /** The run's best timetable so far was saved: the other instances' pages can read it. */
    void saved(long runId) {
        cluster.publish(PROGRESS, String.valueOf(runId));
    }

    private void sendHere(long runId, String name, Object data) {
        SseGroup group = listeners.get(runId);
        if (group != null) {
            group.send(() -> SseEmitter.event().name(name).data(data));
        }
    }

    private void remoteProgress(long runId) {
        if (!listeners.containsKey(runId)) {
            return;
        }
        List<List<Double>> points = runs.progress(runId)
            .map(json -> PlanningRuns.JSON.readValue(json, new TypeReference<List<List<Double>>>() { }))
            .orElse(List.of());
        if (!points.isEmpty()) {
            List<Double> last = points.get(points.size() - 1);
            sendHere(runId, "progress", Map.of("t", last.get(0), "cost", last.get(1).longValue(), "bound", last.get(2)));
        }
    }

    private void remoteState(long runId) {
        if (listeners.containsKey(runId)) {
            runs.find(runId).ifPresent(run -> sendHere(runId, "state", run.state().name()));
        }
    }

    /** Events may have been missed: each open run page gets the run's state, or its latest progress. */
    private void catchUp() {
        for (Long runId : listeners.keySet()) {
            runs.find(runId).ifPresent(run -> {
                if (run.active()) {
                    remoteProgress(runId);
                } else {
                    sendHere(runId, "state", run.state().name());
                }
            });
        }
    }
}
