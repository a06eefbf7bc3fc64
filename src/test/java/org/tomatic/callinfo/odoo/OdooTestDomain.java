package org.tomatic.callinfo.odoo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Odoo's search domains, as its {@code expression.py} reads them, for {@link OdooTestPeer}: prefix
 * operators {@code & | !} with an implicit {@code &} between top-level terms; leaves
 * {@code [field, operator, value]} with {@code = != in "not in" < <= > >= like ilike "not like"
 * "not ilike" =like =ilike}. {@code like}/{@code ilike} wrap the value in {@code %…%} and, like SQL
 * LIKE, read {@code %} and {@code _} as wildcards unless escaped with a backslash. A many2one compared
 * with text is compared by the display name of its record (Odoo's name_search); {@code !=} and the
 * negative operators also match empty fields (as Odoo's SQL does).
 */
final class OdooTestDomain {

    private final OdooTestModel model;

    private OdooTestDomain(OdooTestModel model) {
        this.model = model;
    }

    static Predicate<Map<String, Object>> parse(OdooTestModel model, JsonNode domain) {
        if (domain == null || domain.isNull() || domain.isMissingNode()) {
            return r -> true;
        }
        if (!domain.isArray()) {
            throw OdooTestPeer.odooError("builtins.ValueError", "Invalid domain " + domain);
        }
        OdooTestDomain reader = new OdooTestDomain(model);
        Iterator<JsonNode> items = domain.values().iterator();
        Predicate<Map<String, Object>> all = r -> true;
        while (items.hasNext()) {
            all = all.and(reader.expression(items));
        }
        return all;
    }

    private Predicate<Map<String, Object>> expression(Iterator<JsonNode> items) {
        if (!items.hasNext()) {
            throw OdooTestPeer.odooError("builtins.ValueError", "Invalid domain: an operator misses its operands");
        }
        JsonNode item = items.next();
        if (item.isString()) {
            switch (item.asString()) {
                case "&":
                    return expression(items).and(expression(items));
                case "|":
                    return expression(items).or(expression(items));
                case "!":
                    return expression(items).negate();
                default:
                    throw OdooTestPeer.odooError("builtins.ValueError", "Invalid domain operator " + item);
            }
        }
        return leaf(item);
    }

    private Predicate<Map<String, Object>> leaf(JsonNode leaf) {
        if (!leaf.isArray() || leaf.size() != 3) {
            throw OdooTestPeer.odooError("builtins.ValueError", "Invalid leaf " + leaf);
        }
        if (leaf.get(0).isNumber()) {
            // Odoo's TRUE_LEAF (1, '=', 1) and FALSE_LEAF (0, '=', 1)
            boolean truth = leaf.get(0).asInt() == leaf.get(2).asInt();
            return r -> truth;
        }
        OdooTestModel.Field field = model.fieldOrFail(leaf.get(0).asString());
        String operator = leaf.get(1).asString();
        Object value = java(leaf.get(2));
        switch (operator) {
            case "=":
                return r -> equal(field, r, value);
            case "!=":
                return r -> !equal(field, r, value);
            case "in":
                return r -> list(leaf).stream().anyMatch(v -> equal(field, r, v));
            case "not in":
                return r -> list(leaf).stream().noneMatch(v -> equal(field, r, v));
            case "<":
            case "<=":
            case ">":
            case ">=":
                return r -> compare(field, r, value, operator);
            case "like":
            case "ilike":
            case "=like":
            case "=ilike":
                return r -> like(field, r, value, operator);
            case "not like":
            case "not ilike":
                return r -> !like(field, r, value, operator.substring(4));
            default:
                throw OdooTestPeer.odooError("builtins.ValueError", "Invalid leaf " + leaf);
        }
    }

    private boolean equal(OdooTestModel.Field field, Map<String, Object> record, Object value) {
        Object stored = stored(field, record);
        if (value == null || Boolean.FALSE.equals(value) && field.type() != OdooTestModel.Type.BOOLEAN) {
            return stored == null;
        }
        if (field.type() == OdooTestModel.Type.BOOLEAN) {
            return Objects.equals(Boolean.TRUE.equals(stored), Boolean.TRUE.equals(value));
        }
        if (stored == null) {
            return false;
        }
        if (field.type() == OdooTestModel.Type.MANY2ONE && value instanceof String name) {
            return name.equals(model.nameOf(field, stored));
        }
        if (stored instanceof Number a && value instanceof Number b) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
        }
        return stored.toString().equals(value.toString());
    }

    private boolean compare(OdooTestModel.Field field, Map<String, Object> record, Object value, String operator) {
        Object stored = stored(field, record);
        if (stored == null || value == null) {
            return false;
        }
        int c = stored instanceof Number a && value instanceof Number b
            ? new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString()))
            : stored.toString().compareTo(value.toString());
        switch (operator) {
            case "<":
                return c < 0;
            case "<=":
                return c <= 0;
            case ">":
                return c > 0;
            default:
                return c >= 0;
        }
    }

    private boolean like(OdooTestModel.Field field, Map<String, Object> record, Object value, String operator) {
        Object stored = stored(field, record);
        if (field.type() == OdooTestModel.Type.MANY2ONE && stored != null) {
            stored = model.nameOf(field, stored);
        }
        if (stored == null || value == null) {
            return false;
        }
        String pattern = operator.startsWith("=") ? value.toString() : "%" + value + "%";
        return sqlLike(pattern, operator.contains("ilike")).matcher(stored.toString()).matches();
    }

    /** SQL LIKE with PostgreSQL's default escape character, the backslash. */
    static Pattern sqlLike(String like, boolean ignoreCase) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < like.length(); i++) {
            char c = like.charAt(i);
            if (c == '\\' && i + 1 < like.length()) {
                regex.append(Pattern.quote(String.valueOf(like.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL | (ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0));
    }

    private Object stored(OdooTestModel.Field field, Map<String, Object> record) {
        return field.name().equals("display_name") ? model.displayName(record) : record.get(field.name());
    }

    private static List<Object> list(JsonNode leaf) {
        JsonNode value = leaf.get(2);
        if (!value.isArray()) {
            throw OdooTestPeer.odooError("builtins.ValueError", "Invalid leaf " + leaf + ": 'in' needs a list");
        }
        List<Object> values = new ArrayList<>();
        value.values().forEach(v -> values.add(java(v)));
        return values;
    }

    private static Object java(JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isArray()) {
            return value;
        }
        return value.asString();
    }
}
