package org.tomatic.callinfo;

/**
 * Where customer records live (Tomatic's own tables, or the ERP). Searches answer with the
 * customers found (at most a configured number) or say there were too many; contract details
 * (invoices, meter readings, open cases) are fetched one contract at a time, when asked.
 */
public interface CustomerDirectory {

    /**
     * Searches one field; {@link SearchField#AUTO} has already been resolved by the caller with
     * {@link SearchField#guess}. {@code limit}: more matches than this = {@link SearchResult.Status#TOO_MANY}.
     * Never throws for an unreachable directory: answers {@link SearchResult.Status#ERROR} with the reason.
     */
    SearchResult search(SearchField field, String text, int limit);

    /** The details of one contract, or ERROR with the reason. */
    ContractDetails details(String contractNumber);

    /** "embedded directory", "Odoo at https://erp.example.coop (db prod)". */
    String describe();
}
