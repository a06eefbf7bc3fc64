package org.tomatic.pbx.simulated;

import java.time.Clock;
import java.util.Random;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tomatic.pbx.CallerArrivals;
import org.tomatic.pbx.PbxProperties;

/** The default PBX: in memory, inside this process. */
@Configuration
@ConditionalOnProperty(name = "tomatic.pbx.backend", havingValue = "simulated", matchIfMissing = true)
class SimulatedPbxConfig {

    /**
     * With {@code calls-per-hour=from-history}, the callers follow the recorded calls' rate per turn (staffing
     * provides it; looked up when first asked, so the PBX does not wait for the statistics to be built).
     */
    @Bean(destroyMethod = "stop")
    SimulatedPbx simulatedPbx(PbxProperties properties, Clock clock, ObjectProvider<CallerArrivals> history) {
        CallerArrivals fromHistory = at -> {
            CallerArrivals source = history.getIfAvailable();
            return source != null ? source.at(at) : new CallerArrivals.Rate(0, at.plus(java.time.Duration.ofDays(1)));
        };
        return new SimulatedPbx(properties.queue(), properties.simulated(), clock, new Random(),
            SimulatedPbx.Scheduler.realTime(), fromHistory);
    }

    /** Random callers only in the server: a command-line run has nobody to watch them. */
    @Component
    @ConditionalOnWebApplication
    @ConditionalOnProperty(name = "tomatic.pbx.backend", havingValue = "simulated", matchIfMissing = true)
    static class RandomCallers {
        private final SimulatedPbx pbx;

        RandomCallers(SimulatedPbx pbx) {
            this.pbx = pbx;
        }

        @EventListener(ApplicationReadyEvent.class)
        void start() {
            pbx.start();
        }
    }
}
