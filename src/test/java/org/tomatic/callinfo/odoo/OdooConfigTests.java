package org.tomatic.callinfo.odoo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.tomatic.callinfo.CallInfoProperties;
import org.tomatic.callinfo.CustomerDirectory;

/** The Odoo directory exists only when chosen, and every {@code tomatic.callinfo.odoo.*} property binds. */
class OdooConfigTests {

    @Configuration
    @EnableConfigurationProperties(CallInfoProperties.class)
    static class Properties {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
        .withUserConfiguration(Properties.class, OdooConfig.class);

    @Test
    void noOdooDirectoryUnlessChosen() {
        context.run(c -> assertThat(c).doesNotHaveBean(CustomerDirectory.class));
        context.withPropertyValues("tomatic.callinfo.directory=embedded")
            .run(c -> assertThat(c).doesNotHaveBean(CustomerDirectory.class));
    }

    @Test
    void theDefaultsFitAPlainOdooWithSubscriptions() {
        context.withPropertyValues("tomatic.callinfo.directory=odoo", "tomatic.callinfo.odoo.url=https://erp.example.coop",
            "tomatic.callinfo.odoo.database=prod", "tomatic.callinfo.odoo.username=tomatic").run(c -> {
                assertThat(c.getBean(CustomerDirectory.class).describe()).isEqualTo("Odoo at https://erp.example.coop (db prod)");
                CallInfoProperties.Odoo odoo = c.getBean(CallInfoProperties.class).odoo();
                assertThat(odoo.timeout()).isEqualTo(Duration.ofSeconds(5));
                assertThat(odoo.phoneFields()).containsExactly("phone", "mobile");
                assertThat(odoo.memberField()).isEmpty();
                assertThat(odoo.contractFields()).isEqualTo(new CallInfoProperties.ContractFields());
                assertThat(odoo.invoiceFields().contract()).isEqualTo("invoice_origin");
                assertThat(odoo.readingFields()).isEqualTo(new CallInfoProperties.ReadingFields());
                assertThat(odoo.caseFields()).isEqualTo(new CallInfoProperties.CaseFields());
            });
    }

    @Test
    void everyFieldNameCanBeSet() {
        context.withPropertyValues("tomatic.callinfo.directory=odoo", "tomatic.callinfo.odoo.url=http://odoo:8069",
            "tomatic.callinfo.odoo.database=coop", "tomatic.callinfo.odoo.username=api",
            "tomatic.callinfo.odoo.timeout=2s", "tomatic.callinfo.odoo.pool-size=8",
            "tomatic.callinfo.odoo.contract-model=giscedata.polissa", "tomatic.callinfo.odoo.member-field=x_member",
            "tomatic.callinfo.odoo.phone-fields=phone",
            "tomatic.callinfo.odoo.contract-fields.number=name", "tomatic.callinfo.odoo.contract-fields.holder=titular",
            "tomatic.callinfo.odoo.contract-fields.payer=pagador",
            "tomatic.callinfo.odoo.contract-fields.cancelled-states=baixa,cancelada",
            "tomatic.callinfo.odoo.invoice-fields.contract=polissa_id",
            "tomatic.callinfo.odoo.reading-fields.value=lectura", "tomatic.callinfo.odoo.case-fields.closed=")
            .run(c -> {
                assertThat(c).hasSingleBean(OdooDirectory.class);
                CallInfoProperties.Odoo odoo = c.getBean(CallInfoProperties.class).odoo();
                assertThat(odoo.poolSize()).isEqualTo(8);
                assertThat(odoo.phoneFields()).containsExactly("phone");
                assertThat(odoo.contractFields().number()).isEqualTo("name");
                assertThat(odoo.contractFields().holder()).isEqualTo("titular");
                assertThat(odoo.contractFields().payer()).isEqualTo("pagador");
                assertThat(odoo.contractFields().state()).as("default kept").isEqualTo("stage_category");
                assertThat(odoo.contractFields().cancelledStates()).containsExactly("baixa", "cancelada");
                assertThat(odoo.invoiceFields().contract()).isEqualTo("polissa_id");
                assertThat(odoo.readingFields().value()).isEqualTo("lectura");
                assertThat(odoo.caseFields().closed()).isEmpty();
            });
    }

    @Test
    void refusesToStartWithoutTheServer() {
        context.withPropertyValues("tomatic.callinfo.directory=odoo").run(c -> assertThat(c).getFailure()
            .hasRootCauseMessage("tomatic.callinfo.odoo.url is empty: the Odoo directory needs it"));
    }
}
