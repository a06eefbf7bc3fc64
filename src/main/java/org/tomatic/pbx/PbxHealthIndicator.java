package org.tomatic.pbx;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** {@code /actuator/health} shows whether the PBX can be reached. */
@Component("pbx")
class PbxHealthIndicator implements HealthIndicator {

    private final Pbx pbx;

    PbxHealthIndicator(Pbx pbx) {
        this.pbx = pbx;
    }

    @Override
    public Health health() {
        PbxHealth h = pbx.health();
        return (h.up() ? Health.up() : Health.down()).withDetail("pbx", h.detail()).withDetail("queue", pbx.queueName()).build();
    }
}
