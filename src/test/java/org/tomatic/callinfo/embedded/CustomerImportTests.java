package org.tomatic.callinfo.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tomatic.callinfo.Contract;
import org.tomatic.callinfo.Customer;
import org.tomatic.callinfo.SearchField;
import org.tomatic.callinfo.SearchResult;

/** `tomatic customers import`: the documented example files, all-or-nothing errors, re-imports, dry runs. */
class CustomerImportTests {

    static final Path EXAMPLE = Path.of("src/test/resources/customers");
    static final EmbeddedTestDatabase DATABASE = EmbeddedTestDatabase.h2();

    @TempDir
    Path temp;

    @BeforeEach
    void empty() {
        DATABASE.store.deleteAll();
    }

    @AfterAll
    static void close() {
        DATABASE.close();
    }

    static CustomerImporter.Files example() {
        return new CustomerImporter.Files(EXAMPLE.resolve("customers.csv"), EXAMPLE.resolve("invoices.csv"),
            EXAMPLE.resolve("readings.csv"), EXAMPLE.resolve("cases.csv"));
    }

    private static CustomerImportReport run(CustomerImporter.Files files) {
        return DATABASE.importer.importFiles(files, false, false);
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(temp.resolve(name), text);
    }

    private static CustomerImporter.Files customers(Path file) {
        return new CustomerImporter.Files(file, null, null, null);
    }

    private static SearchResult search(SearchField field, String text) {
        return DATABASE.directory.search(field, text, 20);
    }

    private static List<Integer> counts() {
        return List.of("customer", "customer_phone", "customer_email", "customer_address", "contract", "contract_role",
            "invoice", "meter_reading", "open_case").stream().map(DATABASE::count).toList();
    }

    @Test
    void theDocumentedExampleImports() {
        CustomerImportReport report = run(example());

        assertThat(report.errors()).isEmpty();
        assertThat(report.lines()).containsExactly(
            "customers:  3 created, 0 updated",
            "contracts:  3 created, 0 updated",
            "invoices:   3",
            "readings:   2",
            "cases:      1",
            "imported");
        Customer anna = search(SearchField.PHONE, "600112233").customers().get(0);
        assertThat(anna.name()).isEqualTo("Anna Puig Ferrer");
        assertThat(anna.phones()).containsExactly("600112233", "931234567");
        assertThat(anna.member()).isTrue();
        assertThat(anna.unpaidAmount()).as("her own 52.10 and Núria's 120.00, which she pays").isEqualByComparingTo("172.10");
        assertThat(anna.contracts()).extracting(Contract::number).containsExactly("1000003", "1000001", "1000002");
        assertThat(anna.contracts().get(2).address()).isEqualTo("Carrer del Sol 3; 17001 Girona");
        Customer canal = search(SearchField.PHONE, "972000001").customers().get(0);
        assertThat(canal.name()).isEqualTo("Cooperativa \"La Canal\", SCCL");
        assertThat(canal.addresses()).as("line breaks in a cell").containsExactly("Plaça Major 4, 17800 Olot");
        assertThat(canal.contracts()).isEmpty();
        Contract held = search(SearchField.NAME, "collell").customers().get(0).contracts().get(0);
        assertThat(held.billingSuspended()).isTrue();
        assertThat(held.payer()).isEqualTo("Anna Puig Ferrer");
        var details = DATABASE.directory.details("1000003");
        assertThat(details.cases()).hasSize(1);
        assertThat(DATABASE.directory.details("1000001").readings()).hasSize(2);
    }

    @Test
    void reImportingTheSameFilesChangesNothing() {
        run(example());
        List<Integer> before = counts();
        SearchResult anna = search(SearchField.CUSTOMER_NUMBER, "S0001");

        CustomerImportReport again = run(example());

        assertThat(again.lines()).contains("customers:  0 created, 3 updated", "contracts:  0 created, 3 updated");
        assertThat(counts()).isEqualTo(before);
        assertThat(search(SearchField.CUSTOMER_NUMBER, "S0001")).isEqualTo(anna);
    }

    /** A contract's supply point (CUPS) imports from its column and finds the customer, whole or by its start. */
    @Test
    void aSupplyPointFindsItsCustomer() throws IOException {
        Path withCups = file("cups.csv", """
            customer_number,name,phones,contract_number,status,cups
            S0101,Marta Puig,600 55 44 33,1000101,active,es 0031 4055 3684 5001 ln
            S0102,Pere Roig,600 55 44 34,1000102,active,
            """);

        CustomerImportReport report = run(customers(withCups));

        assertThat(report.errors()).isEmpty();
        assertThat(search(SearchField.CUPS, "ES0031405536845001LN").customers()).extracting(Customer::name)
            .containsExactly("Marta Puig");
        assertThat(search(SearchField.CUPS, "ES003140553684").customers()).extracting(Customer::name)
            .containsExactly("Marta Puig");
        assertThat(search(SearchField.CUPS, "ES0031405536845001LN").customers().get(0).contracts().get(0).cups())
            .isEqualTo("ES0031405536845001LN");
        assertThat(search(SearchField.CUPS, "ES9999999999").status()).isEqualTo(SearchResult.Status.NONE);

        Path bad = file("bad-cups.csv", """
            customer_number,name,contract_number,status,cups
            S0103,Joan Mas,1000103,active,ES123
            """);
        assertThat(run(customers(bad)).errors()).containsExactly(bad + ":2: bad cups 'ES123' (ES, 16 digits, 2 letters, "
            + "maybe a suffix: ES0031405536845001LN)");
    }

    /** "All fields": the text searched in every field, each customer found once. */
    @Test
    void allFieldsFindsByAnyOfThem() throws IOException {
        run(customers(file("all.csv", """
            customer_number,name,phones,contract_number,status,cups
            S0201,Laia Ferrer 1000202,600 55 44 35,1000201,active,ES0031405536845002LN
            S0202,Oriol Vidal,600 55 44 36,1000202,active,
            """)));
        var directories = new org.springframework.beans.factory.support.StaticListableBeanFactory(
            java.util.Map.of("directory", DATABASE.directory)).getBeanProvider(org.tomatic.callinfo.CustomerDirectory.class);
        var search = new org.tomatic.callinfo.CustomerSearch(directories,
            new org.tomatic.callinfo.CallInfoProperties(null, "34", 20, null));

        assertThat(search.search(SearchField.ALL, "1000202").customers()).as("the contract's holder, and a name with it")
            .extracting(Customer::name).containsExactly("Oriol Vidal", "Laia Ferrer 1000202");
        assertThat(search.search(SearchField.ALL, "ES0031405536845002").customers()).extracting(Customer::name)
            .containsExactly("Laia Ferrer 1000202");
        assertThat(search.search(SearchField.ALL, "600554436").customers()).extracting(Customer::name)
            .containsExactly("Oriol Vidal");
        assertThat(search.search(SearchField.ALL, "nobody at all").status()).isEqualTo(SearchResult.Status.NONE);
    }

    @Test
    void reImportingACustomerUpdatesIt() throws IOException {
        run(example());
        Path changed = file("changed.csv", """
            customer_number,name,phones,member,contract_number,status
            S0002,Núria Col·lell i Vila,611 22 33 44,yes,1000003,cancelled
            """);

        CustomerImportReport report = run(customers(changed));

        assertThat(report.lines()).contains("customers:  0 created, 1 updated", "contracts:  0 created, 1 updated");
        assertThat(search(SearchField.PHONE, "600112244").status()).isEqualTo(SearchResult.Status.NONE);
        Customer nuria = search(SearchField.PHONE, "611223344").customers().get(0);
        assertThat(nuria.name()).isEqualTo("Núria Col·lell i Vila");
        assertThat(nuria.emails()).as("what the row leaves out is cleared").isEmpty();
        assertThat(nuria.contracts().get(0).status()).isEqualTo(Contract.Status.CANCELLED);
        assertThat(nuria.contracts().get(0).payer()).as("no payer column: the holder pays").isEqualTo("Núria Col·lell i Vila");
        assertThat(DATABASE.directory.details("1000003").invoices()).as("invoices are kept").hasSize(1);
        assertThat(DATABASE.count("customer")).isEqualTo(3);
    }

    @Test
    void everyErrorIsReportedWithItsLineAndNothingIsWritten() throws IOException {
        run(example());
        List<Integer> before = counts();
        Path bad = file("bad.csv", """
            customer_number,name,phones,emails,member,contract_number,status,start_date,end_date,payer
            S10,Jordi,600 11 22 xx,,,2000001,active,,,
            S11,Laia,600112255,laia@,,2000002,,2026-02-30,,
            S12,Marc,,,maybe,2000003,ended,,,
            S13,Pau,,,,2000001,active,,,
            S14,,600112266,,,,,,,
            S15,Roser,,,,2000004,active,2026-05-01,2026-04-01,S99
            ,Nobody,,,,,,,,
            S16,Carme,,,,,active,,,
            """);
        Path invoices = file("bad-invoices.csv", """
            contract_number,invoice_number,date,amount,paid
            2000001,F1,2026-01-05,10,no
            7777777,F1,2026-01-05,10,no
            2000001,F2,yesterday,ten,
            2000001,F1,2026-02-05,10,no
            """);

        CustomerImportReport report = run(new CustomerImporter.Files(bad, invoices, null, null));

        String b = bad.toString();
        String i = invoices.toString();
        assertThat(report.errors()).containsExactly(
            b + ":2: bad phone '600 11 22 xx'",
            b + ":3: bad email 'laia@'",
            b + ":3: bad date in start_date '2026-02-30' (YYYY-MM-DD or DD/MM/YYYY)",
            b + ":4: bad member 'maybe' (yes or no)",
            b + ":4: unknown status 'ended' (ACTIVE, PENDING or CANCELLED)",
            b + ":5: duplicate contract number 2000001 (already on line 2)",
            b + ":6: customer S14 has no name",
            b + ":7: end_date 2026-04-01 is before start_date 2026-05-01",
            b + ":7: unknown payer S99 (neither in the files nor in the directory)",
            b + ":8: missing customer_number",
            b + ":9: contract columns (status) without a contract_number",
            i + ":3: unknown contract 7777777 (neither in the files nor in the directory)",
            i + ":4: bad date in date 'yesterday' (YYYY-MM-DD or DD/MM/YYYY)",
            i + ":4: bad amount 'ten' (a number such as 1234.56 or 1234,56)",
            i + ":4: missing paid",
            i + ":5: duplicate invoice F1 of contract 2000001 (already on line 2)");
        assertThat(report.lines()).last().isEqualTo("import aborted: 16 error(s); nothing was changed");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void headerProblemsStopAtLineOne() throws IOException {
        Path bad = file("header.csv", "customer_number;nom;phones;phones\nS1;Anna;600112233;\n");

        CustomerImportReport report = run(customers(bad));

        assertThat(report.errors()).containsExactly(
            bad + ":1: unknown column 'nom' (known: " + String.join(", ", CustomerFileReader.CUSTOMER_COLUMNS) + ")",
            bad + ":1: column 'phones' appears twice",
            bad + ":1: missing column 'name'");
    }

    /** A file of NUL bytes (or any huge header) gets a short message, not one as long as the file. */
    @Test
    void aHugeUnknownHeaderIsQuotedShort() throws IOException {
        Path nul = temp.resolve("nul.csv");
        Files.write(nul, new byte[300_000]);

        CustomerImportReport report = run(customers(nul));

        assertThat(report.errors()).isNotEmpty();
        assertThat(String.join("\n", report.errors()).length()).isLessThan(2_000);
        assertThat(report.errors().get(0)).contains("(300000 characters)").doesNotContain("\0");
    }

    @Test
    void aFileThatIsNotUtf8SaysWhere() throws IOException {
        Path latin1 = temp.resolve("latin1.csv");
        Files.write(latin1, "customer_number,name\nS1,Anna\nS2,Núria\n".getBytes(StandardCharsets.ISO_8859_1));
        Path missing = temp.resolve("missing.csv");

        assertThat(run(customers(latin1)).errors()).containsExactly(
            latin1 + ":3: not UTF-8 text (save the sheet as \"CSV UTF-8\")");
        assertThat(run(customers(missing)).errors()).singleElement().asString().startsWith(missing + ": cannot read the file");
        assertThat(DATABASE.count("customer")).isZero();
    }

    @Test
    void aDryRunCountsAndWritesNothing() {
        CustomerImportReport report = DATABASE.importer.importFiles(example(), false, true);

        assertThat(report.lines()).contains("customers:  3 created, 0 updated", "invoices:   3")
            .last().isEqualTo("dry run: nothing was changed");
        assertThat(counts()).containsOnly(0);
    }

    @Test
    void replaceEmptiesTheDirectoryFirst() throws IOException {
        run(example());
        Path one = file("one.csv", "customer_number,name,phones\nS0009,Marta Sala,699 88 77 66\n");

        CustomerImportReport report = DATABASE.importer.importFiles(customers(one), true, false);

        assertThat(report.lines()).first().isEqualTo("replace:    3 customers and their contracts removed first");
        assertThat(DATABASE.count("customer")).isEqualTo(1);
        assertThat(DATABASE.count("contract")).isZero();
        assertThat(DATABASE.count("invoice")).isZero();
    }

    @Test
    void invoicesAloneReplaceThoseOfTheirContracts() throws IOException {
        run(example());
        Path newer = file("newer.csv", """
            contract_number;invoice_number;date;due_date;amount;paid
            1000001;F2026-0102;2026-10-05;2026-10-25;52.10;yes
            1000001;F2026-0103;2026-11-05;2026-11-25;49.90;no
            """);

        CustomerImportReport report = run(new CustomerImporter.Files(null, newer, null, null));

        assertThat(report.errors()).isEmpty();
        assertThat(DATABASE.directory.details("1000001").invoices())
            .extracting(i -> i.number() + " " + i.paid()).containsExactly("F2026-0103 false", "F2026-0102 true");
        assertThat(DATABASE.directory.details("1000003").invoices()).as("another contract's are kept").hasSize(1);
        assertThat(search(SearchField.CUSTOMER_NUMBER, "S0001").customers().get(0).unpaidAmount())
            .isEqualByComparingTo("169.90");
    }
}
