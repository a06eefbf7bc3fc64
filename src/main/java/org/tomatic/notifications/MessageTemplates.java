package org.tomatic.notifications;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tomatic.system.AuditLog;
import org.tomatic.system.TextLimits;
import org.tomatic.system.ValidationException;
import org.tomatic.system.Utc;

/**
 * Renders the message templates: an administrator's override for the language, else the bundle's default.
 * Templates are written as people type them — apostrophes as they are, placeholders {@code {0}} — and
 * formatted with {@link MessageFormat}.
 */
@Service
public class MessageTemplates {

    public static final List<String> LANGUAGES = List.of("ca", "en");
    /** The longest template text (notification_template.body). */
    public static final int MAX_LENGTH = 4000;

    public record Rendered(String subject, String text) {}

    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    MessageTemplates(MessageSource messages, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.messages = messages;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public Rendered render(Template template, Locale locale, String... args) {
        String subject = format(pattern(template, Template.Part.SUBJECT, locale), locale, args);
        return new Rendered(subject.replaceAll("\\s*\\R\\s*", " ").strip(),
            format(pattern(template, Template.Part.TEXT, locale), locale, args));
    }

    /** The override for the language, else the default. */
    public String pattern(Template template, Template.Part part, Locale locale) {
        return override(template, part, locale).orElseGet(() -> defaultPattern(template, part, locale));
    }

    /** The bundle's text, as an administrator would type it (apostrophes single). */
    public String defaultPattern(Template template, Template.Part part, Locale locale) {
        // With always-use-message-format and no arguments, '' becomes ' and {0} stays as it is.
        return messages.getMessage(template.code(part), null, template.code(part), locale);
    }

    public Optional<String> override(Template template, Template.Part part, Locale locale) {
        return jdbc.sql("SELECT body FROM notification_template WHERE template_key = :k AND lang = :l")
            .param("k", template.key() + "." + part.key()).param("l", lang(locale)).query(String.class).optional();
    }

    /** Saves an override, after checking it can be formatted and uses only the template's placeholders. */
    @Transactional
    public void save(Template template, Template.Part part, Locale locale, String body, String actor) {
        String text = body == null ? "" : body.replace("\r\n", "\n").strip();
        if (part == Template.Part.SUBJECT) {
            TextLimits.check("body", "A subject", text, Notification.MAX_SUBJECT);
        }
        check(template, text);
        String key = template.key() + "." + part.key();
        String lang = lang(locale);
        int updated = jdbc.sql("""
                UPDATE notification_template SET body = :b, updated_by = :by, updated_at = :at
                WHERE template_key = :k AND lang = :l""")
            .param("b", text).param("by", actor).param("at", Utc.db(clock.instant())).param("k", key).param("l", lang)
            .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO notification_template (template_key, lang, body, updated_by, updated_at)
                    VALUES (:k, :l, :b, :by, :at)""")
                .param("k", key).param("l", lang).param("b", text).param("by", actor)
                .param("at", Utc.db(clock.instant())).update();
        }
        audit.record(actor, "notification-template", key + "/" + lang, "update", text);
    }

    /** Back to the default; false when there was no override. */
    @Transactional
    public boolean reset(Template template, Template.Part part, Locale locale, String actor) {
        String key = template.key() + "." + part.key();
        String lang = lang(locale);
        boolean removed = jdbc.sql("DELETE FROM notification_template WHERE template_key = :k AND lang = :l")
            .param("k", key).param("l", lang).update() > 0;
        if (removed) {
            audit.record(actor, "notification-template", key + "/" + lang, "reset", null);
        }
        return removed;
    }

    /** Formats a template text (as typed) with the arguments; throws ValidationException when it cannot. */
    public static String format(String pattern, Locale locale, Object... args) {
        try {
            return new MessageFormat(pattern.replace("'", "''"), locale).format(args).strip();
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("body", "The template cannot be used: " + e.getMessage());
        }
    }

    private static void check(Template template, String text) {
        if (text.isEmpty()) {
            throw ValidationException.of("body", "A template cannot be empty (reset it to use the default).");
        }
        if (text.length() > MAX_LENGTH) {
            throw ValidationException.of("body", "A template has at most " + MAX_LENGTH + " characters.");
        }
        MessageFormat format;
        try {
            format = new MessageFormat(text.replace("'", "''"));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("body", "The template cannot be used: " + e.getMessage()
                + " (placeholders are {0}, {1}…; a lone { or } is not allowed).");
        }
        int highest = format.getFormatsByArgumentIndex().length - 1;
        if (highest >= template.placeholders().size()) {
            throw ValidationException.of("body", "This template has placeholders {0} to {" + (template.placeholders().size() - 1)
                + "}; {" + highest + "} does not exist.");
        }
    }

    static String lang(Locale locale) {
        return "ca".equals(locale.getLanguage()) ? "ca" : "en";
    }
}
