package org.tomatic.callinfo.odoo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One model of {@link OdooTestPeer}: its fields (name → type) and its records, kept in memory. */
final class OdooTestModel {

    enum Type { CHAR, TEXT, HTML, SELECTION, INTEGER, FLOAT, MONETARY, BOOLEAN, DATE, DATETIME, MANY2ONE }

    record Field(String name, Type type, String comodel) {}

    final String name;
    final Map<String, Field> fields = new LinkedHashMap<>();
    final List<Map<String, Object>> records = new ArrayList<>();
    private final Map<String, OdooTestModel> registry;
    private int nextId = 1;

    OdooTestModel(String name, Map<String, OdooTestModel> registry) {
        this.name = name;
        this.registry = registry;
        field("id", Type.INTEGER);
        field("display_name", Type.CHAR);
    }

    OdooTestModel field(String field, Type type) {
        fields.put(field, new Field(field, type, null));
        return this;
    }

    OdooTestModel many2one(String field, String comodel) {
        fields.put(field, new Field(field, Type.MANY2ONE, comodel));
        return this;
    }

    /** Many2one values are given as the id of the other record; dates as LocalDate or text. */
    int create(Map<String, Object> values) {
        Map<String, Object> record = new LinkedHashMap<>();
        int id = nextId++;
        record.put("id", id);
        values.forEach((field, value) -> {
            if (!fields.containsKey(field)) {
                throw new IllegalArgumentException("Invalid field '" + field + "' on model '" + name + "'");
            }
            record.put(field, value instanceof LocalDate ? value.toString() : value);
        });
        records.add(record);
        return id;
    }

    Map<String, Object> find(int id) {
        return records.stream().filter(r -> r.get("id").equals(id)).findFirst().orElse(null);
    }

    Field fieldOrFail(String field) {
        Field f = fields.get(field);
        if (f == null) {
            throw OdooTestPeer.odooError("builtins.ValueError", "Invalid field '" + field + "' on model '" + name + "'");
        }
        return f;
    }

    /** A field as Odoo's read gives it: false when empty (0 for numbers), [id, name] for a many2one. */
    Object read(Map<String, Object> record, String field) {
        Field f = fieldOrFail(field);
        Object value = field.equals("display_name") ? displayName(record) : record.get(field);
        if (value == null) {
            switch (f.type()) {
                case INTEGER:
                    return 0;
                case FLOAT:
                case MONETARY:
                    return 0.0;
                default:
                    return false;
            }
        }
        if (f.type() == Type.MANY2ONE) {
            return Arrays.asList(value, nameOf(f, value));
        }
        return value;
    }

    /** The display name of the record a many2one value points to. */
    String nameOf(Field many2one, Object id) {
        OdooTestModel comodel = registry.get(many2one.comodel());
        Map<String, Object> target = comodel == null ? null : comodel.find(((Number) id).intValue());
        return target == null ? null : comodel.displayName(target);
    }

    /** Odoo's {@code display_name}: the {@code name} field, else "model,id". */
    String displayName(Map<String, Object> record) {
        Object name = record.get("name");
        return name != null ? name.toString() : this.name + "," + record.get("id");
    }

    /** An ORDER BY clause like "invoice_date desc, id desc", with PostgreSQL's NULL placement. */
    Comparator<Map<String, Object>> order(String clause) {
        Comparator<Map<String, Object>> order = null;
        for (String part : clause.split(",")) {
            String[] words = part.strip().split("\\s+");
            Field f = fieldOrFail(words[0]);
            boolean descending = words.length > 1 && words[1].equalsIgnoreCase("desc");
            Comparator<Object> values = (a, b) -> a instanceof Number x && b instanceof Number y
                ? new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString()))
                : a.toString().compareTo(b.toString());
            Comparator<Object> direction = descending ? Comparator.nullsFirst(values.reversed())
                : Comparator.nullsLast(values);
            Comparator<Map<String, Object>> byField = Comparator.comparing(r -> sortValue(r, f), direction);
            order = order == null ? byField : order.thenComparing(byField);
        }
        return order;
    }

    private Object sortValue(Map<String, Object> record, Field f) {
        Object value = record.get(f.name());
        return value != null && f.type() == Type.MANY2ONE ? nameOf(f, value) : value;
    }
}
