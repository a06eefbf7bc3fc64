package org.tomatic.callinfo.odoo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Field values as Odoo's {@code read} gives them: {@code false} for an empty field of any type,
 * {@code [id, "display name"]} for a many2one, dates as {@code "2026-03-01"}, datetimes as
 * {@code "2026-03-01 09:30:00"}, amounts as floats.
 */
final class OdooValues {

    /** Odoo's {@code membership_state} values of a member (the membership module). */
    private static final Set<String> MEMBERSHIP_STATES = Set.of("paid", "free", "invoiced");

    private OdooValues() {
    }

    static JsonNode field(JsonNode record, String field) {
        return field == null || field.isBlank() ? null : record.get(field);
    }

    /** A char, selection, number or the name of a many2one; null when empty. */
    static String text(JsonNode value) {
        if (empty(value)) {
            return null;
        }
        if (value.isArray()) {
            return value.size() > 1 ? text(value.get(1)) : null;
        }
        String text = value.asString().strip();
        return text.isEmpty() ? null : text;
    }

    /** The record id of a many2one (or a plain integer); null when empty. */
    static Integer id(JsonNode value) {
        if (empty(value)) {
            return null;
        }
        JsonNode id = value.isArray() ? value.get(0) : value;
        return id != null && id.isIntegralNumber() ? id.asInt() : null;
    }

    static LocalDate date(JsonNode value) {
        String text = text(value);
        return text == null || text.length() < 10 ? null : LocalDate.parse(text.substring(0, 10));
    }

    static BigDecimal amount(JsonNode value) {
        return empty(value) || !value.isNumber() ? BigDecimal.ZERO
            : value.decimalValue().setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal number(JsonNode value) {
        return empty(value) || !value.isNumber() ? null : value.decimalValue().stripTrailingZeros();
    }

    static boolean flag(JsonNode value) {
        return value != null && value.isBoolean() && value.asBoolean();
    }

    /** A boolean member field, or Odoo's membership state. */
    static boolean member(JsonNode value) {
        return flag(value) || MEMBERSHIP_STATES.contains(String.valueOf(text(value)));
    }

    /** Odoo keeps partner notes as HTML; the screen shows plain text. */
    static String plain(JsonNode value) {
        String html = text(value);
        if (html == null) {
            return null;
        }
        String text = html.replaceAll("(?i)<br\\s*/?>|</p>", "\n").replaceAll("<[^>]*>", "")
            .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
            .replace("&#39;", "'").replace("&amp;", "&").strip();
        return text.isEmpty() ? null : text;
    }

    private static boolean empty(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode() || (value.isBoolean() && !value.asBoolean());
    }
}
