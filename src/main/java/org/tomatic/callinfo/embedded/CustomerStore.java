package org.tomatic.callinfo.embedded;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tomatic.callinfo.embedded.CustomerBatch.CaseRow;
import org.tomatic.callinfo.embedded.CustomerBatch.ContractRow;
import org.tomatic.callinfo.embedded.CustomerBatch.CustomerRow;
import org.tomatic.callinfo.embedded.CustomerBatch.InvoiceRow;
import org.tomatic.callinfo.embedded.CustomerBatch.Party;
import org.tomatic.callinfo.embedded.CustomerBatch.ReadingRow;

/**
 * Writes the embedded directory's tables in JDBC batches. {@link #save} upserts: a customer given
 * again gets its fields, phones, emails and addresses replaced; a contract given again its fields and
 * roles; the invoices (readings, cases) of every contract that has some in the batch replace the
 * stored ones. Transactions are the caller's.
 */
@Repository
public class CustomerStore {

    private static final int IN_CHUNK = 1000;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public CustomerStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** What {@link #save} did. */
    public record Saved(int customersCreated, int customersUpdated, int contractsCreated, int contractsUpdated,
                        int invoices, int readings, int cases) {}

    public Saved save(CustomerBatch batch) {
        List<String> customerNumbers = batch.customers().stream().map(CustomerRow::number).toList();
        Set<String> existing = existing("customer", "customer_number", customerNumbers);
        List<CustomerRow> created = new ArrayList<>();
        List<CustomerRow> updated = new ArrayList<>();
        batch.customers().forEach(c -> (existing.contains(c.number()) ? updated : created).add(c));
        insertCustomers(created);
        updateCustomers(updated);

        List<String> contractNumbers = batch.contracts().stream().map(ContractRow::number).toList();
        Set<String> existingContracts = existing("contract", "contract_number", contractNumbers);
        List<ContractRow> newContracts = new ArrayList<>();
        List<ContractRow> changedContracts = new ArrayList<>();
        batch.contracts().forEach(c -> (existingContracts.contains(c.number()) ? changedContracts : newContracts).add(c));
        insertContracts(newContracts);
        updateContracts(changedContracts);

        replaceInvoices(batch.invoices());
        replaceReadings(batch.readings());
        replaceCases(batch.cases());
        return new Saved(created.size(), updated.size(), newContracts.size(), changedContracts.size(),
            batch.invoices().size(), batch.readings().size(), batch.cases().size());
    }

    /** Empties the directory. */
    public void deleteAll() {
        for (String table : List.of("invoice", "meter_reading", "open_case", "contract_role", "contract", "customer_phone",
            "customer_email", "customer_address", "customer")) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    public int countCustomers() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM customer", Integer.class);
    }

    public int countContracts() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM contract", Integer.class);
    }

    /** Which of these customer numbers are stored. */
    public Set<String> existingCustomers(Collection<String> numbers) {
        return existing("customer", "customer_number", numbers);
    }

    /** Which of these contract numbers are stored. */
    public Set<String> existingContracts(Collection<String> numbers) {
        return existing("contract", "contract_number", numbers);
    }

    private Set<String> existing(String table, String column, Collection<String> keys) {
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(new LinkedHashSet<>(keys));
        for (int i = 0; i < all.size(); i += IN_CHUNK) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + IN_CHUNK));
            found.addAll(named.queryForList("SELECT " + column + " FROM " + table + " WHERE " + column + " IN (:keys)",
                new MapSqlParameterSource("keys", chunk), String.class));
        }
        return found;
    }

    private void deleteWhereIn(String table, String column, Collection<String> keys) {
        List<String> all = new ArrayList<>(new LinkedHashSet<>(keys));
        for (int i = 0; i < all.size(); i += IN_CHUNK) {
            named.update("DELETE FROM " + table + " WHERE " + column + " IN (:keys)",
                new MapSqlParameterSource("keys", all.subList(i, Math.min(all.size(), i + IN_CHUNK))));
        }
    }

    private void insertCustomers(List<CustomerRow> rows) {
        batch("INSERT INTO customer (customer_number, name, name_folded, tax_id, is_member, lang, comments) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)",
            new int[] {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR},
            rows, c -> new Object[] {c.number(), c.name(), Normalise.name(c.name()), c.taxId(), c.member(), c.language(),
                c.comments()});
        insertCustomerLists(rows);
    }

    private void updateCustomers(List<CustomerRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        batch("UPDATE customer SET name = ?, name_folded = ?, tax_id = ?, is_member = ?, lang = ?, comments = ? "
                + "WHERE customer_number = ?",
            new int[] {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR},
            rows, c -> new Object[] {c.name(), Normalise.name(c.name()), c.taxId(), c.member(), c.language(), c.comments(),
                c.number()});
        List<String> numbers = rows.stream().map(CustomerRow::number).toList();
        for (String table : List.of("customer_phone", "customer_email", "customer_address")) {
            deleteWhereIn(table, "customer_number", numbers);
        }
        insertCustomerLists(rows);
    }

    private void insertCustomerLists(List<CustomerRow> rows) {
        List<Object[]> phones = new ArrayList<>();
        List<Object[]> emails = new ArrayList<>();
        List<Object[]> addresses = new ArrayList<>();
        for (CustomerRow c : rows) {
            for (int i = 0; i < c.phones().size(); i++) {
                String phone = c.phones().get(i);
                phones.add(new Object[] {c.number(), i, phone, Normalise.phoneTail(phone)});
            }
            for (int i = 0; i < c.emails().size(); i++) {
                emails.add(new Object[] {c.number(), i, c.emails().get(i)});
            }
            for (int i = 0; i < c.addresses().size(); i++) {
                addresses.add(new Object[] {c.number(), i, c.addresses().get(i)});
            }
        }
        batch("INSERT INTO customer_phone (customer_number, seq, phone, phone_tail) VALUES (?, ?, ?, ?)",
            new int[] {Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR}, phones, r -> r);
        batch("INSERT INTO customer_email (customer_number, seq, email) VALUES (?, ?, ?)",
            new int[] {Types.VARCHAR, Types.INTEGER, Types.VARCHAR}, emails, r -> r);
        batch("INSERT INTO customer_address (customer_number, seq, address) VALUES (?, ?, ?)",
            new int[] {Types.VARCHAR, Types.INTEGER, Types.VARCHAR}, addresses, r -> r);
    }

    private static final int[] CONTRACT_TYPES = {Types.VARCHAR, Types.DATE, Types.DATE, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR};

    private static Object[] contractValues(ContractRow c) {
        return new Object[] {c.status().name(), c.start(), c.end(), c.address(), c.tariff(), c.pendingState(),
            c.billingSuspended(), c.cups(), c.number()};
    }

    private void insertContracts(List<ContractRow> rows) {
        batch("INSERT INTO contract (status, start_date, end_date, address, tariff, pending_state, billing_suspended, "
            + "cups, contract_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", CONTRACT_TYPES, rows,
            CustomerStore::contractValues);
        insertParties(rows);
    }

    private void updateContracts(List<ContractRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        batch("UPDATE contract SET status = ?, start_date = ?, end_date = ?, address = ?, tariff = ?, pending_state = ?, "
            + "billing_suspended = ?, cups = ? WHERE contract_number = ?", CONTRACT_TYPES, rows,
            CustomerStore::contractValues);
        deleteWhereIn("contract_role", "contract_number", rows.stream().map(ContractRow::number).toList());
        insertParties(rows);
    }

    private void insertParties(List<ContractRow> rows) {
        List<Object[]> parties = new ArrayList<>();
        for (ContractRow c : rows) {
            for (Party p : new LinkedHashSet<>(c.parties())) {
                parties.add(new Object[] {c.number(), p.customerNumber(), p.role().name()});
            }
        }
        batch("INSERT INTO contract_role (contract_number, customer_number, role) VALUES (?, ?, ?)",
            new int[] {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR}, parties, r -> r);
    }

    private void replaceInvoices(List<InvoiceRow> rows) {
        deleteWhereIn("invoice", "contract_number", rows.stream().map(InvoiceRow::contract).toList());
        batch("INSERT INTO invoice (contract_number, invoice_number, issued_on, due_on, amount, paid) VALUES (?, ?, ?, ?, ?, ?)",
            new int[] {Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DATE, Types.DECIMAL, Types.BOOLEAN}, rows,
            i -> new Object[] {i.contract(), i.number(), i.date(), i.due(), i.amount(), i.paid()});
    }

    private void replaceReadings(List<ReadingRow> rows) {
        deleteWhereIn("meter_reading", "contract_number", rows.stream().map(ReadingRow::contract).toList());
        batch("INSERT INTO meter_reading (contract_number, read_on, meter, tariff_period, reading_value, reading_source) "
                + "VALUES (?, ?, ?, ?, ?, ?)",
            new int[] {Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.DECIMAL, Types.VARCHAR}, rows,
            r -> new Object[] {r.contract(), r.date(), r.meter(), r.period(), r.value(), r.source()});
    }

    private void replaceCases(List<CaseRow> rows) {
        deleteWhereIn("open_case", "contract_number", rows.stream().map(CaseRow::contract).toList());
        batch("INSERT INTO open_case (contract_number, case_id, subject, opened_on, case_state) VALUES (?, ?, ?, ?, ?)",
            new int[] {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.VARCHAR}, rows,
            c -> new Object[] {c.contract(), c.id(), c.subject(), c.opened(), c.state()});
    }

    private <T> void batch(String sql, int[] types, List<T> rows, Function<T, Object[]> values) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows.stream().map(values).toList(), types);
        }
    }
}
