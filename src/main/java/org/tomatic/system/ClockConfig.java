package org.tomatic.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ClockConfig {
    /**
     * One clock for the whole application, so tests can fix the time. In UTC on purpose: the team's
     * zone is the turn grid's ({@link TeamTime}), never the JVM's.
     */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
