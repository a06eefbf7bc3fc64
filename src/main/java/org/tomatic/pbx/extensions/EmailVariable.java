package org.tomatic.pbx.extensions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The agent's email lives in the endpoint's {@code set_var} as {@code TOMATIC_EMAIL=<email>}: Asterisk's
 * {@code ps_endpoints} has no email column, and {@code set_var} makes it a channel variable the
 * dialplan can read. Realtime drivers split a column on {@code ;} into several values, so other
 * variables there are kept as they are, in place.
 */
final class EmailVariable {

    static final String NAME = "TOMATIC_EMAIL";
    private static final String PREFIX = NAME + "=";

    private EmailVariable() {
    }

    /** The email in a {@code set_var} value, or null. */
    static String emailOf(String setVar) {
        return variables(setVar).stream().filter(v -> v.startsWith(PREFIX)).findFirst()
            .map(v -> v.substring(PREFIX.length())).filter(v -> !v.isBlank()).orElse(null);
    }

    /** {@code setVar} with the email replaced (or added, or dropped when null); null when nothing is left. */
    static String withEmail(String setVar, String email) {
        List<String> result = new ArrayList<>();
        boolean placed = false;
        for (String variable : variables(setVar)) {
            if (variable.startsWith(PREFIX)) {
                if (email != null && !placed) {
                    result.add(PREFIX + email);
                    placed = true;
                }
            } else {
                result.add(variable);
            }
        }
        if (email != null && !placed) {
            result.add(PREFIX + email);
        }
        return result.isEmpty() ? null : String.join(";", result);
    }

    private static List<String> variables(String setVar) {
        if (setVar == null || setVar.isBlank()) {
            return List.of();
        }
        return Arrays.stream(setVar.split(";")).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }
}
