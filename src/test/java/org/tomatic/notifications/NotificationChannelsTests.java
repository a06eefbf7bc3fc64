package org.tomatic.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tomatic.notifications.NotificationPeers.GOOGLE_CHAT;
import static org.tomatic.notifications.NotificationPeers.MATTERMOST;
import static org.tomatic.notifications.NotificationPeers.SLACK;
import static org.tomatic.notifications.NotificationPeers.WEBHOOK;
import static org.tomatic.notifications.NotificationPeers.WEBHOOKS;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A team message reaches every configured channel at once, each with its own JSON body; no secret shows. */
class NotificationChannelsTests extends IntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired Notifier notifier;
    @Autowired Deliveries deliveries;

    @Test
    void everyWebhookKindGetsItsOwnBody() throws Exception {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("message", "Tall de llum a les 13:00 & <res més>");
        fields.put("by", "carla");
        fields.put("count", 2);
        notifier.team(new Notification("says", "El Tomàtic diu", "Tall de llum a les 13:00 & <res més>\nGràcies",
            null, fields, List.of()));

        var chat = WEBHOOKS.await(GOOGLE_CHAT, 1, WAIT);
        var slack = WEBHOOKS.await(SLACK, 1, WAIT);
        var mattermost = WEBHOOKS.await(MATTERMOST, 1, WAIT);
        var hook = WEBHOOKS.await(WEBHOOK, 1, WAIT);

        assertThat(chat).singleElement().satisfies(r -> {
            assertThat(r.body()).isEqualTo("{\"text\":\"*El Tomàtic diu*\\nTall de llum a les 13:00 & <res més>\\nGràcies\"}");
            assertThat(r.query()).isEqualTo("key=chatkey&token=chattoken");
            assertThat(r.contentType()).isEqualTo("application/json; charset=UTF-8");
        });
        assertThat(slack).singleElement().extracting(WebhookPeer.Received::body).isEqualTo(
            "{\"text\":\"*El Tomàtic diu*\\nTall de llum a les 13:00 &amp; &lt;res més&gt;\\nGràcies\"}");
        assertThat(mattermost).singleElement().extracting(WebhookPeer.Received::body).isEqualTo(
            "{\"text\":\"**El Tomàtic diu**\\nTall de llum a les 13:00 & <res més>\\nGràcies\"}");
        assertThat(hook).singleElement().satisfies(r -> {
            assertThat(r.query()).isEqualTo("token=webhooksecret");
            assertThat(r.body()).matches("\\{\"type\":\"says\",\"subject\":\"El Tomàtic diu\","
                + "\"text\":\"Tall de llum a les 13:00 & <res més>\\\\nGràcies\","
                + "\"fields\":\\{\"message\":\"Tall de llum a les 13:00 & <res més>\",\"by\":\"carla\",\"count\":2\\},"
                + "\"sentAt\":\"[^\"]+\"}");
            JsonNode json = JsonMapper.builder().build().readTree(r.body());
            assertThat(Instant.parse(json.get("sentAt").asString())).isCloseTo(Instant.now(),
                org.assertj.core.api.Assertions.within(Duration.ofMinutes(1)));
        });
    }

    @Test
    void eachChannelHasOneDeliveryRowAndThePageShowsNoSecret() throws Exception {
        notifier.team(Notification.text("says", "Hola", "Bon dia"));
        WEBHOOKS.await(WEBHOOK, 1, WAIT);
        NotificationPeers.awaitMail(2, WAIT);
        List<Delivery> rows = awaitFinished(5);

        assertThat(rows).extracting(Delivery::channel)
            .containsExactlyInAnyOrder("google-chat", "slack", "mattermost", "webhook", "email");
        assertThat(rows).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(Delivery.Status.SENT);
            assertThat(d.attempts()).isEqualTo(1);
        });
        assertThat(rows).filteredOn(d -> !d.channel().equals("email")).extracting(Delivery::target)
            .containsOnly("127.0.0.1");
        assertThat(rows).filteredOn(d -> d.channel().equals("email")).extracting(Delivery::target)
            .containsExactly("team@example.coop, coordinators@example.coop");

        String page = mvc.perform(get("/admin/deliveries").with(user("admin").roles("ADMIN")))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Hola").contains("slack (127.0.0.1)").contains("data-status=\"sent\"")
            .doesNotContain("slacksecret").doesNotContain("chattoken").doesNotContain("webhooksecret")
            .doesNotContain("mattermostsecret");
    }

    @Test
    void attachmentsGoByEmailOnlyAndTheGenericWebhookNamesThem() throws Exception {
        notifier.team(new Notification("daily-report", "Daily report", "Calls yesterday: 42", null,
            Map.of("calls", 42), List.of(new Notification.Attachment("calls.csv", "text/csv", "a,b\n1,2\n".getBytes()))));

        assertThat(WEBHOOKS.await(SLACK, 1, WAIT)).singleElement().extracting(WebhookPeer.Received::body)
            .isEqualTo("{\"text\":\"*Daily report*\\nCalls yesterday: 42\"}");
        assertThat(WEBHOOKS.await(WEBHOOK, 1, WAIT)).singleElement().extracting(WebhookPeer.Received::body)
            .asString().contains("\"attachments\":[{\"filename\":\"calls.csv\",\"contentType\":\"text/csv\",\"size\":8}]");
        assertThat(NotificationPeers.awaitMail(2, WAIT)).hasSize(2);
    }

    @Test
    void aCommandLineProcessDeliversBeforeItEnds() {
        WEBHOOKS.respond(SLACK, 500);
        List<Delivery> result = deliveries.teamNow(new Notification("daily-report", "Informe", "42",
            null, Map.of(), List.of(new Notification.Attachment("calls.csv", "text/csv", "a\n".getBytes()))),
            Duration.ofSeconds(10));

        assertThat(result).hasSize(5).allSatisfy(d -> assertThat(d.status()).isEqualTo(Delivery.Status.SENT));
        assertThat(result).filteredOn(d -> d.channel().equals("slack")).singleElement()
            .extracting(Delivery::attempts).isEqualTo(2);
    }

    @Test
    void theAdminPageIsForAdministratorsOnly() throws Exception {
        mvc.perform(get("/admin/deliveries").with(user("coordina").roles("COORDINATOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/deliveries").with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
    }

    /** Waits until {@code count} deliveries exist and none is still open. */
    List<Delivery> awaitFinished(int count) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        List<Delivery> rows = deliveries.recent(50);
        while ((rows.size() < count || rows.stream().anyMatch(Delivery::open)) && System.nanoTime() < end) {
            Thread.sleep(20);
            rows = deliveries.recent(50);
        }
        return rows;
    }
}
