package org.tomatic.pbx.extensions;

import java.util.Comparator;
import java.util.regex.Pattern;

import org.tomatic.pbx.PbxProperties;

/**
 * The extensions Tomatic owns, {@code first} to {@code last} inclusive: anything else in the PBX is
 * never written. Extensions are compared as the PBX numbers them, by length and then digit by digit,
 * so {@code 0214} is not inside 200–299.
 */
public record ExtensionRange(String first, String last) {

    /** Shorter numbers first, then digit by digit. */
    public static final Comparator<String> ORDER = Comparator.comparingInt(String::length)
        .thenComparing(Comparator.naturalOrder());

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** The configured range; refuses a missing or malformed one, naming the properties to set. */
    public static ExtensionRange of(PbxProperties.Extensions settings) {
        String first = settings.first() == null ? "" : settings.first().trim();
        String last = settings.last() == null ? "" : settings.last().trim();
        if (first.isEmpty() || last.isEmpty()) {
            throw new ExtensionException("no extension range configured: set tomatic.pbx.extensions.first and "
                + "tomatic.pbx.extensions.last (e.g. 200 and 299); Tomatic writes only extensions between them");
        }
        if (!isDigits(first) || !isDigits(last)) {
            throw new ExtensionException("tomatic.pbx.extensions.first and .last must be digits, not '" + first
                + "' and '" + last + "'");
        }
        if (ORDER.compare(first, last) > 0) {
            throw new ExtensionException("tomatic.pbx.extensions.first (" + first + ") comes after .last (" + last + ")");
        }
        return new ExtensionRange(first, last);
    }

    public boolean contains(String number) {
        return number != null && isDigits(number) && ORDER.compare(first, number) <= 0 && ORDER.compare(number, last) <= 0;
    }

    /** Refuses what is not an extension Tomatic may write. */
    public void check(String number) {
        if (number == null || !isDigits(number)) {
            throw new ExtensionException("'" + number + "' is not an extension: digits only");
        }
        if (!contains(number)) {
            throw new ExtensionException("extension " + number + " is outside the range Tomatic manages, " + this
                + " (tomatic.pbx.extensions.first/last)");
        }
    }

    @Override
    public String toString() {
        return first + "-" + last;
    }

    private static boolean isDigits(String s) {
        return DIGITS.matcher(s).matches();
    }
}
