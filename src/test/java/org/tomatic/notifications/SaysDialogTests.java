package org.tomatic.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tomatic.notifications.NotificationPeers.MATTERMOST;
import static org.tomatic.notifications.NotificationPeers.WEBHOOKS;

import java.time.Duration;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.IntegrationTest;
import org.tomatic.system.AuditLog;

/** The coordinators' "Tomatic says" dialog: POST /says, role and CSRF checked, audited, sent to every channel. */
class SaysDialogTests extends IntegrationTest {

    @Autowired AuditLog audit;
    @Autowired Deliveries deliveries;

    @Test
    void aCoordinatorSaysSomethingToTheTeam() throws Exception {
        mvc.perform(post("/says").with(user("coordina").roles("COORDINATOR")).with(csrf())
                .header("Referer", "http://localhost/timetable?week=2030-01-07")
                .param("message", "Avui plegem a les 13:00, l'oficina tanca"))
            .andExpect(redirectedUrl("/timetable?week=2030-01-07"))
            .andExpect(flash().attribute("flashText", "Sent to the team (5 channel(s))."));

        assertThat(WEBHOOKS.await(MATTERMOST, 1, Duration.ofSeconds(10))).singleElement()
            .extracting(WebhookPeer.Received::body)
            .isEqualTo("{\"text\":\"**El Tomàtic diu**\\nAvui plegem a les 13:00, l'oficina tanca\"}");
        assertThat(audit.recent(5)).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("coordina");
            assertThat(e.action()).isEqualTo("says");
            assertThat(e.detail()).isEqualTo("Avui plegem a les 13:00, l'oficina tanca");
        });
    }

    @Test
    void agentsCannotAndNeitherCanAForgedForm() throws Exception {
        mvc.perform(post("/says").with(user("agenta").roles("AGENT")).with(csrf()).param("message", "hola"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/says").with(user("coordina").roles("COORDINATOR")).param("message", "hola"))
            .andExpect(status().isForbidden());
        assertThat(deliveries.recent(10)).isEmpty();
    }

    @Test
    void anEmptyMessageIsNotSent() throws Exception {
        mvc.perform(post("/says").with(user("coordina").roles("COORDINATOR")).with(csrf()).param("message", "  "))
            .andExpect(redirectedUrl("/"))
            .andExpect(flash().attribute("flashError", "says.empty"));
        assertThat(deliveries.recent(10)).isEmpty();
    }

    @Test
    void theDialogIsInThePagesOfCoordinatorsOnly() throws Exception {
        mvc.perform(get("/").with(user("coordina").roles("COORDINATOR")))
            .andExpect(content().string(Matchers.allOf(Matchers.containsString("id=\"says-dialog\""),
                Matchers.containsString("action=\"/says\""), Matchers.containsString("data-open-dialog=\"says-dialog\""))));
        mvc.perform(get("/").with(user("agenta").roles("AGENT")))
            .andExpect(content().string(Matchers.not(Matchers.containsString("says-dialog"))));
        mvc.perform(get("/").with(user("admin").roles("ADMIN")))
            .andExpect(content().string(Matchers.allOf(Matchers.containsString("href=\"/admin/deliveries\""),
                Matchers.containsString("href=\"/admin/templates\""))));
    }
}
