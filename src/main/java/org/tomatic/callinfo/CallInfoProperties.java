package org.tomatic.callinfo;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
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
     * Odoo's external JSON-RPC API (see docs/odoo.md for every field name and its default).
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
     * @param memberField   the partner field that says "member" (a boolean, or Odoo's {@code membership_state}); empty = none
     * @param phoneFields   the partner fields a phone search looks in ({@code phone}, {@code mobile}; Odoo 18 has no mobile)
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
        @DefaultValue("") String readingModel,
        @DefaultValue("") String memberField,
        @DefaultValue({"phone", "mobile"}) List<String> phoneFields,
        @DefaultValue ContractFields contractFields,
        @DefaultValue InvoiceFields invoiceFields,
        @DefaultValue ReadingFields readingFields,
        @DefaultValue CaseFields caseFields) {

        @ConstructorBinding
        public Odoo {
            phoneFields = phoneFields == null ? List.of("phone", "mobile") : List.copyOf(phoneFields);
            contractFields = contractFields == null ? new ContractFields() : contractFields;
            invoiceFields = invoiceFields == null ? new InvoiceFields() : invoiceFields;
            readingFields = readingFields == null ? new ReadingFields() : readingFields;
            caseFields = caseFields == null ? new CaseFields() : caseFields;
        }

        /** The settings as they were before the field names could be set: every field name at its default. */
        public Odoo(String url, String database, String username, String password, Duration timeout, int poolSize,
                    String contractModel, String invoiceModel, String caseModel, String readingModel) {
            this(url, database, username, password, timeout, poolSize, contractModel, invoiceModel, caseModel,
                readingModel, "", null, null, null, null, null);
        }
    }

    /**
     * Field names of the contract model. Role fields are many2one to {@code res.partner}; empty = not used
     * (no payer field: the holder pays). A state in neither list is PENDING.
     */
    public record ContractFields(
        @DefaultValue("code") String number,
        @DefaultValue("stage_category") String state,
        @DefaultValue("date_start") String start,
        @DefaultValue("date") String end,
        @DefaultValue("") String address,
        @DefaultValue("template_id") String tariff,
        @DefaultValue("partner_id") String holder,
        @DefaultValue("") String payer,
        @DefaultValue("") String administrator,
        @DefaultValue("") String notified,
        @DefaultValue("") String pendingState,
        @DefaultValue("") String billingSuspended,
        @DefaultValue({"progress", "open", "active"}) List<String> activeStates,
        @DefaultValue({"closed", "cancel", "cancelled"}) List<String> cancelledStates,
        @DefaultValue("") String cups) {

        @ConstructorBinding
        public ContractFields {
            activeStates = activeStates == null ? List.of() : List.copyOf(activeStates);
            cancelledStates = cancelledStates == null ? List.of() : List.copyOf(cancelledStates);
            cups = cups == null ? "" : cups;
        }

        public ContractFields() {
            this("code", "stage_category", "date_start", "date", "", "template_id", "partner_id", "", "", "", "", "",
                List.of("progress", "open", "active"), List.of("closed", "cancel", "cancelled"), "");
        }

        /** Without a supply point field (CUPS search finds nothing). */
        public ContractFields(String number, String state, String start, String end, String address, String tariff,
                              String holder, String payer, String administrator, String notified, String pendingState,
                              String billingSuspended, List<String> activeStates, List<String> cancelledStates) {
            this(number, state, start, end, address, tariff, holder, payer, administrator, notified, pendingState,
                billingSuspended, activeStates, cancelledStates, "");
        }
    }

    /**
     * @param contract the invoice field that names its contract: a char holding the contract number
     *                 ({@code invoice_origin}) or a many2one to the contract model
     */
    public record InvoiceFields(@DefaultValue("invoice_origin") String contract) {

        @ConstructorBinding
        public InvoiceFields {
        }

        public InvoiceFields() {
            this("invoice_origin");
        }
    }

    /** Field names of the meter reading model; {@code contract}: a many2one to the contract model or its number. */
    public record ReadingFields(
        @DefaultValue("contract_id") String contract,
        @DefaultValue("date") String date,
        @DefaultValue("meter") String meter,
        @DefaultValue("period") String period,
        @DefaultValue("value") String value,
        @DefaultValue("source") String source) {

        @ConstructorBinding
        public ReadingFields {
        }

        public ReadingFields() {
            this("contract_id", "date", "meter", "period", "value", "source");
        }
    }

    /**
     * Field names of the case model. {@code contract} empty = the cases of the contract's holder
     * (through {@code partner}); {@code closed}: a case is open while this field is empty.
     */
    public record CaseFields(
        @DefaultValue("") String contract,
        @DefaultValue("partner_id") String partner,
        @DefaultValue("name") String subject,
        @DefaultValue("create_date") String opened,
        @DefaultValue("stage_id") String state,
        @DefaultValue("close_date") String closed) {

        @ConstructorBinding
        public CaseFields {
        }

        public CaseFields() {
            this("", "partner_id", "name", "create_date", "stage_id", "close_date");
        }
    }
}
