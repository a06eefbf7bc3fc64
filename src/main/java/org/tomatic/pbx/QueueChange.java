package org.tomatic.pbx;

import java.util.List;
import java.util.Map;

/**
 * What setting the queue did: interfaces added, removed, kept as they were, and the ones the PBX
 * refused (interface → the reason, in words).
 */
public record QueueChange(List<String> added, List<String> removed, List<String> kept, Map<String, String> failed) {

    public QueueChange(List<String> added, List<String> removed, List<String> kept) {
        this(added, removed, kept, Map.of());
    }

    public boolean changedAnything() {
        return !added.isEmpty() || !removed.isEmpty();
    }

    public boolean complete() {
        return failed.isEmpty();
    }
}
