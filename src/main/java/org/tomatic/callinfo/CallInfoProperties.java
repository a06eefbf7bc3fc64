package org.tomatic.callinfo;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tomatic.callinfo.*}: where customer records come from.
 *
 * @param directory     {@code embedded} (Tomatic's own tables, the default) or {@code odoo}
 * @param countryPrefix removed from phone numbers when they are stored and searched (34 = Spain)
 * @param maxResults    more customers than this = "refine your search"
 */
@ConfigurationProperties("tomatic.callinfo")
public record CallInfoProperties(
    @DefaultValue("embedded") Directory directory,
    @DefaultValue("34") String countryPrefix,
    @DefaultValue("20") int maxResults,
    @DefaultValue Odoo odoo) {

    public enum Directory { embedded, odoo }

    /**
     * Odoo's external JSON-RPC API.
     *
     * @param url      the Odoo server, e.g. {@code https://erp.example.coop} ({@code /jsonrpc} is added)
     * @param database the Odoo database name
     * @param username the API user's login
     * @param password the API user's password or API key (secret: from the environment)
     * @param timeout  connect + answer time limit of one call
     * @param poolSize how many calls may be open to Odoo at once
     * @param contractModel the model of contracts (e.g. {@code giscedata.polissa}, {@code sale.subscription})
     * @param invoiceModel  the model of invoices ({@code account.move})
     * @param caseModel     the model of open cases ({@code helpdesk.ticket}, {@code crm.claim}); empty = none
     * @param readingModel  the model of meter readings; empty = none
     */
    public record Odoo(
        @DefaultValue("") String url,
        @DefaultValue("") String database,
        @DefaultValue("") String username,
        @DefaultValue("") String password,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("4") int poolSize,
        @DefaultValue("sale.subscription") String contractModel,
        @DefaultValue("account.move") String invoiceModel,
        @DefaultValue("helpdesk.ticket") String caseModel,
        @DefaultValue("") String readingModel) {}
}
