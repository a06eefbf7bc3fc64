package org.tomatic.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.tomatic.IntegrationTest;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;

/** {@code POST /api/calls/incoming}: its own token, clear 400s, one logged call per call and agent. */
class IncomingCallWebhookTests extends IntegrationTest {

    @Autowired PersonRepository people;
    @Autowired CallLog calls;

    @BeforeEach
    void anna() {
        people.insert(new Person("anna", "Anna", null, "201", null, "ffe082", null, List.of(), 3, null, true, Role.AGENT, 0));
    }

    @Test
    void aDialplanCurlLogsTheCallForTheAgent() throws Exception {
        mvc.perform(post("/api/calls/incoming").header("Authorization", "Bearer " + INCOMING_TOKEN)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("phone", "+34 600 11 22 33").param("extension", "201").param("callId", "1700000000.42"))
            .andExpect(status().isAccepted())
            .andExpect(jsonPath("$.person").value("anna"));
        List<PhoneCall> logged = calls.ofPerson("anna", 10);
        assertThat(logged).singleElement().satisfies(c -> {
            assertThat(c.phone()).isEqualTo("+34 600 11 22 33");
            assertThat(c.callRef()).isEqualTo("1700000000.42");
            assertThat(c.source()).isEqualTo(PhoneCall.Source.WEBHOOK);
            assertThat(c.extension()).isEqualTo("201");
        });

        // The same call ringing Anna again is still one call; JSON bodies work too.
        mvc.perform(post("/api/calls/incoming").header("Authorization", "Bearer " + INCOMING_TOKEN)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"phone\":\"600112233\",\"extension\":\"201\",\"callId\":\"1700000000.42\"}"))
            .andExpect(status().isAccepted());
        assertThat(calls.ofPerson("anna", 10)).hasSize(1);
    }

    @Test
    void aMissingOrWrongTokenIs401AndLogsNothing() throws Exception {
        mvc.perform(post("/api/calls/incoming").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("phone", "600112233").param("extension", "201"))
            .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/calls/incoming").header("Authorization", "Bearer nope")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("phone", "600112233").param("extension", "201"))
            .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/calls/incoming").header("Authorization", "Basic " + INCOMING_TOKEN)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("phone", "600112233").param("extension", "201"))
            .andExpect(status().isUnauthorized());
        assertThat(calls.ofPerson("anna", 10)).isEmpty();
    }

    @Test
    void malformedNumbersAndUnknownExtensionsAre400WithTheReason() throws Exception {
        mvc.perform(post("/api/calls/incoming").header("Authorization", "Bearer " + INCOMING_TOKEN)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("phone", "60011'; DROP TABLE x").param("extension", "201"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.error").value("Malformed phone number: '60011'; DROP TABLE x'."));
        mvc.perform(post("/api/calls/incoming").header("Authorization", "Bearer " + INCOMING_TOKEN)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("phone", "600112233").param("extension", "999"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.error").value("No active person has the extension '999'."));
        mvc.perform(post("/api/calls/incoming").header("Authorization", "Bearer " + INCOMING_TOKEN)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("extension", "201"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.error").value("phone is required"));
        assertThat(calls.ofPerson("anna", 10)).isEmpty();
    }
}
