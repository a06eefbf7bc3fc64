package org.tomatic.callinfo.embedded;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tomatic.callinfo.CallInfoProperties;
import org.tomatic.callinfo.Contract;
import org.tomatic.callinfo.PhoneNumbers;
import org.tomatic.callinfo.embedded.CustomerBatch.CaseRow;
import org.tomatic.callinfo.embedded.CustomerBatch.ContractRow;
import org.tomatic.callinfo.embedded.CustomerBatch.CustomerRow;
import org.tomatic.callinfo.embedded.CustomerBatch.InvoiceRow;
import org.tomatic.callinfo.embedded.CustomerBatch.Party;

/**
 * The demo's customers: ~200 generated ones (fixed seed) and a few written by hand whose phones are
 * {@link #CALLER_NUMBERS}, each showing one situation of the call screen. Loaded with the demo team
 * into an empty directory.
 */
@Component
@ConditionalOnProperty(name = "tomatic.callinfo.directory", havingValue = "embedded", matchIfMissing = true)
public class EmbeddedDemoCustomers {

    /**
     * Numbers a simulated caller can ring from, each with customers in the demo directory: 0 a member
     * with two contracts and nothing pending; 1 two unpaid invoices; 2 billing suspended; 3 a cancelled
     * contract beside an active one; 4 a landline shared by two customers (two cards); 5 an open case
     * and a change of holder under way.
     */
    public static final List<String> CALLER_NUMBERS = List.of("+34 600 100 001", "+34 600 100 002", "+34 600 100 003",
        "+34 600 100 004", "+34 933 100 005", "+34 600 100 006");

    /** A number no demo customer has: the call screen says "no customer found". */
    public static final String UNKNOWN_CALLER_NUMBER = "+34 611 000 000";

    static final int GENERATED = 200;
    static final long SEED = 2026;

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDemoCustomers.class);

    private final CustomerStore store;
    private final TransactionTemplate transactions;
    private final PhoneNumbers phones;
    private final Clock clock;

    @Autowired
    public EmbeddedDemoCustomers(CustomerStore store, PlatformTransactionManager transactions,
                                 CallInfoProperties properties, Clock clock) {
        this(store, transactions, new PhoneNumbers(properties.countryPrefix()), clock);
    }

    public EmbeddedDemoCustomers(CustomerStore store, PlatformTransactionManager transactions, PhoneNumbers phones,
                                 Clock clock) {
        this.store = store;
        this.transactions = new TransactionTemplate(transactions);
        this.phones = phones;
        this.clock = clock;
    }

    /** Fills an empty directory; answers how many customers it added (0 when there were some already). */
    public int load() {
        if (store.countCustomers() > 0) {
            return 0;
        }
        CustomerBatch batch = batch(LocalDate.now(clock));
        transactions.executeWithoutResult(status -> store.save(batch));
        log.info("Loaded {} demo customers; demo caller numbers {}", batch.customers().size(), CALLER_NUMBERS);
        return batch.customers().size();
    }

    CustomerBatch batch(LocalDate today) {
        CustomerBatch generated = new SyntheticCustomers(SEED, today).batch(1, GENERATED + 1, true);
        List<CustomerRow> customers = new ArrayList<>(generated.customers());
        List<ContractRow> contracts = new ArrayList<>(generated.contracts());
        List<InvoiceRow> invoices = new ArrayList<>(generated.invoices());
        List<CaseRow> cases = new ArrayList<>(generated.cases());

        customers.add(customer("S9000001", "Montserrat Vila Riera", "38012345K", true, "ca", 0,
            "mvila@example.coop", "Carrer Major, 12, 08500 Vic", null));
        contracts.add(contract("9000011", Contract.Status.ACTIVE, today.minusYears(6), null, "Carrer Major, 12, 08500 Vic",
            "2.0TD", null, false, "S9000001"));
        contracts.add(contract("9000012", Contract.Status.ACTIVE, today.minusYears(2), null,
            "Carrer del Sol, 3, 17001 Girona", "3.0TD", null, false, "S9000001"));
        monthly(invoices, "9000011", today, 6, 0);
        monthly(invoices, "9000012", today, 6, 0);

        customers.add(customer("S9000002", "Jordi Pujol Ibáñez", "46123456W", true, "ca", 1,
            "jordi.pujol@example.com", "Rambla Nova, 40, 43001 Tarragona", "Prefereix que li truquem a la tarda"));
        contracts.add(contract("9000021", Contract.Status.ACTIVE, today.minusYears(3), null,
            "Rambla Nova, 40, 43001 Tarragona", "2.0TD", null, false, "S9000002"));
        monthly(invoices, "9000021", today, 6, 2);

        customers.add(customer("S9000003", "Begoña Muñoz Díaz", "X1234567L", false, "es", 2, null,
            "Calle Mayor, 7, 46001 València", null));
        contracts.add(contract("9000031", Contract.Status.ACTIVE, today.minusYears(1), null, "Calle Mayor, 7, 46001 València",
            "2.0TD", null, true, "S9000003"));
        monthly(invoices, "9000031", today, 4, 1);

        customers.add(customer("S9000004", "Pau Serra Col·lell", "52345678D", true, "ca", 3, "pau.serra@example.org",
            "Carrer Nou, 5, 08221 Terrassa", null));
        contracts.add(contract("9000041", Contract.Status.CANCELLED, today.minusYears(5), today.minusMonths(8),
            "Carrer de Sant Pere, 22, 08201 Sabadell", "2.0TD", null, false, "S9000004"));
        contracts.add(contract("9000042", Contract.Status.ACTIVE, today.minusMonths(8), null, "Carrer Nou, 5, 08221 Terrassa",
            "2.0TD", null, false, "S9000004"));
        monthly(invoices, "9000042", today, 6, 0);

        customers.add(customer("S9000005", "Eulàlia Font Castells", "33456789Z", true, "ca", 4, "eulalia@example.net",
            "Passeig de Gràcia, 90, 08001 Barcelona", null));
        customers.add(customer("S9000006", "Òscar Mas Font", "11223344B", false, "ca", 4, null,
            "Passeig de Gràcia, 90, 08001 Barcelona", null));
        ContractRow shared = new ContractRow("9000051", Contract.Status.ACTIVE, today.minusYears(4), null,
            "Passeig de Gràcia, 90, 08001 Barcelona", "2.0TD", null, false,
            List.of(new Party("S9000005", Contract.Role.HOLDER), new Party("S9000006", Contract.Role.PAYER),
                new Party("S9000006", Contract.Role.NOTIFIED)));
        contracts.add(shared);
        monthly(invoices, "9000051", today, 6, 0);

        customers.add(customer("S9000007", "Raúl Gómez Soler", "Y7654321G", false, "es", 5, "raul.gomez@example.com",
            "Carrer de la Pau, 1, 25001 Lleida", null));
        contracts.add(contract("9000071", Contract.Status.ACTIVE, today.minusYears(2), null,
            "Carrer de la Pau, 1, 25001 Lleida", "2.0TD", "Canvi de titular sol·licitat", false, "S9000007"));
        monthly(invoices, "9000071", today, 6, 0);
        cases.add(new CaseRow("9000071", "T-9000071", "Canvi de titular: falta el DNI del nou titular",
            today.minusDays(9), "waiting for the customer"));
        cases.add(new CaseRow("9000071", "T-9000072", "Lectura estimada incorrecta", today.minusDays(2), "open"));

        return new CustomerBatch(customers, contracts, invoices, generated.readings(), cases);
    }

    private CustomerRow customer(String number, String name, String taxId, boolean member, String language, int caller,
                                 String email, String address, String comments) {
        return new CustomerRow(number, name, taxId, member, language, List.of(phones.normalise(CALLER_NUMBERS.get(caller))),
            email == null ? List.of() : List.of(email), List.of(address), comments);
    }

    private static ContractRow contract(String number, Contract.Status status, LocalDate start, LocalDate end,
                                        String address, String tariff, String pending, boolean suspended, String holder) {
        return new ContractRow(number, status, start, end, address, tariff, pending, suspended,
            List.of(new Party(holder, Contract.Role.HOLDER), new Party(holder, Contract.Role.PAYER)), demoCups(number));
    }

    /** A made-up supply point of the demo's shape: ES 0031 (a distributor), 12 digits of the contract, 2 letters. */
    static String demoCups(String contract) {
        String digits = String.format("%012d", Long.parseLong(contract.replaceAll("[^0-9]", "")));
        return "ES0031" + digits + "QX";
    }

    /** {@code months} monthly invoices up to this month, the last {@code unpaid} of them unpaid. */
    private static void monthly(List<InvoiceRow> invoices, String contract, LocalDate today, int months, int unpaid) {
        for (int m = months - 1; m >= 0; m--) {
            LocalDate issued = today.minusMonths(m).withDayOfMonth(1);
            invoices.add(new InvoiceRow(contract, "F" + contract + "-" + issued.getYear() + String.format("%02d",
                issued.getMonthValue()), issued, issued.plusDays(20), new BigDecimal("48.30").add(BigDecimal.valueOf(m)),
                m >= unpaid));
        }
    }
}
