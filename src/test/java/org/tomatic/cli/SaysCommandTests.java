package org.tomatic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tomatic.notifications.WebhookPeer;

/**
 * {@code tomatic says …} in its own (CLI) application: it queues the message and delivers it before it
 * ends, printing each channel's outcome, against a real HTTP peer.
 */
class SaysCommandTests {

    static final String SLACK_PATH = "/services/cli/slack";
    static final String MATTERMOST_PATH = "/hooks/cli";
    static final List<String> PROPERTIES = List.of("tomatic.data-dir", "tomatic.notifications.slack.webhook-url",
        "tomatic.notifications.mattermost.webhook-url", "tomatic.notifications.delivery.backoff",
        "tomatic.notifications.delivery.max-attempts");

    @TempDir
    static Path temp;

    static final WebhookPeer PEER = WebhookPeer.start();

    record Run(int status, String out, String err) {}

    @BeforeAll
    static void configure() {
        System.setProperty("tomatic.data-dir", temp.resolve("data").toString());
        System.setProperty("tomatic.notifications.delivery.backoff", "50ms");
        System.setProperty("tomatic.notifications.delivery.max-attempts", "2");
    }

    @BeforeEach
    void channels() {
        PEER.reset();
        System.setProperty("tomatic.notifications.slack.webhook-url", PEER.url(SLACK_PATH));
        System.setProperty("tomatic.notifications.mattermost.webhook-url", PEER.url(MATTERMOST_PATH));
    }

    @AfterEach
    void stdin() {
        setStdin(System.in);
    }

    @AfterAll
    static void restore() {
        PROPERTIES.forEach(System::clearProperty);
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = TomaticCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void theWordsReachEveryChannelBeforeTheCommandEnds() {
        Run run = run("says", "Bon", "dia,", "equip!");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("slack +127\\.0\\.0\\.1 +sent")
            .containsPattern("mattermost +127\\.0\\.0\\.1 +sent").doesNotContain("cli/slack");
        assertThat(PEER.received(SLACK_PATH)).singleElement().extracting(WebhookPeer.Received::body)
            .isEqualTo("{\"text\":\"*El Tomàtic diu*\\nBon dia, equip!\"}");
        assertThat(PEER.received(MATTERMOST_PATH)).hasSize(1);
    }

    @Test
    void withoutWordsItReadsStandardInput() {
        setStdin(new ByteArrayInputStream("Tall de llum\na les 13:00\n".getBytes(StandardCharsets.UTF_8)));
        Run run = run("says");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(PEER.received(MATTERMOST_PATH)).singleElement().extracting(WebhookPeer.Received::body)
            .isEqualTo("{\"text\":\"**El Tomàtic diu**\\nTall de llum\\na les 13:00\"}");
    }

    @Test
    void aChannelThatFailsIsReportedAndTheStatusIs1() {
        PEER.respond(SLACK_PATH, 400);
        PEER.respond(MATTERMOST_PATH, 503);
        Run run = run("says", "hola");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).containsPattern("slack +127\\.0\\.0\\.1 +failed: HTTP 400: invalid_payload")
            .containsPattern("mattermost +127\\.0\\.0\\.1 +sent");
        assertThat(PEER.received(MATTERMOST_PATH)).hasSize(2);
    }

    @Test
    void withoutAChannelItSaysSo() {
        System.clearProperty("tomatic.notifications.slack.webhook-url");
        System.clearProperty("tomatic.notifications.mattermost.webhook-url");
        Run run = run("says", "hola");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: No notification channel is configured");
        Run empty = run("says", " ");
        assertThat(empty.status()).isEqualTo(1);
        assertThat(empty.err()).isEqualTo("error: the message is empty" + System.lineSeparator());
    }

    private static void setStdin(java.io.InputStream in) {
        SaysCommand.stdin = in;
    }
}
