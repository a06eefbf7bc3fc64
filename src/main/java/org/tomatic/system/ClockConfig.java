package org.tomatic.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ClockConfig {
    /** One clock for the whole application, so tests can fix the time. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.systemDefault());
    }
}
