package org.tomatic.pbx.simulated;

import java.time.Clock;
import java.util.Random;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tomatic.pbx.PbxProperties;

/** The default PBX: in memory, inside this process. */
@Configuration
@ConditionalOnProperty(name = "tomatic.pbx.backend", havingValue = "simulated", matchIfMissing = true)
class SimulatedPbxConfig {

    @Bean(destroyMethod = "stop")
    SimulatedPbx simulatedPbx(PbxProperties properties, Clock clock) {
        return new SimulatedPbx(properties.queue(), properties.simulated(), clock, new Random());
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
