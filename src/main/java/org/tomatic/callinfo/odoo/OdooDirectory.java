package org.tomatic.callinfo.odoo;

import static org.tomatic.callinfo.odoo.OdooValues.amount;
import static org.tomatic.callinfo.odoo.OdooValues.date;
import static org.tomatic.callinfo.odoo.OdooValues.field;
import static org.tomatic.callinfo.odoo.OdooValues.flag;
import static org.tomatic.callinfo.odoo.OdooValues.id;
import static org.tomatic.callinfo.odoo.OdooValues.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tomatic.callinfo.CallInfoProperties;
import org.tomatic.callinfo.Contract;
import org.tomatic.callinfo.ContractDetails;
import org.tomatic.callinfo.Customer;
import org.tomatic.callinfo.CustomerDirectory;
import org.tomatic.callinfo.PhoneNumbers;
import org.tomatic.callinfo.SearchField;
import org.tomatic.callinfo.SearchResult;

import tools.jackson.databind.JsonNode;

/**
 * Customers from Odoo: partners ({@code res.partner}) with their contracts (the configured contract
 * model, through its holder/payer/… fields) and their unpaid invoices ({@code account.move}).
 * An unreachable Odoo makes an ERROR answer with the reason, never an exception.
 */
public class OdooDirectory implements CustomerDirectory {

    private static final Logger log = LoggerFactory.getLogger(OdooDirectory.class);
    static final String PARTNER = "res.partner";
    private static final int LAST_INVOICES = 12;
    private static final int LAST_READINGS = 24;
    private static final int OPEN_CASES = 20;
    private static final List<String> UNPAID = List.of("not_paid", "partial");
    private static final Set<String> PAID = Set.of("paid", "in_payment", "reversed");
    private static final Comparator<Contract> ACTIVE_FIRST = Comparator.comparing(Contract::status)
        .thenComparing(Contract::start, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
        .thenComparing(Contract::number, Comparator.nullsLast(Comparator.<String>naturalOrder()));

    private final CallInfoProperties.Odoo settings;
    private final CallInfoProperties.ContractFields contracts;
    private final PhoneNumbers phoneNumbers;
    private final OdooClient odoo;

    public OdooDirectory(CallInfoProperties.Odoo settings, PhoneNumbers phoneNumbers) {
        for (String[] required : new String[][] {{"url", settings.url()}, {"database", settings.database()},
            {"username", settings.username()}, {"contract-fields.holder", settings.contractFields().holder()}}) {
            if (required[1] == null || required[1].isBlank()) {
                throw new IllegalStateException("tomatic.callinfo.odoo." + required[0] + " is empty: the Odoo directory needs it");
            }
        }
        this.settings = settings;
        this.contracts = settings.contractFields();
        this.phoneNumbers = phoneNumbers;
        this.odoo = new OdooClient(settings);
    }

    @Override
    public SearchResult search(SearchField field, String text, int limit) {
        SearchField resolved = field == SearchField.AUTO ? SearchField.guess(text) : field;
        String query = text == null ? "" : text.strip();
        return answer(() -> find(resolved, query, limit),
            reason -> SearchResult.error(resolved, text, reason), "search " + resolved + " " + query);
    }

    @Override
    public ContractDetails details(String contractNumber) {
        String number = contractNumber == null ? "" : contractNumber.strip();
        return answer(() -> load(number), reason -> ContractDetails.error(number, reason), "details of " + number);
    }

    @Override
    public String describe() {
        return "Odoo at " + settings.url() + " (db " + settings.database() + ")";
    }

    /** Whether Odoo answered the last call (an error answer counts). */
    public boolean reachable() {
        return odoo.reachable();
    }

    /** Why the last call failed ("ERP unreachable: …", "Odoo refused the login…"), null when it worked. */
    public String lastError() {
        return odoo.lastError();
    }

    /** Asks Odoo for its version now, and tells whether it answered. */
    public boolean check() {
        try {
            odoo.version();
        } catch (OdooException e) {
            // the state and the reason are kept by the client
        }
        return odoo.reachable();
    }

    private <T> T answer(Supplier<T> work, Function<String, T> failure, String what) {
        try {
            return work.get();
        } catch (OdooException e) {
            return failure.apply(e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Odoo {}: unexpected answer", what, e);
            return failure.apply("Odoo answered something unexpected: " + e.getMessage());
        }
    }

    private SearchResult find(SearchField field, String text, int limit) {
        if (text.isEmpty()) {
            return SearchResult.found(field, text, List.of());
        }
        if (field == SearchField.CONTRACT) {
            return byContract(text, limit);
        }
        if (field == SearchField.CUPS) {
            String start = SearchField.cupsStart(text);
            return contracts.cups().isBlank() || start == null ? SearchResult.found(field, text, List.of())
                : byContracts(SearchField.CUPS, text, Domain.term(contracts.cups(), "=ilike", start + "%"), limit);
        }
        Domain domain = partnerDomain(field, text);
        if (domain == null) {
            return SearchResult.found(field, text, List.of());
        }
        int count = odoo.searchCount(PARTNER, domain);
        if (count > limit) {
            return SearchResult.tooMany(field, text, count);
        }
        if (count == 0) {
            return SearchResult.found(field, text, List.of());
        }
        List<JsonNode> partners = odoo.searchRead(PARTNER, domain, partnerFields(), limit, "name, id");
        if (field == SearchField.PHONE) {
            // The digit pattern also matches longer numbers that contain these digits in order.
            String number = phoneNumbers.normalise(text);
            partners = partners.stream().filter(p -> settings.phoneFields().stream()
                .anyMatch(f -> number.equals(phoneNumbers.normalise(text(p.get(f)))))).toList();
        }
        return SearchResult.found(field, text, customers(partners));
    }

    /** The partner domain of a search; null when the text cannot match anything (a phone without digits). */
    private Domain partnerDomain(SearchField field, String text) {
        switch (field) {
            case PHONE: {
                String number = phoneNumbers.normalise(text);
                if (number == null) {
                    return null;
                }
                // Odoo keeps numbers as typed ("+34 600 11 22 33"): any characters between the digits.
                String pattern = String.join("%", number.split(""));
                return Domain.or(settings.phoneFields().stream().map(f -> Domain.term(f, "ilike", pattern)).toList());
            }
            case EMAIL:
                return Domain.term("email", "=ilike", Domain.literal(text));
            case TAX_ID: {
                String vat = text.toUpperCase(Locale.ROOT).replaceAll("[\\s.\\-]", "");
                String national = vat.startsWith("ES") && vat.length() > 2 ? vat.substring(2) : vat;
                return Domain.or(Domain.term("vat", "=ilike", Domain.literal(national)),
                    Domain.term("vat", "=ilike", "ES" + Domain.literal(national)));
            }
            case CUSTOMER_NUMBER:
                return Domain.term("ref", "=", text);
            default: {
                // Every word somewhere in the name: "garcia maria" finds "Maria Lopez Garcia".
                List<Domain> words = Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty())
                    .map(w -> Domain.term("name", "ilike", Domain.literal(w))).toList();
                return words.isEmpty() ? null : Domain.and(words.toArray(Domain[]::new));
            }
        }
    }

    private SearchResult byContract(String number, int limit) {
        return byContracts(SearchField.CONTRACT, number, Domain.term(contracts.number(), "=", number), limit);
    }

    /** The customers on the contracts a domain finds (holders, payers…). */
    private SearchResult byContracts(SearchField field, String text, Domain domain, int limit) {
        String number = text;
        Map<Contract.Role, String> roles = roleFields();
        List<JsonNode> found = odoo.searchRead(settings.contractModel(), domain,
            List.copyOf(roles.values()), limit, null);
        List<Integer> ids = found.stream().flatMap(c -> roles.values().stream().map(f -> id(c.get(f))))
            .filter(Objects::nonNull).distinct().toList();
        if (ids.size() > limit) {
            return SearchResult.tooMany(field, number, ids.size());
        }
        List<JsonNode> partners = ids.isEmpty() ? List.of() : odoo.read(PARTNER, ids, partnerFields()).stream()
            .sorted(Comparator.comparing(p -> String.valueOf(text(p.get("name"))))).toList();
        return SearchResult.found(field, number, customers(partners));
    }

    private List<Customer> customers(List<JsonNode> partners) {
        if (partners.isEmpty()) {
            return List.of();
        }
        List<Integer> ids = partners.stream().map(p -> p.get("id").asInt()).toList();
        List<Domain> roleTerms = roleFields().values().stream().map(f -> Domain.term(f, "in", ids)).toList();
        List<JsonNode> contractRecords = odoo.searchRead(settings.contractModel(), Domain.or(roleTerms),
            contractFields(), 0, contracts.number());
        List<JsonNode> unpaid = unpaidInvoices(ids, contractRecords);
        return partners.stream().map(p -> customer(p, contractRecords, unpaid)).toList();
    }

    private Customer customer(JsonNode partner, List<JsonNode> contractRecords, List<JsonNode> unpaid) {
        int id = partner.get("id").asInt();
        List<Contract> theirs = new ArrayList<>();
        for (JsonNode c : contractRecords) {
            List<Contract.Role> roles = rolesOf(c, id);
            if (!roles.isEmpty()) {
                theirs.add(contract(c, roles, unpaid));
            }
        }
        theirs.sort(ACTIVE_FIRST);
        List<JsonNode> owed = unpaid.stream().filter(i -> Objects.equals(id(i.get("partner_id")), id)).toList();
        return new Customer(String.valueOf(id), text(partner.get("name")), text(partner.get("vat")),
            text(partner.get("ref")), OdooValues.member(field(partner, settings.memberField())),
            text(partner.get("lang")), address(partner), emails(partner), phones(partner),
            OdooValues.plain(partner.get("comment")), sum(owed), owed.size(), theirs);
    }

    private Contract contract(JsonNode c, List<Contract.Role> roles, List<JsonNode> unpaid) {
        String number = text(c.get(contracts.number()));
        int contractId = c.get("id").asInt();
        String holder = text(c.get(contracts.holder()));
        String payer = contracts.payer().isBlank() ? holder : text(c.get(contracts.payer()));
        List<JsonNode> owed = unpaid.stream().filter(i -> concerns(i, number, contractId)).toList();
        return new Contract(number, status(c), date(field(c, contracts.start())), date(field(c, contracts.end())),
            text(field(c, contracts.address())), text(field(c, contracts.tariff())), holder, payer, roles,
            text(field(c, contracts.pendingState())), flag(field(c, contracts.billingSuspended())), sum(owed),
            text(field(c, contracts.cups())));
    }

    /** Without a payer field the holder pays. */
    private List<Contract.Role> rolesOf(JsonNode contract, int partnerId) {
        Set<Contract.Role> roles = new LinkedHashSet<>();
        roleFields().forEach((role, f) -> {
            if (Objects.equals(id(contract.get(f)), partnerId)) {
                roles.add(role);
            }
        });
        if (contracts.payer().isBlank() && roles.contains(Contract.Role.HOLDER)) {
            roles.add(Contract.Role.PAYER);
        }
        return roles.stream().sorted().toList();
    }

    private Contract.Status status(JsonNode contract) {
        if (contracts.state().isBlank()) {
            return Contract.Status.ACTIVE;
        }
        String state = String.valueOf(text(contract.get(contracts.state()))).toLowerCase(Locale.ROOT);
        if (contracts.cancelledStates().stream().anyMatch(s -> s.equalsIgnoreCase(state))) {
            return Contract.Status.CANCELLED;
        }
        if (contracts.activeStates().stream().anyMatch(s -> s.equalsIgnoreCase(state))) {
            return Contract.Status.ACTIVE;
        }
        return Contract.Status.PENDING;
    }

    /** Unpaid posted customer invoices of these partners or of their contracts. */
    private List<JsonNode> unpaidInvoices(List<Integer> partnerIds, List<JsonNode> contractRecords) {
        String link = settings.invoiceFields().contract();
        List<String> numbers = contractRecords.stream().map(c -> text(c.get(contracts.number())))
            .filter(Objects::nonNull).distinct().toList();
        Domain whose = Domain.term("partner_id", "in", partnerIds);
        if (!link.isBlank() && !numbers.isEmpty()) {
            whose = Domain.or(whose, Domain.term(link, "in", numbers));
        }
        Domain domain = Domain.and(Domain.term("move_type", "=", "out_invoice"), Domain.term("state", "=", "posted"),
            Domain.term("payment_state", "in", UNPAID), whose);
        List<String> fields = Stream.of("partner_id", "amount_residual", link).filter(f -> !f.isBlank()).toList();
        return odoo.searchRead(settings.invoiceModel(), domain, fields, 0, null);
    }

    /** The invoice's contract field holds the contract number (a char) or the contract (a many2one). */
    private boolean concerns(JsonNode invoice, String number, int contractId) {
        String link = settings.invoiceFields().contract();
        JsonNode value = link.isBlank() ? null : invoice.get(link);
        if (value != null && value.isArray()) {
            return Objects.equals(id(value), contractId);
        }
        return number != null && number.equals(text(value));
    }

    private ContractDetails load(String number) {
        List<JsonNode> found = odoo.searchRead(settings.contractModel(), Domain.term(contracts.number(), "=", number),
            List.of(contracts.holder()), 1, null);
        if (found.isEmpty()) {
            return ContractDetails.error(number, "Odoo has no contract " + number);
        }
        Integer holder = id(found.get(0).get(contracts.holder()));
        return new ContractDetails(number, invoices(number), readings(number), cases(number, holder), null);
    }

    private List<ContractDetails.Invoice> invoices(String number) {
        String link = settings.invoiceFields().contract();
        if (link.isBlank()) {
            return List.of();
        }
        Domain domain = Domain.and(Domain.term(link, "=", number),
            Domain.term("move_type", "in", List.of("out_invoice", "out_refund")), Domain.term("state", "=", "posted"));
        return odoo.searchRead(settings.invoiceModel(), domain, List.of("name", "invoice_date", "invoice_date_due",
                "amount_total", "payment_state", "move_type"), LAST_INVOICES, "invoice_date desc, id desc").stream()
            .map(i -> {
                BigDecimal amount = amount(i.get("amount_total"));
                boolean refund = "out_refund".equals(text(i.get("move_type")));
                return new ContractDetails.Invoice(text(i.get("name")), date(i.get("invoice_date")),
                    date(i.get("invoice_date_due")), refund ? amount.negate() : amount,
                    PAID.contains(String.valueOf(text(i.get("payment_state")))));
            }).toList();
    }

    private List<ContractDetails.MeterReading> readings(String number) {
        if (settings.readingModel().isBlank()) {
            return List.of();
        }
        CallInfoProperties.ReadingFields f = settings.readingFields();
        List<String> fields = Stream.of(f.date(), f.meter(), f.period(), f.value(), f.source())
            .filter(n -> !n.isBlank()).toList();
        return odoo.searchRead(settings.readingModel(), Domain.term(f.contract(), "=", number), fields, LAST_READINGS,
                f.date() + " desc, id desc").stream()
            .map(r -> new ContractDetails.MeterReading(date(field(r, f.date())), text(field(r, f.meter())),
                text(field(r, f.period())), OdooValues.number(field(r, f.value())), text(field(r, f.source()))))
            .toList();
    }

    private List<ContractDetails.OpenCase> cases(String number, Integer holder) {
        CallInfoProperties.CaseFields f = settings.caseFields();
        if (settings.caseModel().isBlank() || (f.contract().isBlank() && holder == null)) {
            return List.of();
        }
        Domain domain = f.contract().isBlank() ? Domain.term(f.partner(), "=", holder)
            : Domain.term(f.contract(), "=", number);
        if (!f.closed().isBlank()) {
            domain = Domain.and(domain, Domain.term(f.closed(), "=", false));
        }
        List<String> fields = Stream.of(f.subject(), f.opened(), f.state()).filter(n -> !n.isBlank()).toList();
        return odoo.searchRead(settings.caseModel(), domain, fields, OPEN_CASES, f.opened() + " desc, id desc").stream()
            .map(c -> new ContractDetails.OpenCase(c.get("id").asString(), text(field(c, f.subject())),
                date(field(c, f.opened())), text(field(c, f.state()))))
            .toList();
    }

    private Map<Contract.Role, String> roleFields() {
        Map<Contract.Role, String> fields = new LinkedHashMap<>();
        fields.put(Contract.Role.HOLDER, contracts.holder());
        fields.put(Contract.Role.PAYER, contracts.payer());
        fields.put(Contract.Role.ADMINISTRATOR, contracts.administrator());
        fields.put(Contract.Role.NOTIFIED, contracts.notified());
        fields.values().removeIf(String::isBlank);
        return fields;
    }

    private List<String> contractFields() {
        return Stream.concat(Stream.of(contracts.number(), contracts.state(), contracts.start(), contracts.end(),
                    contracts.address(), contracts.tariff(), contracts.pendingState(), contracts.billingSuspended(),
                    contracts.cups()),
                roleFields().values().stream())
            .filter(f -> !f.isBlank()).distinct().toList();
    }

    private List<String> partnerFields() {
        return Stream.concat(Stream.of("name", "vat", "ref", "lang", "email", "street", "street2", "zip", "city",
                    "state_id", "comment", settings.memberField()), settings.phoneFields().stream())
            .filter(f -> !f.isBlank()).distinct().toList();
    }

    private static List<String> address(JsonNode partner) {
        String zipCity = Stream.of(text(partner.get("zip")), text(partner.get("city"))).filter(Objects::nonNull)
            .collect(Collectors.joining(" "));
        String address = Stream.of(text(partner.get("street")), text(partner.get("street2")), zipCity,
                text(partner.get("state_id")))
            .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
        return address.isEmpty() ? List.of() : List.of(address);
    }

    /** Odoo allows several addresses in one email field, separated by commas or semicolons. */
    private static List<String> emails(JsonNode partner) {
        String emails = text(partner.get("email"));
        return emails == null ? List.of()
            : Arrays.stream(emails.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private List<String> phones(JsonNode partner) {
        return settings.phoneFields().stream().map(f -> text(partner.get(f))).filter(Objects::nonNull).distinct().toList();
    }

    private static BigDecimal sum(List<JsonNode> invoices) {
        return invoices.stream().map(i -> amount(i.get("amount_residual"))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
