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
        return directory == null ? SearchResult.error(f, t, NO_DIRECTORY) : directory.search(f, t, properties.maxResults());
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
