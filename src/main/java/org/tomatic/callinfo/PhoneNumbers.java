package org.tomatic.callinfo;

/**
 * One form for phone numbers, used when they are stored and when they are searched: spaces, dots,
 * dashes and brackets dropped, then a leading {@code +} or {@code 00} and the configured country
 * prefix (e.g. 34) removed. "+34 600 11 22 33", "0034600112233" and "600112233" are all "600112233".
 */
public final class PhoneNumbers {

    private final String countryPrefix;

    public PhoneNumbers(String countryPrefix) {
        this.countryPrefix = countryPrefix == null ? "" : countryPrefix.replaceAll("[^0-9]", "");
    }

    /** The normalised number, or null when the text has no digits or holds something else than a number. */
    public String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String n = raw.strip().replaceAll("[\\s.\\-()/]", "");
        boolean international = false;
        if (n.startsWith("+")) {
            n = n.substring(1);
            international = true;
        } else if (n.startsWith("00")) {
            n = n.substring(2);
            international = true;
        }
        if (n.isEmpty() || !n.chars().allMatch(Character::isDigit)) {
            return null;
        }
        if (!countryPrefix.isEmpty() && n.startsWith(countryPrefix)
            && (international || n.length() > 9 + countryPrefix.length() - 1)) {
            n = n.substring(countryPrefix.length());
        }
        return n.isEmpty() ? null : n;
    }
}
