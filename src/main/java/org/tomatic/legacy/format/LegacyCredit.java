package org.tomatic.legacy.format;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A turn credit snapshot: positive = did more turns than owed.
 *
 * @param week null for a bare {@code shiftcredit.yaml} read without a week
 */
public record LegacyCredit(LocalDate week, Map<String, Double> credit, Source source) {

    public LegacyCredit {
        credit = Collections.unmodifiableMap(new LinkedHashMap<>(credit));
    }
}
