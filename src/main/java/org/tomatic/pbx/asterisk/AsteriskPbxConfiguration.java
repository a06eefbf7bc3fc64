package org.tomatic.pbx.asterisk;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tomatic.pbx.PbxProperties;

/** The Asterisk queue, when {@code tomatic.pbx.backend=asterisk}; it connects when the context has started. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tomatic.pbx.backend", havingValue = "asterisk")
class AsteriskPbxConfiguration {

    @Bean
    AsteriskPbx asteriskPbx(PbxProperties properties, Clock clock) {
        return new AsteriskPbx(properties.queue(), AmiAccount.of(properties.asterisk()), clock);
    }
}
