package org.tomatic.callinfo.embedded;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tomatic.callinfo.CallInfoProperties;
import org.tomatic.callinfo.Contract;
import org.tomatic.callinfo.ContractDetails;
import org.tomatic.callinfo.Customer;
import org.tomatic.callinfo.CustomerDirectory;
import org.tomatic.callinfo.PhoneNumbers;
import org.tomatic.callinfo.SearchField;
import org.tomatic.callinfo.SearchResult;

/**
 * The customer directory in Tomatic's own database (tables of V20__customers.sql). Every search is
 * parameterised; name and partial-email searches match the text literally (LIKE wildcards escaped).
 * Phones are matched on their normalised form, or failing that on their last 9 digits; name searches
 * find customers whose folded name (lower case, no accents) contains every word of the text.
 * A customer's unpaid amount is what is unpaid on the contracts they pay.
 */
@Component
@ConditionalOnProperty(name = "tomatic.callinfo.directory", havingValue = "embedded", matchIfMissing = true)
public class EmbeddedDirectory implements CustomerDirectory {

    static final int INVOICES_SHOWN = 12;
    static final int READINGS_SHOWN = 24;

    private static final String LIKE = " LIKE :%s ESCAPE '!'";

    private final JdbcClient jdbc;
    private final PhoneNumbers phones;

    @Autowired
    public EmbeddedDirectory(JdbcClient jdbc, CallInfoProperties properties) {
        this(jdbc, new PhoneNumbers(properties.countryPrefix()));
    }

    public EmbeddedDirectory(JdbcClient jdbc, PhoneNumbers phones) {
        this.jdbc = jdbc;
        this.phones = phones;
    }

    @Override
    public String describe() {
        return "embedded directory";
    }

    /** Which customers a search matches: a query of customer numbers and its parameters. */
    private record Match(String sql, Map<String, Object> params) {

        static Match none() {
            return new Match(null, Map.of());
        }

        boolean isNone() {
            return sql == null;
        }
    }

    @Override
    public SearchResult search(SearchField field, String text, int limit) {
        SearchField resolved = field == SearchField.AUTO ? SearchField.guess(text) : field;
        try {
            Match match = match(resolved, text == null ? "" : text.strip());
            if (match.isNone()) {
                return SearchResult.found(resolved, text, List.of());
            }
            List<String> numbers = jdbc.sql(match.sql() + " ORDER BY 1 LIMIT " + (limit + 1)).params(match.params())
                .query(String.class).list();
            if (numbers.isEmpty() && resolved == SearchField.PHONE) {
                match = phoneTailMatch(text);
                if (!match.isNone()) {
                    numbers = jdbc.sql(match.sql() + " ORDER BY 1 LIMIT " + (limit + 1)).params(match.params())
                        .query(String.class).list();
                }
            }
            if (numbers.size() > limit) {
                int count = jdbc.sql("SELECT COUNT(*) FROM (" + match.sql() + ") m").params(match.params())
                    .query(Integer.class).single();
                return SearchResult.tooMany(resolved, text, count);
            }
            return SearchResult.found(resolved, text, load(numbers));
        } catch (DataAccessException e) {
            return SearchResult.error(resolved, text, "embedded directory: " + e.getMostSpecificCause().getMessage());
        }
    }

    private Match match(SearchField field, String text) {
        switch (field) {
            case PHONE: {
                String phone = phones.normalise(text);
                return phone == null ? Match.none() : new Match(
                    "SELECT DISTINCT customer_number FROM customer_phone WHERE phone_tail = :tail AND phone = :phone",
                    Map.of("tail", Normalise.phoneTail(phone), "phone", phone));
            }
            case EMAIL: {
                String email = Normalise.email(text);
                if (email == null) {
                    return Match.none();
                }
                return email.contains("@")
                    ? new Match("SELECT DISTINCT customer_number FROM customer_email WHERE email = :email", Map.of("email", email))
                    : new Match("SELECT DISTINCT customer_number FROM customer_email WHERE email" + LIKE.formatted("email"),
                        Map.of("email", Normalise.likeLiteral(email) + "%"));
            }
            case TAX_ID: {
                String taxId = Normalise.taxId(text);
                return taxId == null ? Match.none()
                    : new Match("SELECT customer_number FROM customer WHERE tax_id = :taxId", Map.of("taxId", taxId));
            }
            case CUSTOMER_NUMBER: {
                String number = Normalise.customerNumber(text);
                return number == null ? Match.none() : new Match(
                    "SELECT customer_number FROM customer WHERE customer_number = :number", Map.of("number", number));
            }
            case CONTRACT: {
                String number = Normalise.contractNumber(text);
                return number == null ? Match.none() : new Match(
                    "SELECT DISTINCT customer_number FROM contract_role WHERE contract_number = :number",
                    Map.of("number", number));
            }
            case NAME:
            default: {
                String folded = Normalise.name(text);
                if (folded.isEmpty()) {
                    return Match.none();
                }
                StringBuilder sql = new StringBuilder("SELECT customer_number FROM customer WHERE ");
                Map<String, Object> params = new HashMap<>();
                String[] words = folded.split(" ");
                for (int i = 0; i < words.length; i++) {
                    sql.append(i == 0 ? "" : " AND ").append("name_folded").append(LIKE.formatted("w" + i));
                    params.put("w" + i, "%" + Normalise.likeLiteral(words[i]) + "%");
                }
                return new Match(sql.toString(), params);
            }
        }
    }

    /** A number with an unexpected prefix (a trunk 0, another country's code) still finds its customer. */
    private Match phoneTailMatch(String text) {
        String phone = phones.normalise(text);
        if (phone == null || phone.length() <= Normalise.PHONE_TAIL) {
            return Match.none();
        }
        return new Match("SELECT DISTINCT customer_number FROM customer_phone WHERE phone_tail = :tail",
            Map.of("tail", Normalise.phoneTail(phone)));
    }

    private static final class CustomerParts {
        final List<String> phones = new ArrayList<>();
        final List<String> emails = new ArrayList<>();
        final List<String> addresses = new ArrayList<>();
        final Map<String, EnumSet<Contract.Role>> roles = new LinkedHashMap<>();
    }

    private record ContractRow(String number, Contract.Status status, LocalDate start, LocalDate end,
                               String address, String tariff, String pendingState, boolean billingSuspended) {}

    private record Unpaid(BigDecimal amount, int invoices) {}

    private List<Customer> load(List<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        Map<String, CustomerParts> parts = new HashMap<>();
        numbers.forEach(n -> parts.put(n, new CustomerParts()));
        jdbc.sql("""
                SELECT 'P' AS kind, customer_number, seq, phone AS item FROM customer_phone WHERE customer_number IN (:ids)
                UNION ALL
                SELECT 'E', customer_number, seq, email FROM customer_email WHERE customer_number IN (:ids)
                UNION ALL
                SELECT 'A', customer_number, seq, address FROM customer_address WHERE customer_number IN (:ids)
                ORDER BY 1, 2, 3""")
            .param("ids", numbers)
            .query(rs -> {
                CustomerParts p = parts.get(rs.getString("customer_number"));
                String kind = rs.getString("kind");
                ("P".equals(kind) ? p.phones : "E".equals(kind) ? p.emails : p.addresses).add(rs.getString("item"));
            });

        Map<String, ContractRow> contracts = new HashMap<>();
        jdbc.sql("""
                SELECT r.customer_number, r.role, c.contract_number, c.status, c.start_date, c.end_date, c.address,
                       c.tariff, c.pending_state, c.billing_suspended
                FROM contract_role r JOIN contract c ON c.contract_number = r.contract_number
                WHERE r.customer_number IN (:ids)""")
            .param("ids", numbers)
            .query(rs -> {
                String contract = rs.getString("contract_number");
                parts.get(rs.getString("customer_number")).roles
                    .computeIfAbsent(contract, c -> EnumSet.noneOf(Contract.Role.class))
                    .add(Contract.Role.valueOf(rs.getString("role")));
                contracts.putIfAbsent(contract, new ContractRow(contract, Contract.Status.valueOf(rs.getString("status")),
                    rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                    rs.getString("address"), rs.getString("tariff"), rs.getString("pending_state"),
                    rs.getBoolean("billing_suspended")));
            });

        Map<String, String> holders = new HashMap<>();
        Map<String, String> payers = new HashMap<>();
        Map<String, Unpaid> unpaid = new HashMap<>();
        if (!contracts.isEmpty()) {
            jdbc.sql("""
                    SELECT r.contract_number, r.role, cu.name FROM contract_role r
                    JOIN customer cu ON cu.customer_number = r.customer_number
                    WHERE r.contract_number IN (:contracts) AND r.role IN ('HOLDER', 'PAYER')
                    ORDER BY r.contract_number, cu.name""")
                .param("contracts", contracts.keySet())
                .query(rs -> {
                    (Contract.Role.HOLDER.name().equals(rs.getString("role")) ? holders : payers)
                        .putIfAbsent(rs.getString("contract_number"), rs.getString("name"));
                });
            jdbc.sql("""
                    SELECT contract_number, SUM(amount) AS amount, COUNT(*) AS invoices FROM invoice
                    WHERE contract_number IN (:contracts) AND paid = FALSE GROUP BY contract_number""")
                .param("contracts", contracts.keySet())
                .query(rs -> {
                    unpaid.put(rs.getString("contract_number"), new Unpaid(rs.getBigDecimal("amount"), rs.getInt("invoices")));
                });
        }

        return jdbc.sql("""
                SELECT customer_number, name, tax_id, is_member, lang, comments FROM customer
                WHERE customer_number IN (:ids) ORDER BY name_folded, customer_number""")
            .param("ids", numbers)
            .query((rs, n) -> {
                String number = rs.getString("customer_number");
                CustomerParts p = parts.get(number);
                BigDecimal owed = BigDecimal.ZERO;
                int owedInvoices = 0;
                List<Contract> theirs = new ArrayList<>();
                for (Map.Entry<String, EnumSet<Contract.Role>> e : p.roles.entrySet()) {
                    ContractRow c = contracts.get(e.getKey());
                    Unpaid u = unpaid.getOrDefault(c.number(), new Unpaid(BigDecimal.ZERO, 0));
                    if (e.getValue().contains(Contract.Role.PAYER)) {
                        owed = owed.add(u.amount());
                        owedInvoices += u.invoices();
                    }
                    theirs.add(new Contract(c.number(), c.status(), c.start(), c.end(), c.address(), c.tariff(),
                        holders.get(c.number()), payers.get(c.number()), List.copyOf(e.getValue()), c.pendingState(),
                        c.billingSuspended(), u.amount()));
                }
                theirs.sort(CONTRACT_ORDER);
                return new Customer(number, rs.getString("name"), rs.getString("tax_id"), number,
                    rs.getBoolean("is_member"), rs.getString("lang"), p.addresses, p.emails, p.phones,
                    rs.getString("comments"), owed, owedInvoices, theirs);
            })
            .list();
    }

    /** Active contracts first, then pending ones, cancelled last; newest first within each. */
    private static final Comparator<Contract> CONTRACT_ORDER = Comparator
        .comparing((Contract c) -> c.status().ordinal())
        .thenComparing(Contract::start, Comparator.nullsLast(Comparator.reverseOrder()))
        .thenComparing(Contract::number);

    @Override
    public ContractDetails details(String contractNumber) {
        String number = Normalise.contractNumber(contractNumber);
        try {
            if (number == null || jdbc.sql("SELECT COUNT(*) FROM contract WHERE contract_number = :n").param("n", number)
                .query(Integer.class).single() == 0) {
                return ContractDetails.error(contractNumber, "no contract " + contractNumber);
            }
            var invoices = jdbc.sql("""
                    SELECT invoice_number, issued_on, due_on, amount, paid FROM invoice WHERE contract_number = :n
                    ORDER BY issued_on DESC, invoice_number DESC LIMIT""" + " " + INVOICES_SHOWN)
                .param("n", number)
                .query((rs, i) -> new ContractDetails.Invoice(rs.getString("invoice_number"),
                    rs.getObject("issued_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                    rs.getBigDecimal("amount"), rs.getBoolean("paid")))
                .list();
            var readings = jdbc.sql("""
                    SELECT read_on, meter, tariff_period, reading_value, reading_source FROM meter_reading
                    WHERE contract_number = :n ORDER BY read_on DESC, meter, tariff_period LIMIT""" + " " + READINGS_SHOWN)
                .param("n", number)
                .query((rs, i) -> new ContractDetails.MeterReading(rs.getObject("read_on", LocalDate.class),
                    rs.getString("meter"), rs.getString("tariff_period"), rs.getBigDecimal("reading_value"),
                    rs.getString("reading_source")))
                .list();
            var cases = jdbc.sql("""
                    SELECT case_id, subject, opened_on, case_state FROM open_case WHERE contract_number = :n
                    ORDER BY opened_on DESC, case_id""")
                .param("n", number)
                .query((rs, i) -> new ContractDetails.OpenCase(rs.getString("case_id"), rs.getString("subject"),
                    rs.getObject("opened_on", LocalDate.class), rs.getString("case_state")))
                .list();
            return new ContractDetails(number, invoices, readings, cases, null);
        } catch (DataAccessException e) {
            return ContractDetails.error(contractNumber, "embedded directory: " + e.getMostSpecificCause().getMessage());
        }
    }
}
