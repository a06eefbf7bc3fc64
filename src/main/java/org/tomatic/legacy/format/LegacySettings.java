package org.tomatic.legacy.format;

import java.time.DayOfWeek;
import java.util.List;

/**
 * The {@code config.yaml} settings Tomatic uses; each is null when absent.
 *
 * @param hours turn boundaries ("HH:MM"), strictly increasing
 * @param lines {@code nTelefons}
 * @param maxPerDay {@code maximHoresDiariesGeneral}
 * @param maxHolesPerTurn {@code maxNingusPerTurnInEdition}
 * @param days {@code diesVisualitzacio}
 * @param ignoredKeys the other keys, in file order (their values are not kept)
 */
public record LegacySettings(List<String> hours, Integer lines, Integer maxPerDay, Double maxOverload,
        Integer maxHolesPerTurn, List<DayOfWeek> days, List<String> ignoredKeys) {

    public LegacySettings {
        hours = hours == null ? null : List.copyOf(hours);
        days = days == null ? null : List.copyOf(days);
        ignoredKeys = ignoredKeys == null ? List.of() : List.copyOf(ignoredKeys);
    }
}
