package org.tomatic.auth;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * Logins kept in the database (Spring Session JDBC, tables {@code spring_session*} from migration V41), so
 * that several instances behind a load balancer share them: a login through one instance is valid on the
 * others, a logout or an ended session ends it everywhere. Only where instances can share the database:
 * {@code tomatic.sessions.store=jdbc}, which is the default when the database is PostgreSQL; on the embedded
 * H2 (one instance) sessions stay in the web server's memory ({@code memory}). Sessions last
 * {@code server.servlet.session.timeout} (30 min) without a request; expired ones are deleted every
 * {@code tomatic.sessions.cleanup-cron} by one instance.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@Conditional(JdbcSessions.OnJdbcStore.class)
@EnableJdbcHttpSession(cleanupCron = "-")
@EnableScheduling
public class JdbcSessions {

    /** The property choosing where sessions live: {@code jdbc}, {@code memory}, or (unset) jdbc on PostgreSQL. */
    public static final String STORE = "tomatic.sessions.store";

    /** Whether sessions go to the database under this environment. */
    static final class OnJdbcStore implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String store = context.getEnvironment().getProperty(STORE, "").strip().toLowerCase(java.util.Locale.ROOT);
            return switch (store) {
                case "jdbc" -> true;
                case "memory" -> false;
                case "" -> context.getEnvironment().getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
                default -> throw new IllegalStateException(STORE + " must be jdbc or memory, not '" + store + "'");
            };
        }
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
        @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        return repository -> repository.setDefaultMaxInactiveInterval(timeout);
    }

    @Bean
    ExpiredSessions expiredSessions(JdbcIndexedSessionRepository repository) {
        return new ExpiredSessions(repository);
    }

    /** Deletes the expired sessions, on one instance at a time. */
    static class ExpiredSessions {
        private final JdbcIndexedSessionRepository repository;

        ExpiredSessions(JdbcIndexedSessionRepository repository) {
            this.repository = repository;
        }

        @Scheduled(cron = "${tomatic.sessions.cleanup-cron:0 * * * * *}")
        @SchedulerLock(name = "sessions-cleanup", lockAtMostFor = "PT5M", lockAtLeastFor = "PT10S")
        void cleanUp() {
            repository.cleanUpExpiredSessions();
        }
    }
}
