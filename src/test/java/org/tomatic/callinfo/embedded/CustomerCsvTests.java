package org.tomatic.callinfo.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tomatic.callinfo.Contract;
import org.tomatic.callinfo.embedded.CustomerBatch.Party;

/** The CSV reader and the cells of the import files, without a database. */
class CustomerCsvTests {

    private static List<List<String>> cells(List<Csv.Row> rows) {
        return rows.stream().map(Csv.Row::cells).toList();
    }

    @Test
    void theHeaderLineChoosesTheDelimiter() throws Exception {
        assertThat(Csv.delimiter("a,b,c\n1;2;3")).isEqualTo(',');
        assertThat(Csv.delimiter("a;b;c\n1,2,3")).isEqualTo(';');
        assertThat(Csv.delimiter("a\tb\tc")).isEqualTo('\t');
        assertThat(Csv.delimiter("\"a;b\",c")).as("not inside quotes").isEqualTo(',');
        assertThat(Csv.delimiter("single")).isEqualTo(',');
        assertThat(cells(Csv.parse("a;b\n1,5;2\n"))).containsExactly(List.of("a", "b"), List.of("1,5", "2"));
    }

    @Test
    void quotedFieldsHoldDelimitersQuotesAndLineBreaks() throws Exception {
        List<Csv.Row> rows = Csv.parse("\uFEFFname,note\r\n\"Puig, Anna\",\"says \"\"hi\"\"\"\r\n\"two\nlines\",x\r\n\r\nlast,\"\"");
        assertThat(cells(rows)).containsExactly(List.of("name", "note"), List.of("Puig, Anna", "says \"hi\""),
            List.of("two\nlines", "x"), List.of("last", ""));
        assertThat(rows).extracting(Csv.Row::line).as("the line each row starts on").containsExactly(1, 2, 3, 6);
    }

    @Test
    void blankRowsAreSkippedButCounted() throws Exception {
        List<Csv.Row> rows = Csv.parse("a,b\n\n,\n  ;  \n1,2");
        assertThat(rows).extracting(Csv.Row::line).containsExactly(1, 4, 5);
    }

    @Test
    void brokenQuotesSayWhere() {
        assertThatThrownBy(() -> Csv.parse("a,b\n1,\"open\n2,3\n"))
            .isInstanceOfSatisfying(Csv.BadCsv.class, e -> assertThat(e.line).isEqualTo(2))
            .hasMessageContaining("never closed");
        assertThatThrownBy(() -> Csv.parse("a,b\n1,2\n\"x\"y,3\n"))
            .isInstanceOfSatisfying(Csv.BadCsv.class, e -> assertThat(e.line).isEqualTo(3))
            .hasMessageContaining("after a closing quote");
    }

    private static CustomerFileReader.Result read(String customers, String invoices) {
        return new CustomerFileReader(EmbeddedTestDatabase.PHONES).read(
            customers == null ? null : new CustomerFileReader.Source("c.csv", customers),
            invoices == null ? null : new CustomerFileReader.Source("i.csv", invoices), null, null);
    }

    @Test
    void cellsAreNormalised() {
        var result = read("""
            Customer Number,NAME,tax-id,member,language,phones,emails,contract_number,status,start_date,end_date,billing_suspended
            s-0001, Anna Puig ,es 12345678-z,Sí,CA-es,"+34 600 11 22 33, 0034 93 123 45 67|600112233",Anna@Example.COOP  anna2@example.coop,c-12 34,Cancelled,1/2/2020,2024-12-31,x
            """, """
            contract_number,invoice_number,date,due_date,amount,paid
            C1234,F1,2026-01-05,,"1.234,56",no
            C1234,F2,2026-02-05,,"1,234.5",yes
            C1234,F3,2026-03-05,,-12 €,0
            """);

        assertThat(result.errors()).isEmpty();
        var customer = result.batch().customers().get(0);
        assertThat(customer.number()).isEqualTo("S0001");
        assertThat(customer.name()).isEqualTo("Anna Puig");
        assertThat(customer.taxId()).isEqualTo("12345678Z");
        assertThat(customer.member()).isTrue();
        assertThat(customer.language()).isEqualTo("ca_es");
        assertThat(customer.phones()).containsExactly("600112233", "931234567");
        assertThat(customer.emails()).containsExactly("anna@example.coop", "anna2@example.coop");
        var contract = result.batch().contracts().get(0);
        assertThat(contract.number()).isEqualTo("C1234");
        assertThat(contract.status()).isEqualTo(Contract.Status.CANCELLED);
        assertThat(contract.start()).isEqualTo(LocalDate.of(2020, 2, 1));
        assertThat(contract.end()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(contract.billingSuspended()).isTrue();
        assertThat(contract.parties()).containsExactly(new Party("S0001", Contract.Role.HOLDER),
            new Party("S0001", Contract.Role.PAYER));
        assertThat(result.batch().invoices()).extracting(CustomerBatch.InvoiceRow::amount)
            .containsExactly(new BigDecimal("1234.56"), new BigDecimal("1234.5"), new BigDecimal("-12"));
        assertThat(result.batch().invoices()).extracting(CustomerBatch.InvoiceRow::paid).containsExactly(false, true, false);
    }

    @Test
    void aCustomerOverSeveralRowsRepeatsOrLeavesBlank() {
        var result = read("""
            customer_number,name,phones,contract_number
            S1,Anna,600112233,1000001
            S1,,,1000002
            S1,Anna,600 11 22 33,1000003
            S1,Ana,611000000,1000004
            """, null);

        assertThat(result.errors()).containsExactly(
            "c.csv:5: customer S1: name 'Ana' differs from line 2 ('Anna'); repeat it or leave it blank",
            "c.csv:5: customer S1: phones '611000000' differs from line 2 ('600112233'); repeat it or leave it blank");
        assertThat(result.batch().contracts()).hasSize(4);
    }

    @Test
    void payerAndOtherRolesAreCustomerNumbers() {
        var result = read("""
            customer_number,name,contract_number,payer,administrator,notified
            S1,Anna,1000001,S2,,S2|S3
            S2,Jordi,,,,
            """, null);

        assertThat(result.errors()).isEmpty();
        assertThat(result.batch().contracts().get(0).parties()).containsExactly(new Party("S1", Contract.Role.HOLDER),
            new Party("S2", Contract.Role.PAYER), new Party("S2", Contract.Role.NOTIFIED), new Party("S3", Contract.Role.NOTIFIED));
        assertThat(result.customerRefs()).as("S3 is left for the importer to look up")
            .extracting(CustomerFileReader.Reference::number).containsExactly("S3");
    }
}
