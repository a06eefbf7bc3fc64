package org.tomatic.calls;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.tomatic.system.ClusterEvents;
import org.tomatic.system.SseGroup;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pushes each incoming call to every open call page of its agent (server-sent events): pages on this
 * instance at once, those on the others through {@link ClusterEvents} (kind {@code call}, id the call's;
 * they read the call). A PBX call is heard by every instance's own PBX link too, so a call popped here in
 * the last few seconds is not popped again when another instance tells of it.
 */
@Component
@ConditionalOnWebApplication
class CallPops {

    static final String KIND = "call";
    private static final long SAME_POP_MILLIS = 10_000;

    private final Map<String, SseGroup> byPerson = new ConcurrentHashMap<>();
    private final Map<Long, Long> poppedAt = new ConcurrentHashMap<>();
    private final JsonMapper json = JsonMapper.builder().build();
    private final ClusterEvents cluster;
    private final CallLog calls;

    CallPops(ClusterEvents cluster, CallLog calls) {
        this.cluster = cluster;
        this.calls = calls;
        cluster.on(KIND, id -> remote(Long.parseLong(id)), () -> { });
    }

    SseEmitter subscribe(String personId) {
        SseEmitter emitter = byPerson.computeIfAbsent(personId, p -> new SseGroup(Duration.ofHours(1))).subscribe();
        SseGroup.send(emitter, SseEmitter.event().name("ready").data("ready"));
        return emitter;
    }

    @EventListener
    void incoming(IncomingCall event) {
        PhoneCall c = event.call();
        pop(c, event.at().toEpochMilli());
        if (cluster.enabled()) {
            cluster.publish(KIND, String.valueOf(c.id()));
        }
    }

    private void remote(long callId) {
        Long last = poppedAt.get(callId);
        if (last != null && System.currentTimeMillis() - last < SAME_POP_MILLIS) {
            return;
        }
        calls.find(callId).filter(c -> byPerson.containsKey(c.personId()))
            .ifPresent(c -> pop(c, System.currentTimeMillis()));
    }

    private void pop(PhoneCall c, long eventAt) {
        if (cluster.enabled()) {
            long now = System.currentTimeMillis();
            poppedAt.put(c.id(), now);
            poppedAt.values().removeIf(at -> now - at > SAME_POP_MILLIS);
        }
        String json = this.json.writeValueAsString(Map.of("id", c.id(), "phone", c.phone(), "eventAt", eventAt));
        SseGroup tabs = byPerson.get(c.personId());
        if (tabs != null) {
            tabs.send(() -> SseEmitter.event().name("call").data(json, MediaType.APPLICATION_JSON));
        }
    }
}
