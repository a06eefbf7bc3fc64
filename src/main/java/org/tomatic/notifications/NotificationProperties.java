package org.tomatic.notifications;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tomatic.notifications.*}: which channels exist (each only when its property is set, several at
 * once), how deliveries are retried, and the warning before each turn change. Webhook URLs carry their
 * secret token: they come only from configuration and are never shown or logged.
 *
 * @param language  the team's language ({@code ca} or {@code en}); personal messages use the person's own
 *                  when Tomatic knows it
 * @param publicUrl Tomatic's address as people open it (e.g. {@code https://tomatic.example.coop}), for the
 *                  links in messages; empty = no links
 */
@ConfigurationProperties("tomatic.notifications")
public record NotificationProperties(
    @DefaultValue("ca") String language,
    @DefaultValue("") String publicUrl,
    @DefaultValue GoogleChat googleChat,
    @DefaultValue Slack slack,
    @DefaultValue Mattermost mattermost,
    @DefaultValue Webhook webhook,
    @DefaultValue Email email,
    @DefaultValue Delivery delivery,
    @DefaultValue TurnWarning turnWarning) {

    /** A Google Chat space's incoming webhook. */
    public record GoogleChat(@DefaultValue("") String webhookUrl) {}

    /** A Slack (or Slack-compatible: Rocket.Chat, Zulip's Slack endpoint…) incoming webhook. */
    public record Slack(@DefaultValue("") String webhookUrl) {}

    /** A Mattermost incoming webhook. */
    public record Mattermost(@DefaultValue("") String webhookUrl) {}

    /** Any HTTP endpoint taking a JSON body with the event type and its fields. */
    public record Webhook(@DefaultValue("") String url) {}

    /**
     * @param recipients team messages go to these addresses (the SMTP server is Spring's {@code spring.mail.*})
     * @param from       the sender address of every email
     */
    public record Email(@DefaultValue("") List<String> recipients, @DefaultValue("tomatic@localhost") String from) {

        public List<String> recipientList() {
            return recipients.stream().map(String::strip).filter(r -> !r.isEmpty()).toList();
        }
    }

    /**
     * @param maxAttempts after this many failed attempts a delivery is given up (FAILED)
     * @param backoff     the wait after the first failure, doubled after each next one
     * @param maxBackoff  the longest wait between two attempts
     * @param timeout     how long one HTTP or SMTP attempt may take
     * @param pollEvery   how often the worker looks for due deliveries when nobody wakes it
     */
    public record Delivery(
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("30s") Duration backoff,
        @DefaultValue("30m") Duration maxBackoff,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("10s") Duration pollEvery) {}

    /**
     * @param enabled    warn the team before each turn change of a working day
     * @param leadTime   how long before the change
     * @param extraLines lines added to every warning (e.g. the link to the call page)
     * @param closing    also warn before closing time ("the queue closes")
     */
    public record TurnWarning(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("5m") Duration leadTime,
        @DefaultValue("") List<String> extraLines,
        @DefaultValue("false") boolean closing) {}

    public Locale teamLocale() {
        return localeOf(language);
    }

    /** {@code ca} or {@code en}; anything else is English. */
    public static Locale localeOf(String language) {
        return "ca".equalsIgnoreCase(language == null ? "" : language.strip()) ? Locale.forLanguageTag("ca")
            : Locale.ENGLISH;
    }

    /** {@code path} under {@link #publicUrl}, or empty when it is not set. */
    public String link(String path) {
        if (publicUrl == null || publicUrl.isBlank()) {
            return "";
        }
        String base = publicUrl.strip();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
