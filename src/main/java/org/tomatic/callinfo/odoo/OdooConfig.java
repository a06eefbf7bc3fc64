package org.tomatic.callinfo.odoo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tomatic.callinfo.CallInfoProperties;
import org.tomatic.callinfo.PhoneNumbers;

/** {@code tomatic.callinfo.directory=odoo}: customers come from Odoo. */
@Configuration
@ConditionalOnProperty(name = "tomatic.callinfo.directory", havingValue = "odoo")
class OdooConfig {

    @Bean
    OdooDirectory odooDirectory(CallInfoProperties properties) {
        return new OdooDirectory(properties.odoo(), new PhoneNumbers(properties.countryPrefix()));
    }
}
