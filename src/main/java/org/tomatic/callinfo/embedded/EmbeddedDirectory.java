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
            List<Head> heads = heads(match, limit + 1);
            if (heads.isEmpty() && resolved == SearchField.PHONE) {
                match = phoneTailMatch(text);
                if (!match.isNone()) {
                    heads = heads(match, limit + 1);
                }
            }
            if (heads.size() > limit) {
                int count = jdbc.sql("SELECT COUNT(*) FROM (" + match.sql() + ") m").params(match.params())
                    .query(Integer.class).single();
                return SearchResult.tooMany(resolved, text, count);
            }
            return SearchResult.found(resolved, text, load(heads));
        } catch (DataAccessException e) {
            return SearchResult.error(resolved, text, "embedded directory: " + e.getMostSpecificCause().getMessage());
        }
    }

    /** A customer's own columns. */
    private record Head(String number, String name, String taxId, boolean member, String language, String comments) {}

    /** The first {@code max} customers a search matches, by name. */
    private List<Head> heads(Match match, int max) {
        return jdbc.sql("SELECT customer_number, name, tax_id, is_member, lang, comments FROM customer"
                + " WHERE customer_number IN (" + match.sql() + ") ORDER BY name_folded, customer_number LIMIT " + max)
            .params(match.params())
            .query((rs, n) -> new Head(rs.getString("customer_number"), rs.getString("name"), rs.getString("tax_id"),
                rs.getBoolean("is_member"), rs.getString("lang"), rs.getString("comments")))
            .list();
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
                    ? new Match("SELECT DISTINCT customer_number FROM customer_email WHERE email = :email",
                        Map.of("email", email))
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
            case CUPS: {
                // A whole CUPS, or its start (agents read it off a bill, often without the suffix).
                String start = SearchField.cupsStart(text);
                return start == null ? Match.none() : new Match("SELECT DISTINCT r.customer_number FROM contract_role r"
                    + " JOIN contract c ON c.contract_number = r.contract_number WHERE c.cups" + LIKE.formatted("cups"),
                    Map.of("cups", Normalise.likeLiteral(start) + "%"));
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
                               String address, String tariff, String pendingState, boolean billingSuspended,
                               String holder, String payer, BigDecimal unpaidAmount, int unpaidInvoices,
                               String cups) {}

    private List<Customer> load(List<Head> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        List<String> numbers = heads.stream().map(Head::number).toList();
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
                       c.tariff, c.pending_state, c.billing_suspended, c.cups,
                       (SELECT MIN(cu.name) FROM contract_role h JOIN customer cu ON cu.customer_number = h.customer_number
                        WHERE h.contract_number = c.contract_number AND h.role = 'HOLDER') AS holder_name,
                       (SELECT MIN(cu.name) FROM contract_role p JOIN customer cu ON cu.customer_number = p.customer_number
                        WHERE p.contract_number = c.contract_number AND p.role = 'PAYER') AS payer_name,
                       (SELECT SUM(i.amount) FROM invoice i
                        WHERE i.contract_number = c.contract_number AND i.paid = FALSE) AS unpaid_amount,
                       (SELECT COUNT(*) FROM invoice i
                        WHERE i.contract_number = c.contract_number AND i.paid = FALSE) AS unpaid_invoices
                FROM contract_role r JOIN contract c ON c.contract_number = r.contract_number
                WHERE r.customer_number IN (:ids)""")
            .param("ids", numbers)
            .query(rs -> {
                String contract = rs.getString("contract_number");
                parts.get(rs.getString("customer_number")).roles
                    .computeIfAbsent(contract, c -> EnumSet.noneOf(Contract.Role.class))
                    .add(Contract.Role.valueOf(rs.getString("role")));
                BigDecimal unpaid = rs.getBigDecimal("unpaid_amount");
                contracts.putIfAbsent(contract, new ContractRow(contract, Contract.Status.valueOf(rs.getString("status")),
                    rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                    rs.getString("address"), rs.getString("tariff"), rs.getString("pending_state"),
                    rs.getBoolean("billing_suspended"), rs.getString("holder_name"), rs.getString("payer_name"),
                    unpaid == null ? BigDecimal.ZERO : unpaid, rs.getInt("unpaid_invoices"), rs.getString("cups")));
            });

        List<Customer> customers = new ArrayList<>();
        for (Head head : heads) {
            CustomerParts p = parts.get(head.number());
            BigDecimal owed = BigDecimal.ZERO;
            int owedInvoices = 0;
            List<Contract> theirs = new ArrayList<>();
            for (Map.Entry<String, EnumSet<Contract.Role>> e : p.roles.entrySet()) {
                ContractRow c = contracts.get(e.getKey());
                if (e.getValue().contains(Contract.Role.PAYER)) {
                    owed = owed.add(c.unpaidAmount());
                    owedInvoices += c.unpaidInvoices();
                }
                theirs.add(new Contract(c.number(), c.status(), c.start(), c.end(), c.address(), c.tariff(), c.holder(),
                    c.payer(), List.copyOf(e.getValue()), c.pendingState(), c.billingSuspended(), c.unpaidAmount(),
                    c.cups()));
            }
            theirs.sort(CONTRACT_ORDER);
            customers.add(new Customer(head.number(), head.name(), head.taxId(), head.number(), head.member(),
                head.language(), p.addresses, p.emails, p.phones, head.comments(), owed, owedInvoices, theirs));
        }
        return customers;
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
