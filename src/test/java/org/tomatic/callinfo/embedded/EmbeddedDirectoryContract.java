package org.tomatic.callinfo.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;
import org.tomatic.callinfo.Contract;
import org.tomatic.callinfo.Contract.Role;
import org.tomatic.callinfo.Contract.Status;
import org.tomatic.callinfo.ContractDetails;
import org.tomatic.callinfo.Customer;
import org.tomatic.callinfo.SearchField;
import org.tomatic.callinfo.SearchResult;
import org.tomatic.callinfo.embedded.CustomerBatch.CaseRow;
import org.tomatic.callinfo.embedded.CustomerBatch.ContractRow;
import org.tomatic.callinfo.embedded.CustomerBatch.CustomerRow;
import org.tomatic.callinfo.embedded.CustomerBatch.InvoiceRow;
import org.tomatic.callinfo.embedded.CustomerBatch.Party;
import org.tomatic.callinfo.embedded.CustomerBatch.ReadingRow;

/** What the embedded directory answers, on every supported database (H2 and PostgreSQL). */
interface EmbeddedDirectoryContract {

    EmbeddedTestDatabase database();

    LocalDate TODAY = LocalDate.of(2026, 11, 16);

    @BeforeEach
    default void fixture() {
        database().store.deleteAll();
        save(new CustomerBatch(
            List.of(
                new CustomerRow("S0001", "Anna Puig Ferrer", "12345678Z", true, "ca", List.of("600112233", "931234567"),
                    List.of("anna@example.coop", "anna_p@example.com"), List.of("Carrer Major, 1, 08500 Vic"), "Prefers mornings"),
                new CustomerRow("S0002", "Núria Col·lell d'Alòs", "X1234567L", false, "es", List.of("600112244", "931234567"),
                    List.of("annaxp@example.com"), List.of(), null),
                new CustomerRow("S0003", "100%_Solar, S.L.", "B12345678", false, null, List.of("612345678"),
                    List.of("100%@solar.example"), List.of(), null),
                new CustomerRow("S0004", "Óscar O'Brien", null, false, "en", List.of("33612345678"), List.of(), List.of(), null)),
            List.of(
                contract("1000001", Status.ACTIVE, TODAY.minusYears(3), null, false, "S0001"),
                contract("1000002", Status.CANCELLED, TODAY.minusYears(6), TODAY.minusYears(3), false, "S0001"),
                new ContractRow("1000003", Status.ACTIVE, TODAY.minusYears(1), null, "Carrer Nou, 2", "3.0TD",
                    "Canvi de titular sol·licitat", true,
                    List.of(new Party("S0002", Role.HOLDER), new Party("S0001", Role.PAYER))),
                contract("1000004", Status.PENDING, TODAY.minusDays(3), null, false, "S0001")),
            List.of(
                new InvoiceRow("1000001", "F-1", TODAY.minusMonths(3), TODAY.minusMonths(3).plusDays(20), new BigDecimal("40.00"), true),
                new InvoiceRow("1000001", "F-2", TODAY.minusMonths(2), TODAY.minusMonths(2).plusDays(20), new BigDecimal("10.50"), false),
                new InvoiceRow("1000001", "F-3", TODAY.minusMonths(1), TODAY.minusMonths(1).plusDays(20), new BigDecimal("20.25"), false),
                new InvoiceRow("1000003", "G-1", TODAY.minusMonths(1), null, new BigDecimal("5.00"), false)),
            List.of(
                new ReadingRow("1000001", TODAY.minusMonths(2), "ES0031", "P1", new BigDecimal("1200.000"), "real"),
                new ReadingRow("1000001", TODAY.minusMonths(1), "ES0031", "P1", new BigDecimal("1350.500"), "estimated")),
            List.of(new CaseRow("1000001", "T-7", "Reclamació de factura", TODAY.minusDays(4), "open"))));
    }

    private static ContractRow contract(String number, Status status, LocalDate start, LocalDate end, boolean suspended,
                                        String holder) {
        return new ContractRow(number, status, start, end, "Carrer Major, 1", "2.0TD", null, suspended,
            List.of(new Party(holder, Role.HOLDER), new Party(holder, Role.PAYER)));
    }

    private void save(CustomerBatch batch) {
        new TransactionTemplate(database().transactions).executeWithoutResult(s -> database().store.save(batch));
    }

    private SearchResult search(SearchField field, String text) {
        return database().directory.search(field, text, 20);
    }

    private static List<String> numbers(SearchResult result) {
        return result.customers().stream().map(Customer::customerNumber).toList();
    }

    private static Customer only(SearchResult result) {
        assertThat(result.status()).as(result.toString()).isEqualTo(SearchResult.Status.FOUND);
        assertThat(result.customers()).hasSize(1);
        return result.customers().get(0);
    }

    @Test
    default void aPhoneFindsItsCustomerWhateverWayItIsWritten() {
        for (String form : List.of("600112233", "+34 600 11 22 33", "0034600112233", "600.11.22.33", "34600112233")) {
            Customer anna = only(search(SearchField.PHONE, form));
            assertThat(anna.customerNumber()).as(form).isEqualTo("S0001");
        }
        Customer anna = only(search(SearchField.PHONE, "600112233"));
        assertThat(anna.id()).isEqualTo("S0001");
        assertThat(anna.name()).isEqualTo("Anna Puig Ferrer");
        assertThat(anna.taxId()).isEqualTo("12345678Z");
        assertThat(anna.member()).isTrue();
        assertThat(anna.language()).isEqualTo("ca");
        assertThat(anna.phones()).containsExactly("600112233", "931234567");
        assertThat(anna.emails()).containsExactly("anna@example.coop", "anna_p@example.com");
        assertThat(anna.addresses()).containsExactly("Carrer Major, 1, 08500 Vic");
        assertThat(anna.comments()).isEqualTo("Prefers mornings");
    }

    @Test
    default void aSharedPhoneFindsEveryoneWithIt() {
        SearchResult result = search(SearchField.PHONE, "93 123 45 67");
        assertThat(result.status()).isEqualTo(SearchResult.Status.FOUND);
        assertThat(result.count()).isEqualTo(2);
        assertThat(numbers(result)).containsExactly("S0001", "S0002");
    }

    @Test
    default void aNumberWithAnUnexpectedPrefixFindsTheCustomerByItsLastNineDigits() {
        assertThat(numbers(search(SearchField.PHONE, "0600112233"))).containsExactly("S0001");
        // The French number is found exactly, not confused with the Spanish 612345678 of the same tail.
        assertThat(numbers(search(SearchField.PHONE, "+33 6 12 34 56 78"))).containsExactly("S0004");
        assertThat(numbers(search(SearchField.PHONE, "612345678"))).containsExactly("S0003");
        assertThat(search(SearchField.PHONE, "600112299").status()).isEqualTo(SearchResult.Status.NONE);
    }

    @Test
    default void everyField() {
        assertThat(numbers(search(SearchField.EMAIL, " ANNA@example.COOP "))).containsExactly("S0001");
        assertThat(numbers(search(SearchField.EMAIL, "anna"))).containsExactly("S0001", "S0002");
        assertThat(numbers(search(SearchField.TAX_ID, "12345678-z"))).containsExactly("S0001");
        assertThat(numbers(search(SearchField.TAX_ID, "ES B12345678"))).containsExactly("S0003");
        assertThat(numbers(search(SearchField.TAX_ID, "x1234567l"))).containsExactly("S0002");
        assertThat(numbers(search(SearchField.CUSTOMER_NUMBER, "s0002"))).containsExactly("S0002");
        assertThat(numbers(search(SearchField.CONTRACT, "1000001"))).containsExactly("S0001");
        assertThat(numbers(search(SearchField.CONTRACT, "1000003"))).as("holder and payer")
            .containsExactly("S0001", "S0002");
        assertThat(numbers(search(SearchField.NAME, "puig"))).containsExactly("S0001");
        assertThat(numbers(search(SearchField.NAME, "Ferrer Anna"))).as("every word, any order").containsExactly("S0001");
    }

    @Test
    default void autoGuessesTheField() {
        SearchResult byEmail = search(SearchField.AUTO, "anna@example.coop");
        assertThat(byEmail.field()).isEqualTo(SearchField.EMAIL);
        assertThat(numbers(byEmail)).containsExactly("S0001");
        assertThat(search(SearchField.AUTO, "+34 600 11 22 44").field()).isEqualTo(SearchField.PHONE);
        assertThat(numbers(search(SearchField.AUTO, "+34 600 11 22 44"))).containsExactly("S0002");
        assertThat(numbers(search(SearchField.AUTO, "1000003"))).containsExactly("S0001", "S0002");
        assertThat(numbers(search(SearchField.AUTO, "S0003"))).containsExactly("S0003");
        assertThat(numbers(search(SearchField.AUTO, "B12345678"))).containsExactly("S0003");
        assertThat(numbers(search(SearchField.AUTO, "nuria"))).containsExactly("S0002");
    }

    @Test
    default void namesAreFoundWithoutCaseOrAccents() {
        for (String text : List.of("nuria", "NÚRIA", "Nuria Collell", "col·lell", "COLLELL", "dalos", "d'Alòs", "oscar o'brien",
            "obrien")) {
            assertThat(search(SearchField.NAME, text).customers()).as(text).isNotEmpty();
        }
        assertThat(numbers(search(SearchField.NAME, "Núria Col·lell d'Alòs"))).containsExactly("S0002");
        assertThat(numbers(search(SearchField.NAME, "oscar"))).containsExactly("S0004");
    }

    @Test
    default void tooManyMatchesSayHowMany() {
        List<CustomerRow> many = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(new CustomerRow("T" + i, "Client de Prova " + i, null, false, null, List.of("699000000"), List.of(),
                List.of(), null));
        }
        save(new CustomerBatch(many, List.of(), List.of(), List.of(), List.of()));

        SearchResult byName = search(SearchField.NAME, "prova");
        assertThat(byName.status()).isEqualTo(SearchResult.Status.TOO_MANY);
        assertThat(byName.count()).isEqualTo(30);
        assertThat(byName.customers()).isEmpty();
        SearchResult byPhone = search(SearchField.PHONE, "699 000 000");
        assertThat(byPhone.status()).isEqualTo(SearchResult.Status.TOO_MANY);
        assertThat(byPhone.count()).isEqualTo(30);
        assertThat(database().directory.search(SearchField.NAME, "prova", 30).customers()).hasSize(30);
        assertThat(database().directory.search(SearchField.NAME, "prova", 29).status())
            .isEqualTo(SearchResult.Status.TOO_MANY);
    }

    @Test
    default void noMatchIsNone() {
        for (SearchField field : SearchField.values()) {
            SearchResult result = search(field, "zzyzx");
            assertThat(result.status()).as(field.name()).isEqualTo(SearchResult.Status.NONE);
            assertThat(result.count()).isZero();
        }
        assertThat(search(SearchField.PHONE, "").status()).isEqualTo(SearchResult.Status.NONE);
        assertThat(search(SearchField.NAME, "   ").status()).isEqualTo(SearchResult.Status.NONE);
        assertThat(search(SearchField.CONTRACT, "9999999").status()).isEqualTo(SearchResult.Status.NONE);
    }

    @Test
    default void wildcardsAndQuotesAreSearchedLiterally() {
        assertThat(numbers(search(SearchField.EMAIL, "anna_p"))).as("_ is no wildcard").containsExactly("S0001");
        assertThat(numbers(search(SearchField.EMAIL, "100%"))).containsExactly("S0003");
        assertThat(search(SearchField.EMAIL, "%").status()).isEqualTo(SearchResult.Status.NONE);
        assertThat(search(SearchField.EMAIL, "_").status()).isEqualTo(SearchResult.Status.NONE);
        assertThat(search(SearchField.EMAIL, "!").status()).isEqualTo(SearchResult.Status.NONE);
        assertThat(search(SearchField.EMAIL, "a%").status()).isEqualTo(SearchResult.Status.NONE);
        assertThat(search(SearchField.NAME, "%").status()).as("punctuation is not searched").isEqualTo(SearchResult.Status.NONE);
        assertThat(search(SearchField.NAME, "_").status()).isEqualTo(SearchResult.Status.NONE);
        assertThat(numbers(search(SearchField.NAME, "100%_solar"))).containsExactly("S0003");
        for (String attack : List.of("' OR '1'='1", "x' OR 1=1 --", "'; DELETE FROM customer; --", "\\", "%' --")) {
            for (SearchField field : SearchField.values()) {
                SearchResult result = search(field, attack);
                assertThat(result.status()).as(field + " " + attack).isIn(SearchResult.Status.NONE);
            }
        }
        assertThat(database().count("customer")).isEqualTo(4);
    }

    @Test
    default void unpaidInvoicesAddUpPerContractAndPerPayer() {
        Customer anna = only(search(SearchField.CUSTOMER_NUMBER, "S0001"));
        assertThat(anna.unpaidAmount()).isEqualByComparingTo("35.75");
        assertThat(anna.unpaidInvoices()).isEqualTo(3);
        Contract own = anna.contracts().stream().filter(c -> c.number().equals("1000001")).findFirst().orElseThrow();
        assertThat(own.unpaidAmount()).isEqualByComparingTo("30.75");
        assertThat(own.roles()).containsExactly(Role.HOLDER, Role.PAYER);
        Contract paid = anna.contracts().stream().filter(c -> c.number().equals("1000003")).findFirst().orElseThrow();
        assertThat(paid.roles()).containsExactly(Role.PAYER);

        Customer nuria = only(search(SearchField.CUSTOMER_NUMBER, "S0002"));
        assertThat(nuria.unpaidAmount()).as("she holds it, Anna pays it").isEqualByComparingTo("0");
        assertThat(nuria.unpaidInvoices()).isZero();
        Contract held = nuria.contracts().get(0);
        assertThat(held.number()).isEqualTo("1000003");
        assertThat(held.unpaidAmount()).isEqualByComparingTo("5.00");
        assertThat(held.roles()).containsExactly(Role.HOLDER);
        assertThat(held.holder()).isEqualTo("Núria Col·lell d'Alòs");
        assertThat(held.payer()).isEqualTo("Anna Puig Ferrer");
        assertThat(held.billingSuspended()).isTrue();
        assertThat(held.pendingState()).isEqualTo("Canvi de titular sol·licitat");
        assertThat(held.tariff()).isEqualTo("3.0TD");
        assertThat(held.address()).isEqualTo("Carrer Nou, 2");
    }

    @Test
    default void contractsShowActiveFirstAndCancelledLast() {
        Customer anna = only(search(SearchField.PHONE, "600112233"));
        assertThat(anna.contracts()).extracting(Contract::number).containsExactly("1000003", "1000001", "1000004", "1000002");
        Contract cancelled = anna.contracts().get(3);
        assertThat(cancelled.status()).isEqualTo(Status.CANCELLED);
        assertThat(cancelled.start()).isEqualTo(TODAY.minusYears(6));
        assertThat(cancelled.end()).isEqualTo(TODAY.minusYears(3));
        assertThat(cancelled.unpaidAmount()).isEqualByComparingTo("0");
    }

    @Test
    default void detailsOfAContract() {
        List<InvoiceRow> invoices = new ArrayList<>();
        for (int m = 14; m >= 1; m--) {
            invoices.add(new InvoiceRow("1000004", "M-" + m, TODAY.minusMonths(m), null, BigDecimal.valueOf(m), m > 1));
        }
        save(new CustomerBatch(List.of(), List.of(), invoices, List.of(), List.of()));

        ContractDetails details = database().directory.details("1000001");
        assertThat(details.error()).isNull();
        assertThat(details.contractNumber()).isEqualTo("1000001");
        assertThat(details.invoices()).extracting(ContractDetails.Invoice::number).containsExactly("F-3", "F-2", "F-1");
        assertThat(details.invoices().get(0)).isEqualTo(new ContractDetails.Invoice("F-3", TODAY.minusMonths(1),
            TODAY.minusMonths(1).plusDays(20), new BigDecimal("20.25"), false));
        assertThat(details.readings()).hasSize(2);
        assertThat(details.readings().get(0).value()).isEqualByComparingTo("1350.5");
        assertThat(details.readings().get(0).source()).isEqualTo("estimated");
        assertThat(details.readings().get(0).period()).isEqualTo("P1");
        assertThat(details.cases()).containsExactly(new ContractDetails.OpenCase("T-7", "Reclamació de factura",
            TODAY.minusDays(4), "open"));

        ContractDetails lastYear = database().directory.details("1000004");
        assertThat(lastYear.invoices()).hasSize(12);
        assertThat(lastYear.invoices().get(0).number()).isEqualTo("M-1");
        assertThat(lastYear.invoices().get(0).paid()).isFalse();

        ContractDetails unknown = database().directory.details("7777777");
        assertThat(unknown.error()).contains("7777777");
        assertThat(database().directory.details("' OR 1=1 --").error()).isNotNull();
    }

    @Test
    default void reSavingACustomerReplacesItsListsAndKeepsTheRest() {
        save(new CustomerBatch(List.of(new CustomerRow("S0002", "Núria Col·lell", "X1234567L", true, "ca",
            List.of("722000111"), List.of(), List.of("Plaça Nova, 3"), null)), List.of(), List.of(), List.of(), List.of()));

        assertThat(search(SearchField.PHONE, "600112244").status()).isEqualTo(SearchResult.Status.NONE);
        Customer nuria = only(search(SearchField.PHONE, "722 000 111"));
        assertThat(nuria.member()).isTrue();
        assertThat(nuria.addresses()).containsExactly("Plaça Nova, 3");
        assertThat(nuria.emails()).isEmpty();
        assertThat(nuria.contracts()).extracting(Contract::number).containsExactly("1000003");
    }
}
