package org.tomatic.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.tomatic.system.Utc;

/**
 * The language of each person's messages: the one they last picked in Tomatic's pages (ca / en), else the
 * team's ({@code tomatic.notifications.language}).
 */
@Service
public class PersonLanguages {

    private final JdbcClient jdbc;
    private final NotificationProperties properties;
    private final Clock clock;

    PersonLanguages(JdbcClient jdbc, NotificationProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    public Locale of(String personId) {
        return known(personId).map(NotificationProperties::localeOf).orElseGet(properties::teamLocale);
    }

    public Optional<String> known(String personId) {
        return jdbc.sql("SELECT lang FROM notification_language WHERE person_id = :id").param("id", personId)
            .query(String.class).optional();
    }

    /** Remembers {@code ca} or {@code en}; anything else is ignored. */
    public void remember(String personId, String language) {
        if (personId == null || language == null || !MessageTemplates.LANGUAGES.contains(language)) {
            return;
        }
        if (known(personId).filter(language::equals).isPresent()) {
            return;
        }
        int updated = jdbc.sql("UPDATE notification_language SET lang = :l, updated_at = :at WHERE person_id = :id")
            .param("l", language).param("at", Utc.db(clock.instant())).param("id", personId).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO notification_language (person_id, lang, updated_at) VALUES (:id, :l, :at)")
                    .param("id", personId).param("l", language).param("at", Utc.db(clock.instant())).update();
            } catch (org.springframework.dao.DuplicateKeyException e) {
                // Two requests at once: the other one stored it.
            }
        }
    }
}
