package org.tomatic.callinfo;

import java.util.List;

/**
 * What a search found. {@code count}: how many matched (also when there were too many to list);
 * {@code error}: why the directory could not answer.
 */
public record SearchResult(SearchField field, String text, Status status, int count, List<Customer> customers,
                           String error) {

    public enum Status { FOUND, NONE, TOO_MANY, ERROR }

    public SearchResult {
        customers = customers == null ? List.of() : List.copyOf(customers);
    }

    public static SearchResult found(SearchField field, String text, List<Customer> customers) {
        return customers.isEmpty() ? new SearchResult(field, text, Status.NONE, 0, List.of(), null)
            : new SearchResult(field, text, Status.FOUND, customers.size(), customers, null);
    }

    public static SearchResult tooMany(SearchField field, String text, int count) {
        return new SearchResult(field, text, Status.TOO_MANY, count, List.of(), null);
    }

    public static SearchResult error(SearchField field, String text, String error) {
        return new SearchResult(field, text, Status.ERROR, 0, List.of(), error);
    }
}
