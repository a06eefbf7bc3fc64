package org.tomatic.callinfo.odoo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One Odoo search domain, kept in Odoo's prefix notation with every {@code &} and {@code |} written
 * out, so domains combine safely. It becomes a JSON array; user text only ever travels as a value,
 * never as code.
 */
final class Domain {

    private final List<Object> items;

    private Domain(List<Object> items) {
        this.items = Collections.unmodifiableList(items);
    }

    /** {@code [field, operator, value]}; value may be a string, number, boolean or list. */
    static Domain term(String field, String operator, Object value) {
        return new Domain(List.of(Arrays.asList(field, operator, value)));
    }

    static Domain and(Domain... parts) {
        return join("&", List.of(parts));
    }

    static Domain or(List<Domain> parts) {
        return join("|", parts);
    }

    static Domain or(Domain... parts) {
        return or(List.of(parts));
    }

    /**
     * The text as a literal inside an Odoo {@code ilike}/{@code =ilike} pattern: Odoo hands the value
     * to SQL LIKE, where {@code %} and {@code _} are wildcards and backslash escapes them.
     */
    static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** What is sent to Odoo (and serialised as a JSON array). */
    List<Object> toList() {
        return items;
    }

    @Override
    public String toString() {
        return items.toString();
    }

    private static Domain join(String operator, List<Domain> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no domain to join with " + operator);
        }
        List<Object> joined = new ArrayList<>();
        for (int i = 1; i < parts.size(); i++) {
            joined.add(operator);
        }
        parts.forEach(p -> joined.addAll(p.items));
        return new Domain(joined);
    }
}
