package org.tomatic.callinfo;

import java.util.regex.Pattern;

/** What a search text is matched against. */
public enum SearchField {
    AUTO, PHONE, EMAIL, NAME, TAX_ID, CUSTOMER_NUMBER, CONTRACT, CUPS, ALL;

    /** A supply point (CUPS): ES, 16 digits, 2 control letters, maybe a suffix of a digit and one or two letters. */
    private static final Pattern CUPS_PATTERN = Pattern.compile("ES[0-9]{16}[A-Z]{2}([0-9][A-Z]{1,2})?");
    /** The start of one, as agents type part of it: ES and at least 10 digits (a tax id with ES has 8). */
    private static final Pattern CUPS_START =
        Pattern.compile("ES([0-9]{10,15}|[0-9]{16}([A-Z]{0,2}|[A-Z]{2}[0-9][A-Z]{0,2}))");

    /** The CUPS in its stored form (capitals, no spaces or dashes), or null when the text is not a whole one. */
    public static String cups(String text) {
        String compact = text == null ? "" : text.replaceAll("[\\s.\\-]", "").toUpperCase(java.util.Locale.ROOT);
        return CUPS_PATTERN.matcher(compact).matches() ? compact : null;
    }

    /** The text as the start of a CUPS (capitals, no separators), or null when it cannot be one. */
    public static String cupsStart(String text) {
        String compact = text == null ? "" : text.replaceAll("[\\s.\\-]", "").toUpperCase(java.util.Locale.ROOT);
        return CUPS_START.matcher(compact).matches() ? compact : null;
    }

    /** Spanish/Catalan NIF/NIE/CIF, optionally with the ES prefix: 12345678Z, X1234567L, B12345678, ESB12345678. */
    private static final Pattern TAX_ID_PATTERN = Pattern.compile("(?i)(ES)?([0-9]{8}[A-Z]|[XYZ][0-9]{7}[A-Z]|[A-HJNP-SUVW][0-9]{7}[0-9A-J])");
    /** Contract numbers: 7 digits (as the first users' ERP numbers them), or a C- prefix. */
    private static final Pattern CONTRACT_PATTERN = Pattern.compile("(?i)([0-9]{7}|C-?[0-9]{3,10})");
    /** Customer (member) numbers: S + digits. */
    private static final Pattern CUSTOMER_PATTERN = Pattern.compile("(?i)S[0-9]{3,8}");

    /**
     * The field a text most likely is: an {@code @} → email; 9 digits (or a longer number with
     * an international prefix) → phone; the contract pattern → contract; the member pattern →
     * customer number; the tax-id pattern → tax id; anything else → name.
     */
    public static SearchField guess(String text) {
        String t = text == null ? "" : text.strip();
        if (t.contains("@")) {
            return EMAIL;
        }
        String compact = t.replaceAll("[\\s.\\-()]", "");
        if (cupsStart(compact) != null) {
            return CUPS;
        }
        if (compact.matches("(\\+|00)?[0-9]{9,15}")) {
            return PHONE;
        }
        if (CONTRACT_PATTERN.matcher(compact).matches()) {
            return CONTRACT;
        }
        if (CUSTOMER_PATTERN.matcher(compact).matches()) {
            return CUSTOMER_NUMBER;
        }
        if (TAX_ID_PATTERN.matcher(compact).matches()) {
            return TAX_ID;
        }
        return NAME;
    }
}
