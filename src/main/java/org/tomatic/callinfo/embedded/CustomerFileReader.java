package org.tomatic.callinfo.embedded;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.tomatic.callinfo.Contract;
import org.tomatic.callinfo.PhoneNumbers;
import org.tomatic.callinfo.embedded.CustomerBatch.CaseRow;
import org.tomatic.callinfo.embedded.CustomerBatch.ContractRow;
import org.tomatic.callinfo.embedded.CustomerBatch.CustomerRow;
import org.tomatic.callinfo.embedded.CustomerBatch.InvoiceRow;
import org.tomatic.callinfo.embedded.CustomerBatch.Party;
import org.tomatic.callinfo.embedded.CustomerBatch.ReadingRow;

/**
 * Reads the import files (docs/customers-import.md) into a {@link CustomerBatch}, checking every
 * cell: each problem is reported as {@code FILE:LINE: message}. References this reader cannot check
 * alone (a payer or a contract that is not in the files) are handed back for the importer to look up.
 */
final class CustomerFileReader {

    /** One file's name as the user gave it, and its text. */
    record Source(String name, String text) {}

    record Problem(int file, int line, String message) {}

    /** A customer or contract number referred to on a line, that the files do not define. */
    record Reference(int file, int line, String what, String number) {}

    record Result(CustomerBatch batch, List<Problem> problems, List<Reference> customerRefs,
                  List<Reference> contractRefs, List<String> fileNames) {

        List<String> errors() {
            return problems.stream()
                .sorted(java.util.Comparator.comparingInt(Problem::file).thenComparingInt(Problem::line))
                .map(p -> fileNames.get(p.file()) + ":" + p.line() + ": " + p.message())
                .toList();
        }
    }

    static final List<String> CUSTOMER_COLUMNS = List.of("customer_number", "name", "tax_id", "member", "language",
        "phones", "emails", "addresses", "comments", "contract_number", "status", "start_date", "end_date",
        "contract_address", "tariff", "payer", "administrator", "notified", "pending_state", "billing_suspended", "cups");
    static final List<String> INVOICE_COLUMNS = List.of("contract_number", "invoice_number", "date", "due_date", "amount",
        "paid");
    static final List<String> READING_COLUMNS = List.of("contract_number", "date", "meter", "period", "value", "source");
    static final List<String> CASE_COLUMNS = List.of("contract_number", "case_id", "subject", "opened", "state");

    private static final List<String> CONTRACT_ONLY = List.of("status", "start_date", "end_date", "contract_address",
        "tariff", "payer", "administrator", "notified", "pending_state", "billing_suspended", "cups");
    private static final Map<String, Contract.Role> ROLE_COLUMNS = Map.of("payer", Contract.Role.PAYER,
        "administrator", Contract.Role.ADMINISTRATOR, "notified", Contract.Role.NOTIFIED);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}([_-][A-Za-z]{2})?");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu");
    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "x", "si", "sí", "s");
    private static final Set<String> NO = Set.of("no", "n", "false", "0");

    private final PhoneNumbers phones;
    private final List<Problem> problems = new ArrayList<>();
    static final int MAX_PROBLEMS = 200;
    private final List<Reference> customerRefs = new ArrayList<>();
    private final List<Reference> contractRefs = new ArrayList<>();
    private final List<String> fileNames = new ArrayList<>();
    private final Map<String, CustomerDraft> customers = new LinkedHashMap<>();
    private final Map<String, ContractRow> contracts = new LinkedHashMap<>();
    private final List<InvoiceRow> invoices = new ArrayList<>();
    private final List<ReadingRow> readings = new ArrayList<>();
    private final List<CaseRow> cases = new ArrayList<>();
    private int file;
    private int line;

    CustomerFileReader(PhoneNumbers phones) {
        this.phones = phones;
    }

    /** Reads the files given (any may be null); the customer file first, as the others refer to its contracts. */
    Result read(Source customerFile, Source invoiceFile, Source readingFile, Source caseFile) {
        if (customerFile != null) {
            readFile(customerFile, CUSTOMER_COLUMNS, List.of("customer_number", "name"), this::customerRow);
        }
        if (invoiceFile != null) {
            Map<String, Integer> seen = new HashMap<>();
            readFile(invoiceFile, INVOICE_COLUMNS, List.of("contract_number", "invoice_number", "date", "amount", "paid"),
                row -> invoiceRow(row, seen));
        }
        if (readingFile != null) {
            readFile(readingFile, READING_COLUMNS, List.of("contract_number", "date", "value"), this::readingRow);
        }
        if (caseFile != null) {
            Map<String, Integer> seen = new HashMap<>();
            readFile(caseFile, CASE_COLUMNS, List.of("contract_number", "case_id", "subject"), row -> caseRow(row, seen));
        }
        List<CustomerRow> customerRows = new ArrayList<>();
        for (CustomerDraft d : customers.values()) {
            if (d.value("name") == null) {
                problems.add(new Problem(d.file, d.firstLine, "customer " + d.number + " has no name"));
            } else {
                customerRows.add(d.row());
            }
        }
        CustomerBatch batch = new CustomerBatch(customerRows, List.copyOf(contracts.values()), invoices, readings, cases);
        List<Reference> unresolved = customerRefs.stream().filter(r -> !customers.containsKey(r.number())).toList();
        return new Result(batch, List.copyOf(firstProblems()), unresolved, List.copyOf(contractRefs), List.copyOf(fileNames));
    }

    /** A row as a map from column to cell. */
    private interface RowReader {
        void read(Map<String, String> row);
    }

    private void readFile(Source source, List<String> known, List<String> required, RowReader reader) {
        file = fileNames.size();
        fileNames.add(source.name());
        List<Csv.Row> rows;
        try {
            rows = Csv.parse(source.text());
        } catch (Csv.BadCsv e) {
            problems.add(new Problem(file, e.line, e.getMessage()));
            return;
        }
        if (rows.isEmpty()) {
            problems.add(new Problem(file, 1, "the file is empty: a header row is expected ("
                + String.join(", ", required) + "…)"));
            return;
        }
        Csv.Row header = rows.get(0);
        line = header.line();
        List<String> columns = new ArrayList<>();
        boolean headerOk = true;
        for (String cell : header.cells()) {
            String column = cell.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
            if (!column.isEmpty() && !known.contains(column)) {
                problem("unknown column '" + shown(cell.strip()) + "' (known: " + String.join(", ", known) + ")");
                headerOk = false;
            } else if (!column.isEmpty() && columns.contains(column)) {
                problem("column '" + shown(column) + "' appears twice");
                headerOk = false;
            }
            columns.add(column);
        }
        for (String column : required) {
            if (!columns.contains(column)) {
                problem("missing column '" + column + "'");
                headerOk = false;
            }
        }
        if (!headerOk) {
            return;
        }
        for (Csv.Row row : rows.subList(1, rows.size())) {
            line = row.line();
            if (row.cells().size() > columns.size() && row.cells().subList(columns.size(), row.cells().size()).stream()
                .anyMatch(c -> !c.isBlank())) {
                problem("more cells (" + row.cells().size() + ") than columns in the header (" + columns.size() + ")");
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                if (!columns.get(i).isEmpty()) {
                    cells.put(columns.get(i), row.cell(i));
                }
            }
            reader.read(cells);
        }
    }

    private void problem(String message) {
        problems.add(new Problem(file, line, message));
    }

    /** The first problems and how many more: a broken file's report stays readable (and small). */
    private List<Problem> firstProblems() {
        if (problems.size() <= MAX_PROBLEMS) {
            return problems;
        }
        List<Problem> first = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
        Problem last = problems.get(problems.size() - 1);
        first.add(new Problem(last.file(), last.line(), "… and " + (problems.size() - MAX_PROBLEMS)
            + " more problems; nothing was imported"));
        return first;
    }

    /** A cell as a message quotes it: at most 60 characters, control characters (a file of NUL bytes…) as '?'. */
    static String shown(String cell) {
        String clean = cell.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 60 ? clean.substring(0, 60) + "… (" + clean.length() + " characters)" : clean;
    }

    // ------------------------------------------------------------------ customers and contracts

    /** A customer as the rows so far define it: each field with the line it was first given on. */
    private static final class CustomerDraft {
        final String number;
        final int file;
        final int firstLine;
        final Map<String, Object> values = new HashMap<>();
        final Map<String, Integer> lines = new HashMap<>();

        CustomerDraft(String number, int file, int firstLine) {
            this.number = number;
            this.file = file;
            this.firstLine = firstLine;
        }

        Object value(String column) {
            return values.get(column);
        }

        @SuppressWarnings("unchecked")
        CustomerRow row() {
            return new CustomerRow(number, (String) values.get("name"), (String) values.get("tax_id"),
                Boolean.TRUE.equals(values.get("member")), (String) values.get("language"),
                (List<String>) values.getOrDefault("phones", List.of()), (List<String>) values.getOrDefault("emails", List.of()),
                (List<String>) values.getOrDefault("addresses", List.of()), (String) values.get("comments"));
        }
    }

    private void customerRow(Map<String, String> row) {
        String number = Normalise.customerNumber(row.get("customer_number"));
        if (number == null) {
            problem("missing customer_number");
            return;
        }
        if (!checkLength("customer_number", number, 32)) {
            return;
        }
        CustomerDraft draft = customers.computeIfAbsent(number, n -> new CustomerDraft(n, file, line));
        String name = row.getOrDefault("name", "");
        if (!name.isEmpty() && checkLength("name", name, 200)) {
            if (Normalise.name(name).isEmpty()) {
                problem("the name '" + name + "' has no letters or digits");
            } else {
                define(draft, "name", name);
            }
        }
        String taxId = Normalise.taxId(row.get("tax_id"));
        if (taxId != null && checkLength("tax_id", taxId, 20)) {
            define(draft, "tax_id", taxId);
        }
        String member = row.getOrDefault("member", "");
        if (!member.isEmpty()) {
            Boolean yes = bool("member", member);
            if (yes != null) {
                define(draft, "member", yes);
            }
        }
        String language = row.getOrDefault("language", "");
        if (!language.isEmpty()) {
            if (LANGUAGE.matcher(language).matches()) {
                define(draft, "language", language.toLowerCase(Locale.ROOT).replace('-', '_'));
            } else {
                problem("bad language '" + language + "' (a code such as ca, es, en or ca_ES)");
            }
        }
        String phoneCell = row.getOrDefault("phones", "");
        if (!phoneCell.isEmpty()) {
            List<String> list = new ArrayList<>();
            for (String raw : split(phoneCell, "[|,;\\n]")) {
                String phone = phones.normalise(raw);
                if (phone == null || phone.length() < 3 || phone.length() > 15) {
                    problem("bad phone '" + raw + "'");
                } else if (!list.contains(phone)) {
                    list.add(phone);
                }
            }
            define(draft, "phones", list);
        }
        String emailCell = row.getOrDefault("emails", "");
        if (!emailCell.isEmpty()) {
            List<String> list = new ArrayList<>();
            for (String raw : split(emailCell, "[|,;\\s]")) {
                if (!EMAIL.matcher(raw).matches()) {
                    problem("bad email '" + raw + "'");
                } else if (checkLength("email", raw, 200) && !list.contains(Normalise.email(raw))) {
                    list.add(Normalise.email(raw));
                }
            }
            define(draft, "emails", list);
        }
        String addressCell = row.getOrDefault("addresses", "");
        if (!addressCell.isEmpty()) {
            List<String> list = new ArrayList<>();
            for (String raw : split(addressCell, "[|]")) {
                String address = raw.replaceAll("\\s*\\R\\s*", ", ");
                if (checkLength("address", address, 300)) {
                    list.add(address);
                }
            }
            define(draft, "addresses", list);
        }
        String comments = row.getOrDefault("comments", "");
        if (!comments.isEmpty() && checkLength("comments", comments, 2000)) {
            define(draft, "comments", comments);
        }
        contractOf(number, row);
    }

    /** Sets a customer field, or reports that an earlier row gave it another value. */
    private void define(CustomerDraft draft, String column, Object value) {
        Object before = draft.values.get(column);
        if (before == null) {
            draft.values.put(column, value);
            draft.lines.put(column, line);
        } else if (!before.equals(value)) {
            problem("customer " + draft.number + ": " + column + " " + shown(value) + " differs from line "
                + draft.lines.get(column) + " (" + shown(before) + "); repeat it or leave it blank");
        }
    }

    private static String shown(Object value) {
        return value instanceof List<?> list ? "'" + String.join(" | ", list.stream().map(Object::toString).toList()) + "'"
            : "'" + value + "'";
    }

    private final Map<String, Integer> contractLines = new HashMap<>();

    private void contractOf(String customer, Map<String, String> row) {
        String number = Normalise.contractNumber(row.get("contract_number"));
        if (number == null) {
            List<String> given = CONTRACT_ONLY.stream().filter(c -> !row.getOrDefault(c, "").isEmpty()).toList();
            if (!given.isEmpty()) {
                problem("contract columns (" + String.join(", ", given) + ") without a contract_number");
            }
            return;
        }
        if (!checkLength("contract_number", number, 32)) {
            return;
        }
        if (contractLines.containsKey(number)) {
            problem("duplicate contract number " + number + " (already on line " + contractLines.get(number) + ")");
            return;
        }
        contractLines.put(number, line);
        String statusCell = row.getOrDefault("status", "");
        Contract.Status status = Contract.Status.ACTIVE;
        if (!statusCell.isEmpty()) {
            try {
                status = Contract.Status.valueOf(statusCell.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem("unknown status '" + statusCell + "' (ACTIVE, PENDING or CANCELLED)");
            }
        }
        LocalDate start = date("start_date", row.getOrDefault("start_date", ""));
        LocalDate end = date("end_date", row.getOrDefault("end_date", ""));
        if (start != null && end != null && end.isBefore(start)) {
            problem("end_date " + end + " is before start_date " + start);
        }
        String address = optional(row, "contract_address", 300);
        String tariff = optional(row, "tariff", 100);
        String pending = optional(row, "pending_state", 200);
        String cupsCell = row.getOrDefault("cups", "");
        String cups = cupsCell.isEmpty() ? null : org.tomatic.callinfo.SearchField.cups(cupsCell);
        if (!cupsCell.isEmpty() && cups == null) {
            problem("bad cups '" + shown(cupsCell) + "' (ES, 16 digits, 2 letters, maybe a suffix: ES0031405536845001LN)");
        }
        String suspendedCell = row.getOrDefault("billing_suspended", "");
        boolean suspended = !suspendedCell.isEmpty() && Boolean.TRUE.equals(bool("billing_suspended", suspendedCell));
        List<Party> parties = new ArrayList<>();
        parties.add(new Party(customer, Contract.Role.HOLDER));
        boolean payerGiven = false;
        for (String column : List.of("payer", "administrator", "notified")) {
            for (String raw : split(row.getOrDefault(column, ""), "[|,;\\s]")) {
                String other = Normalise.customerNumber(raw);
                if (other == null) {
                    problem("bad " + column + " '" + raw + "' (a customer number)");
                    continue;
                }
                parties.add(new Party(other, ROLE_COLUMNS.get(column)));
                payerGiven |= column.equals("payer");
                customerRefs.add(new Reference(file, line, column, other));
            }
        }
        if (!payerGiven) {
            parties.add(new Party(customer, Contract.Role.PAYER));
        }
        contracts.put(number, new ContractRow(number, status, start, end, address, tariff, pending, suspended, parties,
            cups));
    }

    // ------------------------------------------------------------------ invoices, readings, cases

    private String contractRef(Map<String, String> row) {
        String number = Normalise.contractNumber(row.get("contract_number"));
        if (number == null) {
            problem("missing contract_number");
        } else if (!contracts.containsKey(number)) {
            contractRefs.add(new Reference(file, line, "contract", number));
        }
        return number;
    }

    private void invoiceRow(Map<String, String> row, Map<String, Integer> seen) {
        String contract = contractRef(row);
        String number = required(row, "invoice_number", 40);
        LocalDate date = requiredDate(row, "date");
        LocalDate due = date("due_date", row.getOrDefault("due_date", ""));
        BigDecimal amount = decimal("amount", row.getOrDefault("amount", ""), 2);
        Boolean paid = row.getOrDefault("paid", "").isEmpty() ? missing("paid") : bool("paid", row.get("paid"));
        if (contract != null && number != null) {
            Integer before = seen.putIfAbsent(contract + "\n" + number, line);
            if (before != null) {
                problem("duplicate invoice " + number + " of contract " + contract + " (already on line " + before + ")");
                return;
            }
        }
        if (contract != null && number != null && date != null && amount != null && paid != null) {
            invoices.add(new InvoiceRow(contract, number, date, due, amount, paid));
        }
    }

    private void readingRow(Map<String, String> row) {
        String contract = contractRef(row);
        LocalDate date = requiredDate(row, "date");
        String meter = optional(row, "meter", 40);
        String period = optional(row, "period", 10);
        BigDecimal value = decimal("value", row.getOrDefault("value", ""), 3);
        String source = optional(row, "source", 40);
        if (contract != null && date != null && value != null) {
            readings.add(new ReadingRow(contract, date, meter, period, value, source));
        }
    }

    private void caseRow(Map<String, String> row, Map<String, Integer> seen) {
        String contract = contractRef(row);
        String id = required(row, "case_id", 40);
        String subject = required(row, "subject", 300);
        LocalDate opened = date("opened", row.getOrDefault("opened", ""));
        String state = optional(row, "state", 60);
        if (contract != null && id != null) {
            Integer before = seen.putIfAbsent(contract + "\n" + id, line);
            if (before != null) {
                problem("duplicate case " + id + " of contract " + contract + " (already on line " + before + ")");
                return;
            }
        }
        if (contract != null && id != null && subject != null) {
            cases.add(new CaseRow(contract, id, subject, opened, state));
        }
    }

    // ------------------------------------------------------------------ cells

    private static List<String> split(String cell, String separators) {
        return Arrays.stream(cell.split(separators)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private boolean checkLength(String column, String value, int max) {
        if (value.length() > max) {
            problem(column + " longer than " + max + " characters");
            return false;
        }
        return true;
    }

    private String optional(Map<String, String> row, String column, int max) {
        String value = row.getOrDefault(column, "");
        return value.isEmpty() || !checkLength(column, value, max) ? null : value;
    }

    private String required(Map<String, String> row, String column, int max) {
        String value = row.getOrDefault(column, "");
        if (value.isEmpty()) {
            problem("missing " + column);
            return null;
        }
        return checkLength(column, value, max) ? value : null;
    }

    private <T> T missing(String column) {
        problem("missing " + column);
        return null;
    }

    private Boolean bool(String column, String cell) {
        String v = cell.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(v)) {
            return true;
        }
        if (NO.contains(v)) {
            return false;
        }
        problem("bad " + column + " '" + cell + "' (yes or no)");
        return null;
    }

    private LocalDate requiredDate(Map<String, String> row, String column) {
        String cell = row.getOrDefault(column, "");
        return cell.isEmpty() ? missing(column) : date(column, cell);
    }

    /** YYYY-MM-DD or DD/MM/YYYY; null when blank or bad (reported). */
    private LocalDate date(String column, String cell) {
        if (cell.isEmpty()) {
            return null;
        }
        try {
            return cell.contains("/") ? LocalDate.parse(cell, DAY_MONTH_YEAR) : LocalDate.parse(cell);
        } catch (DateTimeParseException e) {
            problem("bad date in " + column + " '" + cell + "' (YYYY-MM-DD or DD/MM/YYYY)");
            return null;
        }
    }

    /** "1234.5", "1234,5", "1.234,50", "1,234.50", "-12 €"; null when bad (reported). */
    private BigDecimal decimal(String column, String cell, int maxScale) {
        if (cell.isEmpty()) {
            return missing(column);
        }
        String s = cell.replaceAll("[\\s€]", "");
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            s = comma > dot ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
        } else if (comma >= 0) {
            s = s.replace(',', '.');
        }
        try {
            BigDecimal value = new BigDecimal(s);
            if (value.scale() > maxScale || value.abs().compareTo(BigDecimal.TEN.pow(9)) >= 0) {
                problem("bad " + column + " '" + cell + "' (at most " + maxScale + " decimals, under 1 000 000 000)");
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problem("bad " + column + " '" + cell + "' (a number such as 1234.56 or 1234,56)");
            return null;
        }
    }
}
