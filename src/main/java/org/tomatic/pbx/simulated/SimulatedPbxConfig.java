package org.tomatic.pbx.simulated;

import java.time.Clock;
import java.util.Random;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tomatic.pbx.PbxProperties;

/** The default PBX: in memory, inside this process. */
@Configuration
@ConditionalOnProperty(name = "tomatic.pbx.backend", havingValue = "simulated", matchIfMissing = true)
class SimulatedPbxConfig {

    @Bean(initMethod = "start", destroyMethod = "stop")
    SimulatedPbx simulatedPbx(PbxProperties properties, Clock clock) {
        return new SimulatedPbx(properties.queue(), properties.simulated(), clock, new Random());
    }
}
