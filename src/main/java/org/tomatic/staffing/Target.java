package org.tomatic.staffing;

import java.util.Locale;

/**
 * What a turn is staffed for: this share of all arriving callers answered within {@code seconds}, and at most
 * {@code maxAbandon} of them hanging up before an answer; shares as fractions (0.8 = 80 %).
 */
public record Target(double serviceLevel, int seconds, double maxAbandon) {

    public Target {
        if (!(serviceLevel > 0 && serviceLevel <= 1) || seconds < 0 || !(maxAbandon >= 0 && maxAbandon <= 1)) {
            throw new IllegalArgumentException("a target is a service level in (0, 100 %], an answer time ≥ 0 s and "
                + "a maximum abandonment in [0, 100 %]");
        }
    }

    /**
     * "80/20" (80 % within 20 s) or "80" (80 % within the default seconds); a percent sign is allowed.
     */
    public static Target parse(String text, Target defaults) {
        String[] parts = text.trim().split("/", -1);
        try {
            if (parts.length > 2) {
                throw new NumberFormatException();
            }
            double percent = Double.parseDouble(parts[0].trim().replace("%", ""));
            int seconds = parts.length == 2 ? Integer.parseInt(parts[1].trim().replace("s", "")) : defaults.seconds();
            return new Target(percent / 100, seconds, defaults.maxAbandon());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("target '" + text + "': expected PERCENT/SECONDS, e.g. 80/20");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("target '" + text + "': " + e.getMessage());
        }
    }

    /** "80 % in 20 s". */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.0f %% in %d s, at most %.0f %% abandoned", serviceLevel * 100, seconds,
            maxAbandon * 100);
    }
}
