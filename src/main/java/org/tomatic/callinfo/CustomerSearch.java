package org.tomatic.callinfo;

import org.springframework.stereotype.Service;

/** Searches the configured customer directory: guesses the field when asked to, applies the result limit. */
@Service
public class CustomerSearch {

    private final CustomerDirectory directory;
    private final CallInfoProperties properties;

    public CustomerSearch(CustomerDirectory directory, CallInfoProperties properties) {
        this.directory = directory;
        this.properties = properties;
    }

    public SearchResult search(SearchField field, String text) {
        String t = text == null ? "" : text.strip();
        SearchField f = field == null || field == SearchField.AUTO ? SearchField.guess(t) : field;
        if (t.isEmpty()) {
            return SearchResult.found(f, t, java.util.List.of());
        }
        return directory.search(f, t, properties.maxResults());
    }

    public ContractDetails details(String contractNumber) {
        return directory.details(contractNumber);
    }

    public String describe() {
        return directory.describe();
    }
}
