package org.tomatic.callinfo.embedded;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The stored (and searched) forms of names, tax ids, customer and contract numbers and emails. */
final class Normalise {

    static final int PHONE_TAIL = 9;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DROPPED = Pattern.compile("[·'’`´.]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPANISH_TAX_ID = Pattern.compile(
        "[0-9]{8}[A-Z]|[XYZ][0-9]{7}[A-Z]|[A-HJNP-SUVW][0-9]{7}[0-9A-J]");

    private Normalise() {
    }

    /**
     * Lower case without accents, punctuation as spaces ("Núria Col·lell-d'Alòs" → "nuria collell dalos"),
     * so a search matches whatever way the name is typed.
     */
    static String name(String raw) {
        if (raw == null) {
            return "";
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = DROPPED.matcher(s).replaceAll("");
        s = SEPARATORS.matcher(s).replaceAll(" ");
        return s.strip().toLowerCase(Locale.ROOT);
    }

    /** Upper case, letters and digits only, without the "ES" of a Spanish VAT number; null when empty. */
    static String taxId(String raw) {
        String s = compactUpper(raw);
        if (s == null) {
            return null;
        }
        if (s.startsWith("ES") && SPANISH_TAX_ID.matcher(s.substring(2)).matches()) {
            s = s.substring(2);
        }
        return s;
    }

    /** Upper case, without spaces, dots, dashes and slashes: "s-0123" → "S0123"; null when empty. */
    static String customerNumber(String raw) {
        return compactUpper(raw);
    }

    /** Upper case, without spaces, dots, dashes and slashes: "c-123" → "C123"; null when empty. */
    static String contractNumber(String raw) {
        return compactUpper(raw);
    }

    /** Lower case, trimmed; null when empty. */
    static String email(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return raw.strip().toLowerCase(Locale.ROOT);
    }

    /** The last 9 digits of a normalised phone number (all of it when shorter). */
    static String phoneTail(String phone) {
        return phone.length() <= PHONE_TAIL ? phone : phone.substring(phone.length() - PHONE_TAIL);
    }

    /** {@code text} as a LIKE pattern that matches it literally: {@code %}, {@code _} and {@code !} escaped with {@code !}. */
    static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static String compactUpper(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.replaceAll("[\\s.\\-/]", "").toUpperCase(Locale.ROOT);
        return s.isEmpty() ? null : s;
    }
}
