package org.tomatic.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} shows whether this instance hears the others' live events ({@link ClusterEvents});
 * only where there are others to hear (PostgreSQL).
 */
@Component("events")
@ConditionalOnWebApplication
@Conditional(ClusterEventsHealthIndicator.OnPostgres.class)
class ClusterEventsHealthIndicator implements HealthIndicator {

    static final class OnPostgres implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var env = context.getEnvironment();
            return env.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:")
                && env.getProperty("tomatic.events.listen", Boolean.class, true);
        }
    }

    private final ClusterEvents events;

    ClusterEventsHealthIndicator(ClusterEvents events) {
        this.events = events;
    }

    @Override
    public Health health() {
        return (events.listening() ? Health.up() : Health.down()).withDetails(events.details()).build();
    }
}
