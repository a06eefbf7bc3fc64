package org.tomatic.callinfo.embedded;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.tomatic.callinfo.Contract;

/**
 * Records for the embedded directory as an import or a generator hands them to {@link CustomerStore}:
 * values already checked and normalised (phones by {@code PhoneNumbers}, numbers upper case).
 */
public record CustomerBatch(List<CustomerRow> customers, List<ContractRow> contracts, List<InvoiceRow> invoices,
                            List<ReadingRow> readings, List<CaseRow> cases) {

    public CustomerBatch {
        customers = List.copyOf(customers);
        contracts = List.copyOf(contracts);
        invoices = List.copyOf(invoices);
        readings = List.copyOf(readings);
        cases = List.copyOf(cases);
    }

    public record CustomerRow(String number, String name, String taxId, boolean member, String language,
                              List<String> phones, List<String> emails, List<String> addresses, String comments) {
        public CustomerRow {
            phones = List.copyOf(phones);
            emails = List.copyOf(emails);
            addresses = List.copyOf(addresses);
        }
    }

    /** A customer's role on a contract. */
    public record Party(String customerNumber, Contract.Role role) {}

    public record ContractRow(String number, Contract.Status status, LocalDate start, LocalDate end, String address,
                              String tariff, String pendingState, boolean billingSuspended, List<Party> parties,
                              String cups) {
        public ContractRow {
            parties = List.copyOf(parties);
        }

        public ContractRow(String number, Contract.Status status, LocalDate start, LocalDate end, String address,
                           String tariff, String pendingState, boolean billingSuspended, List<Party> parties) {
            this(number, status, start, end, address, tariff, pendingState, billingSuspended, parties, null);
        }
    }

    public record InvoiceRow(String contract, String number, LocalDate date, LocalDate due, BigDecimal amount,
                             boolean paid) {}

    public record ReadingRow(String contract, LocalDate date, String meter, String period, BigDecimal value,
                             String source) {}

    public record CaseRow(String contract, String id, String subject, LocalDate opened, String state) {}
}
