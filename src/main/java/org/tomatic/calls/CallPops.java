package org.tomatic.calls;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.tomatic.system.SseGroup;
import tools.jackson.databind.json.JsonMapper;

/** Pushes each incoming call to every open call page of its agent (server-sent events). */
@Component
@ConditionalOnWebApplication
class CallPops {

    private final Map<String, SseGroup> byPerson = new ConcurrentHashMap<>();
    private final JsonMapper json = JsonMapper.builder().build();

    SseEmitter subscribe(String personId) {
        SseEmitter emitter = byPerson.computeIfAbsent(personId, p -> new SseGroup(Duration.ofHours(1))).subscribe();
        SseGroup.send(emitter, SseEmitter.event().name("ready").data("ready"));
        return emitter;
    }

    @EventListener
    void incoming(IncomingCall event) {
        PhoneCall c = event.call();
        String json = this.json.writeValueAsString(Map.of("id", c.id(), "phone", c.phone(),
            "eventAt", event.at().toEpochMilli()));
        SseGroup tabs = byPerson.get(c.personId());
        if (tabs != null) {
            tabs.send(() -> SseEmitter.event().name("call").data(json, MediaType.APPLICATION_JSON));
        }
    }
}
