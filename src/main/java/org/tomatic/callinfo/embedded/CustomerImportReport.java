package org.tomatic.callinfo.embedded;

import java.util.ArrayList;
import java.util.List;

/** What a customer import found and did: errors as FILE:LINE: message, or the counts of what it wrote. */
public final class CustomerImportReport {

    private final List<String> errors;
    private final CustomerStore.Saved saved;
    private final int removedCustomers;
    private final boolean dryRun;

    CustomerImportReport(List<String> errors, CustomerStore.Saved saved, int removedCustomers, boolean dryRun) {
        this.errors = List.copyOf(errors);
        this.saved = saved;
        this.removedCustomers = removedCustomers;
        this.dryRun = dryRun;
    }

    public List<String> errors() {
        return errors;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean dryRun() {
        return dryRun;
    }

    /** What was (or, in a dry run, would have been) written; null when there were errors. */
    public CustomerStore.Saved saved() {
        return saved;
    }

    /** The report as the CLI prints it. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>(errors);
        if (hasErrors()) {
            lines.add("import aborted: " + errors.size() + " error(s); nothing was changed");
            return lines;
        }
        if (removedCustomers >= 0) {
            lines.add("replace:    " + removedCustomers + " customers and their contracts removed first");
        }
        lines.add("customers:  " + saved.customersCreated() + " created, " + saved.customersUpdated() + " updated");
        lines.add("contracts:  " + saved.contractsCreated() + " created, " + saved.contractsUpdated() + " updated");
        lines.add("invoices:   " + saved.invoices());
        lines.add("readings:   " + saved.readings());
        lines.add("cases:      " + saved.cases());
        lines.add(dryRun ? "dry run: nothing was changed" : "imported");
        return lines;
    }
}
