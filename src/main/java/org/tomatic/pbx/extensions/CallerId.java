package org.tomatic.pbx.extensions;

/**
 * The caller id of an endpoint, {@code "Anna Puig" <214>}. Asterisk's schema gives it 40 characters
 * ({@code ps_endpoints.callerid varchar(40)}), so a long name is cut to fit rather than refused.
 */
final class CallerId {

    static final int MAX_LENGTH = 40;

    private CallerId() {
    }

    static String format(String name, String number) {
        String tail = "\" <" + number + ">";
        return "\"" + cut(name, MAX_LENGTH - 1 - tail.length()) + tail;
    }

    /** The name as it will read back from the directory (cut when too long). */
    static String storedName(String name, String number) {
        return nameOf(format(name, number));
    }

    /** The display name of a caller id; the whole text when it has no {@code <number>}, "" when null. */
    static String nameOf(String callerId) {
        if (callerId == null) {
            return "";
        }
        int bracket = callerId.lastIndexOf('<');
        String name = (bracket < 0 ? callerId : callerId.substring(0, bracket)).trim();
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            name = name.substring(1, name.length() - 1);
        }
        return name.trim();
    }

    private static String cut(String name, int maxCodePoints) {
        if (maxCodePoints <= 0) {
            return "";
        }
        if (name.codePointCount(0, name.length()) <= maxCodePoints) {
            return name;
        }
        return name.substring(0, name.offsetByCodePoints(0, maxCodePoints)).strip();
    }
}
