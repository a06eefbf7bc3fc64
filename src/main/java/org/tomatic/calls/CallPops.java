package org.tomatic.calls;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/** Pushes each incoming call to every open call page of its agent (server-sent events). */
@Component
@ConditionalOnWebApplication
class CallPops {

    private final Map<String, List<SseEmitter>> byPerson = new ConcurrentHashMap<>();
    private final JsonMapper json = JsonMapper.builder().build();

    SseEmitter subscribe(String personId) {
        SseEmitter emitter = new SseEmitter(60 * 60 * 1000L);
        List<SseEmitter> tabs = byPerson.computeIfAbsent(personId, p -> new CopyOnWriteArrayList<>());
        tabs.add(emitter);
        Runnable remove = () -> tabs.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        try {
            emitter.send(SseEmitter.event().name("ready").data("ready"));
        } catch (IOException e) {
            emitter.completeWithError(e);
        }
        return emitter;
    }

    @EventListener
    void incoming(IncomingCall event) {
        PhoneCall c = event.call();
        String json = this.json.writeValueAsString(Map.of("id", c.id(), "phone", c.phone(),
            "eventAt", event.at().toEpochMilli()));
        for (SseEmitter emitter : byPerson.getOrDefault(c.personId(), List.of())) {
            try {
                emitter.send(SseEmitter.event().name("call").data(json, MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException e) {
                emitter.completeWithError(e);
            }
        }
    }
}
