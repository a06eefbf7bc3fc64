package org.tomatic.callinfo.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tomatic.callinfo.Contract;
import org.tomatic.callinfo.Customer;
import org.tomatic.callinfo.SearchField;
import org.tomatic.callinfo.SearchResult;

/** The demo's customers: the situations behind each demo caller number, and a realistic mix around them. */
class EmbeddedDemoCustomersTests {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-16T09:00:00Z"), ZoneId.of("Europe/Madrid"));
    static final EmbeddedTestDatabase DATABASE = EmbeddedTestDatabase.h2();
    static int loaded;

    @BeforeAll
    static void load() {
        loaded = DATABASE.demo(CLOCK).load();
    }

    @AfterAll
    static void close() {
        DATABASE.close();
    }

    private static List<Customer> caller(int index) {
        SearchResult result = DATABASE.directory.search(SearchField.PHONE, EmbeddedDemoCustomers.CALLER_NUMBERS.get(index), 20);
        assertThat(result.status()).as(result.toString()).isEqualTo(SearchResult.Status.FOUND);
        return result.customers();
    }

    @Test
    void fillsAnEmptyDirectoryOnce() {
        assertThat(loaded).isBetween(200, 210);
        assertThat(DATABASE.count("customer")).isEqualTo(loaded);
        assertThat(DATABASE.demo(CLOCK).load()).isZero();
        assertThat(DATABASE.count("customer")).isEqualTo(loaded);
    }

    @Test
    void theSameEveryTime() {
        EmbeddedDemoCustomers demo = DATABASE.demo(CLOCK);
        assertThat(demo.batch(LocalDate.now(CLOCK))).isEqualTo(demo.batch(LocalDate.now(CLOCK)));
    }

    @Test
    void eachDemoCallerNumberShowsItsSituation() {
        Customer plain = caller(0).get(0);
        assertThat(plain.member()).isTrue();
        assertThat(plain.contracts()).hasSize(2).allMatch(c -> c.status() == Contract.Status.ACTIVE);
        assertThat(plain.unpaidAmount()).isZero();

        Customer debtor = caller(1).get(0);
        assertThat(debtor.unpaidInvoices()).isEqualTo(2);
        assertThat(debtor.unpaidAmount()).isPositive();

        assertThat(caller(2).get(0).contracts().get(0).billingSuspended()).isTrue();

        assertThat(caller(3).get(0).contracts()).extracting(Contract::status)
            .containsExactly(Contract.Status.ACTIVE, Contract.Status.CANCELLED);

        assertThat(caller(4)).as("a landline shared by two").hasSize(2);
        assertThat(caller(4).get(0).contracts().get(0).number()).isEqualTo(caller(4).get(1).contracts().get(0).number());

        Contract changing = caller(5).get(0).contracts().get(0);
        assertThat(changing.pendingState()).isNotBlank();
        assertThat(DATABASE.directory.details(changing.number()).cases()).hasSize(2);

        assertThat(DATABASE.directory.search(SearchField.PHONE, EmbeddedDemoCustomers.UNKNOWN_CALLER_NUMBER, 20).status())
            .isEqualTo(SearchResult.Status.NONE);
    }

    @Test
    void aRealisticMix() {
        int count = DATABASE.count("contract");
        assertThat(count).isGreaterThan(220);
        assertThat(DATABASE.jdbc.sql("SELECT COUNT(*) FROM contract WHERE status = 'CANCELLED'").query(Integer.class).single())
            .isPositive();
        assertThat(DATABASE.jdbc.sql("SELECT COUNT(*) FROM contract WHERE billing_suspended = TRUE").query(Integer.class)
            .single()).isGreaterThan(1);
        assertThat(DATABASE.jdbc.sql("SELECT COUNT(DISTINCT contract_number) FROM invoice WHERE paid = FALSE")
            .query(Integer.class).single()).isGreaterThan(5);
        assertThat(DATABASE.count("invoice")).isGreaterThan(count * 6);
        assertThat(DATABASE.count("meter_reading")).isGreaterThan(count * 6);
        assertThat(DATABASE.count("open_case")).isGreaterThan(5);
        SearchResult generated = DATABASE.directory.search(SearchField.PHONE, SyntheticCustomers.mobile(17), 20);
        assertThat(generated.customers()).extracting(Customer::customerNumber).containsExactly("S0000017");
    }
}
