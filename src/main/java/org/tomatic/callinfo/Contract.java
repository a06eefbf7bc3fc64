package org.tomatic.callinfo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A contract of a customer. {@code roles}: what the customer found is on this contract (holder,
 * payer, administrator, member, notified). {@code pendingState}: a pending change or procedure
 * ("change of holder requested"), null = none.
 */
public record Contract(String number, Status status, LocalDate start, LocalDate end, String address, String tariff,
                       String holder, String payer, List<Role> roles, String pendingState, boolean billingSuspended,
                       BigDecimal unpaidAmount, String cups) {

    public enum Status { ACTIVE, PENDING, CANCELLED }

    public enum Role { HOLDER, PAYER, ADMINISTRATOR, MEMBER, NOTIFIED }

    public Contract {
        roles = roles == null ? List.of() : List.copyOf(roles);
        unpaidAmount = unpaidAmount == null ? BigDecimal.ZERO : unpaidAmount;
    }

    /** A contract whose directory keeps no supply point. */
    public Contract(String number, Status status, LocalDate start, LocalDate end, String address, String tariff,
                    String holder, String payer, List<Role> roles, String pendingState, boolean billingSuspended,
                    BigDecimal unpaidAmount) {
        this(number, status, start, end, address, tariff, holder, payer, roles, pendingState, billingSuspended,
            unpaidAmount, null);
    }
}
