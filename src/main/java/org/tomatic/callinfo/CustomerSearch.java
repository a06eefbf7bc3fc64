package org.tomatic.callinfo;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** Searches the configured customer directory: guesses the field when asked to, applies the result limit. */
@Service
public class CustomerSearch {

    private static final String NO_DIRECTORY = "no customer directory is configured (tomatic.callinfo.directory)";

    private final ObjectProvider<CustomerDirectory> directories;
    private final CallInfoProperties properties;

    public CustomerSearch(ObjectProvider<CustomerDirectory> directories, CallInfoProperties properties) {
        this.directories = directories;
        this.properties = properties;
    }

    public SearchResult search(SearchField field, String text) {
        String t = text == null ? "" : text.strip();
        SearchField f = field == null || field == SearchField.AUTO ? SearchField.guess(t) : field;
        if (t.isEmpty()) {
            return SearchResult.found(f, t, java.util.List.of());
        }
        CustomerDirectory directory = directories.getIfAvailable();
        if (directory == null) {
            return SearchResult.error(f, t, NO_DIRECTORY);
        }
        return f == SearchField.ALL ? everywhere(directory, t) : directory.search(f, t, properties.maxResults());
    }

    /** The fields a text can be searched in when the agent asks for all of them. */
    private static final java.util.List<SearchField> EVERY_FIELD = java.util.List.of(SearchField.PHONE,
        SearchField.EMAIL, SearchField.TAX_ID, SearchField.CUSTOMER_NUMBER, SearchField.CONTRACT, SearchField.CUPS,
        SearchField.NAME);

    /**
     * "All fields": the text searched in every field, the customers found merged (each once, in the order the
     * fields came). A field with too many matches is left out unless every field has too many or errs.
     */
    private SearchResult everywhere(CustomerDirectory directory, String text) {
        int limit = properties.maxResults();
        java.util.Map<String, Customer> found = new java.util.LinkedHashMap<>();
        int tooMany = 0;
        String error = null;
        for (SearchField field : EVERY_FIELD) {
            SearchResult r = directory.search(field, text, limit);
            switch (r.status()) {
                case FOUND -> r.customers().forEach(c -> found.putIfAbsent(c.id(), c));
                case TOO_MANY -> tooMany = Math.max(tooMany, r.count());
                case ERROR -> error = r.error();
                case NONE -> { }
            }
        }
        if (found.size() > limit) {
            return SearchResult.tooMany(SearchField.ALL, text, found.size());
        }
        if (found.isEmpty() && tooMany > 0) {
            return SearchResult.tooMany(SearchField.ALL, text, tooMany);
        }
        if (found.isEmpty() && error != null) {
            return SearchResult.error(SearchField.ALL, text, error);
        }
        return SearchResult.found(SearchField.ALL, text, java.util.List.copyOf(found.values()));
    }

    public ContractDetails details(String contractNumber) {
        CustomerDirectory directory = directories.getIfAvailable();
        return directory == null ? ContractDetails.error(contractNumber, NO_DIRECTORY) : directory.details(contractNumber);
    }

    public String describe() {
        CustomerDirectory directory = directories.getIfAvailable();
        return directory == null ? NO_DIRECTORY : directory.describe();
    }
}
