package org.tomatic.callinfo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The details of one contract, loaded when asked: last invoices, meter readings, open cases. */
public record ContractDetails(String contractNumber, List<Invoice> invoices, List<MeterReading> readings,
                              List<OpenCase> cases, String error) {

    public record Invoice(String number, LocalDate date, LocalDate due, BigDecimal amount, boolean paid) {}

    /** {@code period}: the tariff period (P1, P2…) or null; {@code source}: real, estimated… */
    public record MeterReading(LocalDate date, String meter, String period, BigDecimal value, String source) {}

    public record OpenCase(String id, String subject, LocalDate opened, String state) {}

    public ContractDetails {
        invoices = invoices == null ? List.of() : List.copyOf(invoices);
        readings = readings == null ? List.of() : List.copyOf(readings);
        cases = cases == null ? List.of() : List.copyOf(cases);
    }

    public static ContractDetails error(String contractNumber, String error) {
        return new ContractDetails(contractNumber, List.of(), List.of(), List.of(), error);
    }
}
