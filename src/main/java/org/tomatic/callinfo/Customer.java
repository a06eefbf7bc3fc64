package org.tomatic.callinfo;

import java.math.BigDecimal;
import java.util.List;

/**
 * A customer as a search finds them, with their contracts. {@code id} is the directory's own key
 * (row id, ERP partner id). {@code unpaidAmount}: the total of their unpaid invoices (zero = none).
 */
public record Customer(String id, String name, String taxId, String customerNumber, boolean member, String language,
                       List<String> addresses, List<String> emails, List<String> phones, String comments,
                       BigDecimal unpaidAmount, int unpaidInvoices, List<Contract> contracts) {

    public Customer {
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        emails = emails == null ? List.of() : List.copyOf(emails);
        phones = phones == null ? List.of() : List.copyOf(phones);
        contracts = contracts == null ? List.of() : List.copyOf(contracts);
        unpaidAmount = unpaidAmount == null ? BigDecimal.ZERO : unpaidAmount;
    }

    /** The contracts with the cancelled ones last (as the call screen shows them). */
    public List<Contract> contractsCancelledLast() {
        return contracts.stream()
            .sorted(java.util.Comparator.comparing((Contract k) -> k.status() == Contract.Status.CANCELLED))
            .toList();
    }
}
