package org.tomatic.callinfo.embedded;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tomatic.callinfo.CallInfoProperties;
import org.tomatic.callinfo.PhoneNumbers;
import org.tomatic.callinfo.embedded.CustomerFileReader.Reference;
import org.tomatic.callinfo.embedded.CustomerFileReader.Source;

/**
 * {@code tomatic customers import}: reads the CSV files of docs/customers-import.md and writes them
 * into the embedded directory, all or nothing. A customer or contract number already stored is
 * updated, so importing the same files again changes nothing.
 */
@Component
public class CustomerImporter {

    /** The files of one import; any may be null, not all. */
    public record Files(Path customers, Path invoices, Path readings, Path cases) {}

    private final CustomerStore store;
    private final TransactionTemplate transactions;
    private final PhoneNumbers phones;

    @Autowired
    public CustomerImporter(CustomerStore store, PlatformTransactionManager transactions, CallInfoProperties properties) {
        this(store, transactions, new PhoneNumbers(properties.countryPrefix()));
    }

    public CustomerImporter(CustomerStore store, PlatformTransactionManager transactions, PhoneNumbers phones) {
        this.store = store;
        this.transactions = new TransactionTemplate(transactions);
        this.phones = phones;
    }

    /**
     * {@code replace}: empty the directory first (then the files must be complete); {@code dryRun}:
     * check and count everything, write nothing.
     */
    public CustomerImportReport importFiles(Files files, boolean replace, boolean dryRun) {
        List<String> errors = new ArrayList<>();
        Source customers = source(files.customers(), errors);
        Source invoices = source(files.invoices(), errors);
        Source readings = source(files.readings(), errors);
        Source cases = source(files.cases(), errors);
        if (!errors.isEmpty()) {
            return new CustomerImportReport(errors, null, -1, dryRun);
        }
        CustomerFileReader.Result read = new CustomerFileReader(phones).read(customers, invoices, readings, cases);
        List<CustomerFileReader.Problem> problems = new ArrayList<>(read.problems());
        unknown(read.customerRefs(), replace ? Set.of() : store.existingCustomers(numbers(read.customerRefs())), problems);
        unknown(read.contractRefs(), replace ? Set.of() : store.existingContracts(numbers(read.contractRefs())), problems);
        List<String> lineErrors = new CustomerFileReader.Result(read.batch(), problems, List.of(), List.of(),
            read.fileNames()).errors();
        if (!lineErrors.isEmpty()) {
            return new CustomerImportReport(lineErrors, null, -1, dryRun);
        }
        try {
            return transactions.execute(status -> {
                int removed = -1;
                if (replace) {
                    removed = store.countCustomers();
                    store.deleteAll();
                }
                CustomerStore.Saved saved = store.save(read.batch());
                if (dryRun) {
                    status.setRollbackOnly();
                }
                return new CustomerImportReport(List.of(), saved, removed, dryRun);
            });
        } catch (DataAccessException e) {
            return new CustomerImportReport(List.of("import failed, nothing was changed: "
                + e.getMostSpecificCause().getMessage()), null, -1, dryRun);
        }
    }

    private static List<String> numbers(List<Reference> refs) {
        return refs.stream().map(Reference::number).toList();
    }

    private static void unknown(List<Reference> refs, Set<String> stored, List<CustomerFileReader.Problem> problems) {
        for (Reference r : refs) {
            if (!stored.contains(r.number())) {
                problems.add(new CustomerFileReader.Problem(r.file(), r.line(), "unknown " + r.what() + " " + r.number()
                    + " (neither in the files nor in the directory)"));
            }
        }
    }

    /** The file as UTF-8 text; a file that is not is reported with the line of its first bad byte. */
    /** The largest customer file read: it is held in memory with its rows while it is checked. */
    static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

    private static Source source(Path file, List<String> errors) {
        if (file == null) {
            return null;
        }
        byte[] bytes;
        try {
            long size = java.nio.file.Files.size(file);
            if (size > MAX_FILE_BYTES) {
                errors.add(file + ": the file has " + size / (1024 * 1024) + " MiB; a customer file can be at most "
                    + MAX_FILE_BYTES / (1024 * 1024) + " MiB (split it, e.g. invoices by year, and import each part)");
                return null;
            }
            bytes = java.nio.file.Files.readAllBytes(file);
        } catch (IOException e) {
            errors.add(file + ": cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            errors.add(file + ":" + line + ": not UTF-8 text (save the sheet as \"CSV UTF-8\")");
            return null;
        }
        decoder.flush(out);
        return new Source(file.toString(), out.flip().toString());
    }
}
