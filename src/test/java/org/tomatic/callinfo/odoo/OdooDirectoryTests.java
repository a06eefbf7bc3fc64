package org.tomatic.callinfo.odoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tomatic.callinfo.odoo.OdooTestPeer.values;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tomatic.callinfo.CallInfoProperties;
import org.tomatic.callinfo.Contract;
import org.tomatic.callinfo.ContractDetails;
import org.tomatic.callinfo.Customer;
import org.tomatic.callinfo.PhoneNumbers;
import org.tomatic.callinfo.SearchField;
import org.tomatic.callinfo.SearchResult;
import org.tomatic.callinfo.odoo.OdooTestModel.Type;

import tools.jackson.databind.JsonNode;

/** The Odoo directory against {@link OdooTestPeer}, set up like an energy cooperative's ERP. */
class OdooDirectoryTests {

    private static final String DB = "coop";
    private static final String USER = "api@example.coop";
    private static final String SECRET = "s3cret";
    /** Contracts as in a GISCE-like ERP, to show that every field name can be set. */
    private static final CallInfoProperties.ContractFields POLISSA = new CallInfoProperties.ContractFields("name",
        "state", "data_alta", "data_baixa", "cups_direccio", "tarifa", "titular", "pagador", "", "", "pending_state",
        "facturacio_suspesa", List.of("activa"), List.of("baixa", "cancelada"));
    private static final CallInfoProperties.ReadingFields LECTURA = new CallInfoProperties.ReadingFields("polissa_id",
        "date", "comptador", "periode", "lectura", "origen");

    private OdooTestPeer peer;
    private int anna;
    private int biel;

    @BeforeEach
    void seed() throws Exception {
        peer = OdooTestPeer.start(DB, USER, SECRET);
        peer.model("res.partner").field("x_member", Type.BOOLEAN);
        peer.model("giscedata.polissa.tarifa").field("name", Type.CHAR);
        peer.model("giscedata.polissa").field("name", Type.CHAR).field("state", Type.SELECTION)
            .field("data_alta", Type.DATE).field("data_baixa", Type.DATE).field("cups_direccio", Type.CHAR)
            .many2one("tarifa", "giscedata.polissa.tarifa").many2one("titular", "res.partner")
            .many2one("pagador", "res.partner").field("pending_state", Type.CHAR)
            .field("facturacio_suspesa", Type.BOOLEAN).field("cups", Type.CHAR);
        peer.model("giscedata.lectures.lectura").many2one("polissa_id", "giscedata.polissa")
            .field("date", Type.DATE).field("comptador", Type.CHAR).field("periode", Type.CHAR)
            .field("lectura", Type.FLOAT).field("origen", Type.SELECTION);

        int barcelona = peer.create("res.country.state", values("name", "Barcelona", "code", "B"));
        anna = peer.create("res.partner", values("name", "Anna Puig Serra", "vat", "ES12345678Z", "ref", "S001234",
            "lang", "ca_ES", "email", "anna@example.coop", "phone", "+34 600 11 22 33", "street", "C/ Major 1",
            "zip", "08001", "city", "Barcelona", "state_id", barcelona, "comment", "<p>Prefers <b>Catalan</b></p>",
            "x_member", true));
        biel = peer.create("res.partner", values("name", "Biel Roca", "vat", "B65432109", "ref", "S001235",
            "lang", "es_ES", "email", "biel@example.coop; factures@roca.cat", "phone", "93 123 45 67",
            "mobile", "0034 611 22 33 44", "x_member", false));
        // Its number holds 6 0 0 1 1 2 2 3 3 in order: the Odoo pattern matches, the check in Java must not.
        peer.create("res.partner", values("name", "Carla Vidal", "phone", "+34 960 011 223 3"));
        int solar = peer.create("res.partner", values("name", "Cooperativa 50% Solar"));
        peer.create("res.partner", values("name", "Cooperativa 500 Solar"));
        peer.create("res.partner", values("name", "Energia_Verda SL"));
        peer.create("res.partner", values("name", "Energia-Verda SL"));
        peer.create("res.partner", values("name", "Old Archived Anna", "phone", "600112233", "active", false));
        for (int i = 1; i <= 25; i++) {
            peer.create("res.partner", values("name", "Jordi Garcia " + i));
        }

        int td = peer.create("giscedata.polissa.tarifa", values("name", "2.0TD"));
        int c1 = peer.create("giscedata.polissa", values("name", "0012345", "state", "activa",
            "data_alta", LocalDate.of(2020, 1, 15), "cups_direccio", "C/ Major 1, Barcelona", "tarifa", td,
            "titular", anna, "pagador", anna, "facturacio_suspesa", false, "cups", "ES0031405536845001LN"));
        peer.create("giscedata.polissa", values("name", "0012346", "state", "activa",
            "data_alta", LocalDate.of(2022, 6, 1), "cups_direccio", "C/ Nou 5, Girona", "tarifa", td,
            "titular", anna, "pagador", biel, "pending_state", "Canvi de titular sol·licitat",
            "facturacio_suspesa", true));
        peer.create("giscedata.polissa", values("name", "0012347", "state", "baixa",
            "data_alta", LocalDate.of(2015, 3, 1), "data_baixa", LocalDate.of(2023, 5, 1), "titular", anna,
            "pagador", anna));
        peer.create("giscedata.polissa", values("name", "0099999", "state", "esborrany", "titular", solar,
            "pagador", solar));

        for (int month = 1; month <= 12; month++) {
            invoice(anna, "0012345", "F2025-" + month, LocalDate.of(2025, month, 10), "50.00", "0", "paid");
        }
        invoice(anna, "0012345", "F2026-1", LocalDate.of(2026, 1, 10), "50.00", "0", "in_payment");
        invoice(anna, "0012345", "F2026-2", LocalDate.of(2026, 2, 10), "60.25", "60.25", "not_paid");
        invoice(anna, "0012345", "F2026-3", LocalDate.of(2026, 3, 10), "70.00", "30.00", "partial");
        peer.create("account.move", values("name", "/", "partner_id", anna, "move_type", "out_invoice",
            "state", "draft", "payment_state", "not_paid", "amount_total", 999.0, "amount_residual", 999.0,
            "invoice_origin", "0012345"));
        peer.create("account.move", values("name", "R2026-1", "partner_id", anna, "move_type", "out_refund",
            "state", "posted", "payment_state", "paid", "invoice_date", LocalDate.of(2026, 3, 1),
            "amount_total", 10.0, "amount_residual", 0.0, "invoice_origin", "0012345"));
        invoice(biel, "0012346", "F2026-9", LocalDate.of(2026, 3, 12), "40.00", "40.00", "not_paid");

        peer.create("giscedata.lectures.lectura", values("polissa_id", c1, "date", LocalDate.of(2026, 1, 1),
            "comptador", "M-77", "periode", "P1", "lectura", 1200.0, "origen", "real"));
        peer.create("giscedata.lectures.lectura", values("polissa_id", c1, "date", LocalDate.of(2026, 2, 1),
            "comptador", "M-77", "periode", "P1", "lectura", 1310.5, "origen", "estimada"));
        peer.create("giscedata.lectures.lectura", values("polissa_id", c1, "date", LocalDate.of(2026, 3, 1),
            "comptador", "M-77", "periode", "P1", "lectura", 1400.0, "origen", "real"));

        int inProgress = peer.create("helpdesk.stage", values("name", "In Progress"));
        int solved = peer.create("helpdesk.stage", values("name", "Solved", "fold", true));
        peer.create("helpdesk.ticket", values("name", "Wrong invoice F2026-2", "partner_id", anna,
            "stage_id", inProgress, "create_date", "2026-03-01 09:30:00"));
        peer.create("helpdesk.ticket", values("name", "Meter change", "partner_id", anna, "stage_id", solved,
            "create_date", "2025-11-01 10:00:00", "close_date", "2025-11-20 12:00:00"));
        peer.create("helpdesk.ticket", values("name", "Biel's question", "partner_id", biel,
            "stage_id", inProgress, "create_date", "2026-03-02 11:00:00"));
    }

    @AfterEach
    void stop() {
        peer.stop();
    }

    private void invoice(int partner, String contract, String number, LocalDate date, String total, String residual,
                         String paymentState) {
        peer.create("account.move", values("name", number, "partner_id", partner, "move_type", "out_invoice",
            "state", "posted", "payment_state", paymentState, "invoice_date", date,
            "invoice_date_due", date.plusDays(20), "amount_total", new BigDecimal(total),
            "amount_residual", new BigDecimal(residual), "invoice_origin", contract));
    }

    private OdooDirectory directory() {
        return directory(SECRET, Duration.ofSeconds(5), 4, "giscedata.polissa", "x_member");
    }

    private OdooDirectory directory(String password, Duration timeout, int poolSize, String contractModel,
                                    String memberField) {
        return directory(password, timeout, poolSize, contractModel, memberField, POLISSA);
    }

    private OdooDirectory directory(String password, Duration timeout, int poolSize, String contractModel,
                                    String memberField, CallInfoProperties.ContractFields contractFields) {
        CallInfoProperties.Odoo settings = new CallInfoProperties.Odoo(peer.url() + "/", DB, USER, password, timeout,
            poolSize, contractModel, "account.move", "helpdesk.ticket", "giscedata.lectures.lectura", memberField,
            List.of("phone", "mobile"), contractFields, new CallInfoProperties.InvoiceFields(), LECTURA,
            new CallInfoProperties.CaseFields());
        return new OdooDirectory(settings, new PhoneNumbers("34"));
    }

    private static List<String> names(SearchResult result) {
        return result.customers().stream().map(Customer::name).toList();
    }

    private static Customer only(SearchResult result) {
        assertThat(result.status()).as(result.toString()).isEqualTo(SearchResult.Status.FOUND);
        assertThat(result.customers()).hasSize(1);
        return result.customers().get(0);
    }

    @Test
    void logsInOnceAndCallsExecuteKwWithTheUid() {
        OdooDirectory directory = directory();
        directory.search(SearchField.NAME, "anna", 20);
        directory.search(SearchField.NAME, "biel", 20);

        assertThat(peer.logins()).isEqualTo(1);
        JsonNode login = peer.bodies().get(0);
        assertThat(login.path("jsonrpc").asString()).isEqualTo("2.0");
        assertThat(login.path("method").asString()).isEqualTo("call");
        assertThat(login.path("params").path("service").asString()).isEqualTo("common");
        assertThat(login.path("params").path("args").toString()).isEqualTo("[\"coop\",\"api@example.coop\",\"s3cret\"]");
        JsonNode call = peer.bodies().get(1).path("params");
        assertThat(call.path("service").asString()).isEqualTo("object");
        assertThat(call.path("method").asString()).isEqualTo("execute_kw");
        assertThat(call.path("args").get(1).asInt()).as("the uid").isEqualTo(2);
        assertThat(call.path("args").get(4).asString()).isEqualTo("search_count");
        assertThat(directory.describe()).isEqualTo("Odoo at " + peer.url() + "/ (db coop)");
    }

    @Test
    void findsAPhoneNumberWhateverItsForm() {
        OdooDirectory directory = directory();
        for (String typed : List.of("+34 600 11 22 33", "0034600112233", "600112233", "600 112 233", "600-11-22-33")) {
            SearchResult result = directory.search(SearchField.PHONE, typed, 20);
            assertThat(names(result)).as(typed).containsExactly("Anna Puig Serra");
            assertThat(result.count()).isEqualTo(1);
        }
        assertThat(peer.domains("res.partner", "search_count").get(0).toString()).as("the domain Odoo received")
            .isEqualTo("[\"|\",[\"phone\",\"ilike\",\"6%0%0%1%1%2%2%3%3\"],[\"mobile\",\"ilike\",\"6%0%0%1%1%2%2%3%3\"]]");
        assertThat(names(directory.search(SearchField.PHONE, "611 22 33 44", 20))).as("the mobile")
            .containsExactly("Biel Roca");
        assertThat(names(directory.search(SearchField.PHONE, "931234567", 20))).containsExactly("Biel Roca");
    }

    @Test
    void findsByEmailIgnoringCaseButNotAPart() {
        OdooDirectory directory = directory();
        Customer anna = only(directory.search(SearchField.EMAIL, "ANNA@Example.coop", 20));
        assertThat(anna.emails()).containsExactly("anna@example.coop");
        assertThat(directory.search(SearchField.EMAIL, "anna@example", 20).status()).isEqualTo(SearchResult.Status.NONE);
        assertThat(peer.domains("res.partner", "search_count").get(0).toString())
            .isEqualTo("[[\"email\",\"=ilike\",\"ANNA@Example.coop\"]]");
    }

    @Test
    void findsByEveryWordOfTheName() {
        OdooDirectory directory = directory();
        assertThat(names(directory.search(SearchField.NAME, "serra  anna", 20))).containsExactly("Anna Puig Serra");
        assertThat(peer.domains("res.partner", "search_count").get(0).toString())
            .isEqualTo("[\"&\",[\"name\",\"ilike\",\"serra\"],[\"name\",\"ilike\",\"anna\"]]");
        assertThat(names(directory.search(SearchField.NAME, "Anna", 20))).as("archived partners are left out")
            .containsExactly("Anna Puig Serra");
    }

    @Test
    void findsATaxIdWithOrWithoutTheCountryPrefix() {
        OdooDirectory directory = directory();
        for (String typed : List.of("12345678Z", "ES12345678Z", "es 12345678-z")) {
            assertThat(names(directory.search(SearchField.TAX_ID, typed, 20))).as(typed).containsExactly("Anna Puig Serra");
        }
        assertThat(names(directory.search(SearchField.TAX_ID, "ESB65432109", 20))).containsExactly("Biel Roca");
        assertThat(directory.search(SearchField.TAX_ID, "2345678Z", 20).status()).isEqualTo(SearchResult.Status.NONE);
    }

    @Test
    void findsByCustomerNumber() {
        assertThat(names(directory().search(SearchField.CUSTOMER_NUMBER, " S001235 ", 20))).containsExactly("Biel Roca");
        assertThat(peer.domains("res.partner", "search_count").get(0).toString()).isEqualTo("[[\"ref\",\"=\",\"S001235\"]]");
    }

    @Test
    void findsTheHolderAndThePayerOfAContract() {
        SearchResult result = directory().search(SearchField.CONTRACT, "0012346", 20);

        assertThat(names(result)).containsExactly("Anna Puig Serra", "Biel Roca");
        assertThat(peer.domains("giscedata.polissa", "search_read").get(0).toString()).isEqualTo("[[\"name\",\"=\",\"0012346\"]]");
        assertThat(peer.calls("res.partner", "read")).hasSize(1);
        Contract asPayer = result.customers().get(1).contracts().get(0);
        assertThat(asPayer.number()).isEqualTo("0012346");
        assertThat(asPayer.roles()).containsExactly(Contract.Role.PAYER);
        assertThat(directory().search(SearchField.CONTRACT, "7777777", 20).status()).isEqualTo(SearchResult.Status.NONE);
    }

    /** With the contract's supply point field set, a CUPS (or its start) finds the contract's customers. */
    @Test
    void findsTheCustomersOfASupplyPoint() {
        var withCups = new CallInfoProperties.ContractFields("name", "state", "data_alta", "data_baixa", "cups_direccio",
            "tarifa", "titular", "pagador", "", "", "pending_state", "facturacio_suspesa", List.of("activa"),
            List.of("baixa", "cancelada"), "cups");
        OdooDirectory directory = directory(SECRET, Duration.ofSeconds(5), 4, "giscedata.polissa", "x_member", withCups);

        SearchResult whole = directory.search(SearchField.CUPS, "es 0031 4055 3684 5001 ln", 20);
        assertThat(names(whole)).containsExactly("Anna Puig Serra");
        assertThat(peer.domains("giscedata.polissa", "search_read").get(0).toString())
            .isEqualTo("[[\"cups\",\"=ilike\",\"ES0031405536845001LN%\"]]");
        assertThat(whole.customers().get(0).contracts()).extracting(Contract::cups).contains("ES0031405536845001LN");
        assertThat(names(directory.search(SearchField.CUPS, "ES00314055368", 20))).containsExactly("Anna Puig Serra");
        assertThat(directory.search(SearchField.CUPS, "ES9999999999", 20).status()).isEqualTo(SearchResult.Status.NONE);
        assertThat(directory().search(SearchField.CUPS, "ES0031405536845001LN", 20).status())
            .as("without the field, nothing to search").isEqualTo(SearchResult.Status.NONE);
    }

    @Test
    void guessesTheFieldFromTheText() {
        OdooDirectory directory = directory();
        Map<String, SearchField> texts = Map.of("anna@example.coop", SearchField.EMAIL, "600 11 22 33", SearchField.PHONE,
            "0012345", SearchField.CONTRACT, "S001234", SearchField.CUSTOMER_NUMBER, "ES12345678Z", SearchField.TAX_ID,
            "Puig Serra", SearchField.NAME);
        texts.forEach((text, field) -> {
            assertThat(SearchField.guess(text)).as(text).isEqualTo(field);
            SearchResult result = directory.search(SearchField.guess(text), text, 20);
            assertThat(result.field()).isEqualTo(field);
            assertThat(names(result)).as(text).containsExactly("Anna Puig Serra");
        });
        SearchResult auto = directory.search(SearchField.AUTO, "S001235", 20);
        assertThat(auto.field()).as("AUTO not resolved by the caller").isEqualTo(SearchField.CUSTOMER_NUMBER);
        assertThat(names(auto)).containsExactly("Biel Roca");
    }

    @Test
    void tooManyMatchesGiveTheCountWithoutReadingThem() {
        SearchResult result = directory().search(SearchField.NAME, "garcia", 20);

        assertThat(result.status()).isEqualTo(SearchResult.Status.TOO_MANY);
        assertThat(result.count()).isEqualTo(25);
        assertThat(result.customers()).isEmpty();
        assertThat(peer.calls("res.partner", "search_read")).isEmpty();
        assertThat(directory().search(SearchField.NAME, "garcia", 25).status()).isEqualTo(SearchResult.Status.FOUND);
        assertThat(peer.lastKwargs("res.partner", "search_read").path("limit").asInt()).isEqualTo(25);
    }

    @Test
    void nothingFoundIsNone() {
        OdooDirectory directory = directory();
        SearchResult result = directory.search(SearchField.NAME, "Zacarias", 20);
        assertThat(result.status()).isEqualTo(SearchResult.Status.NONE);
        assertThat(result.count()).isZero();
        assertThat(directory.search(SearchField.PHONE, "999 999 999", 20).status()).isEqualTo(SearchResult.Status.NONE);
        assertThat(directory.search(SearchField.PHONE, "no digits", 20).status()).isEqualTo(SearchResult.Status.NONE);
    }

    @Test
    void percentAndUnderscoreAreSearchedLiterally() {
        OdooDirectory directory = directory();
        assertThat(names(directory.search(SearchField.NAME, "solar", 20))).as("both exist")
            .containsExactly("Cooperativa 50% Solar", "Cooperativa 500 Solar");

        assertThat(names(directory.search(SearchField.NAME, "50%", 20))).containsExactly("Cooperativa 50% Solar");
        assertThat(peer.domains("res.partner", "search_count").get(1).toString())
            .isEqualTo("[[\"name\",\"ilike\",\"50\\\\%\"]]");
        assertThat(names(directory.search(SearchField.NAME, "energia_verda", 20))).containsExactly("Energia_Verda SL");
        assertThat(peer.domains("res.partner", "search_count").get(2).get(0).get(2).asString()).isEqualTo("energia\\_verda");
        assertThat(names(directory.search(SearchField.NAME, "back\\slash", 20))).isEmpty();
        assertThat(peer.domains("res.partner", "search_count").get(3).get(0).get(2).asString()).isEqualTo("back\\\\slash");
    }

    @Test
    void aCustomerComesWithTheirDataDebtAndContracts() {
        Customer anna = only(directory().search(SearchField.CUSTOMER_NUMBER, "S001234", 20));

        assertThat(anna.id()).isEqualTo(String.valueOf(this.anna));
        assertThat(anna.taxId()).isEqualTo("ES12345678Z");
        assertThat(anna.customerNumber()).isEqualTo("S001234");
        assertThat(anna.member()).isTrue();
        assertThat(anna.language()).isEqualTo("ca_ES");
        assertThat(anna.addresses()).containsExactly("C/ Major 1, 08001 Barcelona, Barcelona");
        assertThat(anna.phones()).containsExactly("+34 600 11 22 33");
        assertThat(anna.comments()).isEqualTo("Prefers Catalan");
        assertThat(anna.unpaidAmount()).as("60.25 + 30 left of 70; not the draft, not Biel's").isEqualByComparingTo("90.25");
        assertThat(anna.unpaidInvoices()).isEqualTo(2);

        assertThat(anna.contracts()).extracting(Contract::number).as("active first, newest first, cancelled last")
            .containsExactly("0012346", "0012345", "0012347");
        Contract suspended = anna.contracts().get(0);
        assertThat(suspended.billingSuspended()).isTrue();
        assertThat(suspended.pendingState()).isEqualTo("Canvi de titular sol·licitat");
        assertThat(suspended.unpaidAmount()).as("Biel's unpaid invoice of this contract").isEqualByComparingTo("40");
        Contract main = anna.contracts().get(1);
        assertThat(main.status()).isEqualTo(Contract.Status.ACTIVE);
        assertThat(main.start()).isEqualTo(LocalDate.of(2020, 1, 15));
        assertThat(main.address()).isEqualTo("C/ Major 1, Barcelona");
        assertThat(main.tariff()).isEqualTo("2.0TD");
        assertThat(main.unpaidAmount()).isEqualByComparingTo("90.25");
        assertThat(main.billingSuspended()).isFalse();
        assertThat(main.pendingState()).isNull();
        Contract cancelled = anna.contracts().get(2);
        assertThat(cancelled.status()).isEqualTo(Contract.Status.CANCELLED);
        assertThat(cancelled.end()).isEqualTo(LocalDate.of(2023, 5, 1));
        assertThat(cancelled.unpaidAmount()).isZero();

        Customer biel = only(directory().search(SearchField.CUSTOMER_NUMBER, "S001235", 20));
        assertThat(biel.member()).isFalse();
        assertThat(biel.emails()).containsExactly("biel@example.coop", "factures@roca.cat");
        assertThat(biel.phones()).containsExactly("93 123 45 67", "0034 611 22 33 44");
        assertThat(biel.unpaidAmount()).isEqualByComparingTo("40");
        assertThat(biel.addresses()).isEmpty();
        assertThat(only(directory().search(SearchField.NAME, "50%", 20)).contracts().get(0).status())
            .as("a state in neither list").isEqualTo(Contract.Status.PENDING);
    }

    @Test
    void contractsSayWhoHoldsAndWhoPays() {
        Customer anna = only(directory().search(SearchField.NAME, "anna puig", 20));

        Contract paidByBiel = anna.contracts().get(0);
        assertThat(paidByBiel.holder()).isEqualTo("Anna Puig Serra");
        assertThat(paidByBiel.payer()).isEqualTo("Biel Roca");
        assertThat(paidByBiel.roles()).containsExactly(Contract.Role.HOLDER);
        assertThat(anna.contracts().get(1).roles()).containsExactly(Contract.Role.HOLDER, Contract.Role.PAYER);
        assertThat(peer.domains("giscedata.polissa", "search_read").get(0).toString())
            .isEqualTo("[\"|\",[\"titular\",\"in\",[" + this.anna + "]],[\"pagador\",\"in\",[" + this.anna + "]]]");
    }

    @Test
    void theDefaultFieldsFitOdooSubscriptions() {
        int basic = peer.create("sale.subscription.template", values("name", "Monthly basic"));
        peer.create("sale.subscription", values("code", "SUB001", "name", "SUB001 - Anna", "partner_id", anna,
            "stage_category", "progress", "date_start", LocalDate.of(2024, 2, 1), "template_id", basic));
        peer.create("sale.subscription", values("code", "SUB002", "partner_id", anna, "stage_category", "closed",
            "date_start", LocalDate.of(2021, 2, 1), "date", LocalDate.of(2023, 2, 1)));
        peer.create("sale.subscription", values("code", "SUB003", "partner_id", anna, "stage_category", "draft"));
        CallInfoProperties.Odoo defaults = new CallInfoProperties.Odoo(peer.url(), DB, USER, SECRET,
            Duration.ofSeconds(5), 4, "sale.subscription", "account.move", "helpdesk.ticket", "");

        Customer anna = only(new OdooDirectory(defaults, new PhoneNumbers("34")).search(SearchField.TAX_ID, "12345678Z", 20));

        assertThat(anna.member()).as("no member field").isFalse();
        assertThat(anna.contracts()).extracting(Contract::number).containsExactly("SUB001", "SUB003", "SUB002");
        assertThat(anna.contracts()).extracting(Contract::status)
            .containsExactly(Contract.Status.ACTIVE, Contract.Status.PENDING, Contract.Status.CANCELLED);
        Contract basicPlan = anna.contracts().get(0);
        assertThat(basicPlan.tariff()).isEqualTo("Monthly basic");
        assertThat(basicPlan.roles()).as("no payer field: the holder pays").containsExactly(Contract.Role.HOLDER, Contract.Role.PAYER);
        assertThat(basicPlan.payer()).isEqualTo("Anna Puig Serra");
    }

    @Test
    void contractDetailsBringTheLastInvoicesTheReadingsAndTheOpenCases() {
        ContractDetails details = directory().details("0012345");

        assertThat(details.error()).isNull();
        assertThat(details.invoices()).hasSize(12);
        assertThat(details.invoices()).extracting(ContractDetails.Invoice::number).startsWith("F2026-3", "R2026-1",
            "F2026-2", "F2026-1", "F2025-12").doesNotContain("/");
        ContractDetails.Invoice partial = details.invoices().get(0);
        assertThat(partial.date()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(partial.due()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(partial.amount()).isEqualByComparingTo("70");
        assertThat(partial.paid()).isFalse();
        assertThat(details.invoices().get(1).amount()).as("a refund").isEqualByComparingTo("-10");
        assertThat(details.invoices().get(3).paid()).as("in_payment").isTrue();

        assertThat(details.readings()).extracting(ContractDetails.MeterReading::date)
            .containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1));
        ContractDetails.MeterReading estimated = details.readings().get(1);
        assertThat(estimated.meter()).isEqualTo("M-77");
        assertThat(estimated.period()).isEqualTo("P1");
        assertThat(estimated.value()).isEqualByComparingTo("1310.5");
        assertThat(estimated.source()).isEqualTo("estimada");

        assertThat(details.cases()).hasSize(1);
        ContractDetails.OpenCase open = details.cases().get(0);
        assertThat(open.subject()).isEqualTo("Wrong invoice F2026-2");
        assertThat(open.opened()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(open.state()).isEqualTo("In Progress");

        assertThat(directory().details("0000000").error()).isEqualTo("Odoo has no contract 0000000");
    }

    @Test
    void aWrongPasswordSaysSoClearly() {
        OdooDirectory directory = directory("wrong", Duration.ofSeconds(5), 4, "giscedata.polissa", "x_member");

        SearchResult result = directory.search(SearchField.NAME, "anna", 20);

        assertThat(result.status()).isEqualTo(SearchResult.Status.ERROR);
        assertThat(result.error()).isEqualTo("Odoo refused the login of api@example.coop on database coop");
        assertThat(directory.details("0012345").error()).isEqualTo(result.error());
        assertThat(directory.reachable()).as("Odoo answered").isTrue();
        assertThat(directory.lastError()).isEqualTo(result.error());
    }

    @Test
    void logsInAgainOnceWhenOdooNoLongerKnowsTheLogin() {
        OdooDirectory directory = directory();
        assertThat(directory.search(SearchField.NAME, "anna", 20).status()).isEqualTo(SearchResult.Status.FOUND);
        peer.userId(7);

        SearchResult again = directory.search(SearchField.NAME, "anna", 20);

        assertThat(again.status()).as(String.valueOf(again.error())).isEqualTo(SearchResult.Status.FOUND);
        assertThat(peer.logins()).isEqualTo(2);
        assertThat(peer.bodies().get(peer.bodies().size() - 1).path("params").path("args").get(1).asInt()).isEqualTo(7);
    }

    @Test
    void odooErrorsAreShownAsOdooSaysThem() {
        OdooDirectory unknownField = directory(SECRET, Duration.ofSeconds(5), 4, "giscedata.polissa", "x_is_member");
        SearchResult result = unknownField.search(SearchField.NAME, "anna", 20);
        assertThat(result.status()).isEqualTo(SearchResult.Status.ERROR);
        assertThat(result.error()).isEqualTo("Odoo error: Invalid field 'x_is_member' on model 'res.partner' (ValueError)");
        assertThat(unknownField.reachable()).isTrue();

        OdooDirectory unknownModel = directory(SECRET, Duration.ofSeconds(5), 4, "sale.order.contract", "");
        assertThat(unknownModel.details("0012345").error()).isEqualTo("Odoo error: Object sale.order.contract doesn't exist (UserError)");
    }

    @Test
    void aSlowOdooIsUnreachableAfterAboutTheTimeout() {
        OdooDirectory directory = directory(SECRET, Duration.ofMillis(400), 4, "giscedata.polissa", "x_member");
        peer.slow(Duration.ofSeconds(3));

        long started = System.nanoTime();
        SearchResult result = directory.search(SearchField.NAME, "anna", 20);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(result.status()).isEqualTo(SearchResult.Status.ERROR);
        assertThat(result.error()).isEqualTo("ERP unreachable: no answer from " + peer.url() + "/jsonrpc within 400 ms");
        assertThat(took).isBetween(Duration.ofMillis(350), Duration.ofMillis(1500));
        assertThat(directory.reachable()).isFalse();
        assertThat(directory.lastError()).isEqualTo(result.error());

        peer.slow(Duration.ZERO);
        assertThat(directory.search(SearchField.NAME, "anna", 20).status()).isEqualTo(SearchResult.Status.FOUND);
        assertThat(directory.reachable()).isTrue();
        assertThat(directory.lastError()).isNull();
    }

    @Test
    void aStoppedOdooIsAnErrorNotAnException() {
        OdooDirectory directory = directory();
        assertThat(directory.check()).isTrue();
        peer.stop();

        SearchResult result = directory.search(SearchField.PHONE, "600112233", 20);

        assertThat(result.status()).isEqualTo(SearchResult.Status.ERROR);
        assertThat(result.error()).isEqualTo("ERP unreachable: cannot connect to " + peer.url() + "/jsonrpc (connection refused)");
        assertThat(directory.details("0012345").error()).startsWith("ERP unreachable: ");
        assertThat(directory.check()).isFalse();
        assertThat(directory.reachable()).isFalse();
    }

    @Test
    void httpErrorsAndPagesThatAreNotJsonAreUnreachable() {
        OdooDirectory directory = directory();
        peer.failWith(502);
        assertThat(directory.search(SearchField.NAME, "anna", 20).error())
            .isEqualTo("ERP unreachable: " + peer.url() + "/jsonrpc answered HTTP 502");
        peer.failWith(200);
        assertThat(directory.details("0012345").error())
            .isEqualTo("ERP unreachable: " + peer.url() + "/jsonrpc did not answer JSON-RPC (text/html)");
        assertThat(directory.reachable()).isFalse();
    }

    @Test
    void neverMoreCallsInFlightThanThePool() throws Exception {
        OdooDirectory directory = directory(SECRET, Duration.ofSeconds(5), 2, "giscedata.polissa", "x_member");
        peer.slow(Duration.ofMillis(60));
        ExecutorService callers = Executors.newFixedThreadPool(6);
        try {
            List<Future<SearchResult>> searches = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                searches.add(callers.submit(() -> directory.search(SearchField.NAME, "anna", 20)));
            }
            for (Future<SearchResult> search : searches) {
                assertThat(search.get().status()).isEqualTo(SearchResult.Status.FOUND);
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(peer.logins()).as("one shared login").isEqualTo(1);
        assertThat(peer.maxInFlight()).isEqualTo(2);
    }
}
