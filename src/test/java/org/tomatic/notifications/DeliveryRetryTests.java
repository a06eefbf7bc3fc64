package org.tomatic.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tomatic.notifications.NotificationPeers.MATTERMOST;
import static org.tomatic.notifications.NotificationPeers.SLACK;
import static org.tomatic.notifications.NotificationPeers.WEBHOOK;
import static org.tomatic.notifications.NotificationPeers.WEBHOOKS;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.IntegrationTest;

/**
 * Against the real HTTP peer, with the tests' settings (backoff 100 ms doubled, 3 attempts): a server
 * error or 429 is retried, a 400 is not, and a delivery that keeps failing is given up and shown failed
 * with its error.
 */
class DeliveryRetryTests extends IntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired Notifier notifier;
    @Autowired Deliveries deliveries;

    @Test
    void serverErrorsAreRetriedWithBackoffUntilSent() throws Exception {
        WEBHOOKS.respond(SLACK, 500, 503);
        WEBHOOKS.respond(MATTERMOST, 429);
        notifier.team(Notification.text("says", "Retry me", "again"));

        assertThat(WEBHOOKS.await(SLACK, 3, WAIT)).hasSize(3);
        Delivery slack = awaitDone("slack");
        assertThat(slack.status()).isEqualTo(Delivery.Status.SENT);
        assertThat(slack.attempts()).isEqualTo(3);
        assertThat(slack.lastError()).isNull();
        assertThat(awaitDone("mattermost").attempts()).isEqualTo(2);
        assertThat(WEBHOOKS.received(MATTERMOST)).hasSize(2);
    }

    @Test
    void givenUpAfterTheLimitAndShownFailedWithTheError() throws Exception {
        WEBHOOKS.respond(WEBHOOK, 500, 500, 500, 500);
        notifier.team(Notification.text("says", "Doomed", "never"));

        Delivery hook = awaitDone("webhook");
        assertThat(hook.status()).isEqualTo(Delivery.Status.FAILED);
        assertThat(hook.attempts()).isEqualTo(3);
        assertThat(hook.lastError()).isEqualTo("HTTP 500: upstream exploded (gave up after 3 attempts)");
        Thread.sleep(400);
        assertThat(WEBHOOKS.received(WEBHOOK)).hasSize(3);

        String page = mvc.perform(get("/admin/deliveries").with(user("admin").roles("ADMIN")))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-status=\"failed\"").contains(">failed<")
            .contains("HTTP 500: upstream exploded (gave up after 3 attempts)").contains(">Retry<");

        mvc.perform(post("/admin/deliveries/" + hook.id() + "/retry").with(user("admin").roles("ADMIN")).with(csrf()))
            .andExpect(status().is3xxRedirection());
        Delivery again = awaitStatus(hook.id(), Delivery.Status.SENT);
        assertThat(again.attempts()).isEqualTo(2);
        assertThat(WEBHOOKS.received(WEBHOOK)).hasSize(5);
    }

    @Test
    void aClientErrorIsNotRetried() throws Exception {
        WEBHOOKS.respond(SLACK, 400, 400);
        notifier.team(Notification.text("says", "Bad", "payload"));

        Delivery slack = awaitDone("slack");
        assertThat(slack.status()).isEqualTo(Delivery.Status.FAILED);
        assertThat(slack.attempts()).isEqualTo(1);
        assertThat(slack.lastError()).isEqualTo("HTTP 400: invalid_payload");
        Thread.sleep(500);
        assertThat(WEBHOOKS.received(SLACK)).hasSize(1);
    }

    @Test
    void theTriggeringActionDoesNotWaitForTheChannels() {
        WEBHOOKS.respond(SLACK, 500, 500, 500);
        long start = System.nanoTime();
        notifier.team(Notification.text("says", "Quick", "return"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
        assertThat(deliveries.recent(10)).hasSize(5);
    }

    @Test
    void backoffDoublesUpToTheMaximum() {
        assertThat(List.of(1, 2, 3, 4, 5).stream().map(n -> deliveries.backoff(n, null)).toList())
            .containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400),
                Duration.ofMillis(800), Duration.ofSeconds(1));
        assertThat(deliveries.backoff(1, Duration.ofMillis(700))).isEqualTo(Duration.ofMillis(700));
        assertThat(deliveries.backoff(1, Duration.ofHours(1))).isEqualTo(Duration.ofSeconds(1));
    }

    private Delivery awaitDone(String channel) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            var found = deliveries.recent(20).stream().filter(d -> d.channel().equals(channel) && !d.open()).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("No finished " + channel + " delivery: " + deliveries.recent(20));
    }

    private Delivery awaitStatus(long id, Delivery.Status status) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            var found = deliveries.recent(20).stream().filter(d -> d.id() == id && d.status() == status).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("Delivery " + id + " never " + status + ": " + deliveries.recent(20));
    }
}
