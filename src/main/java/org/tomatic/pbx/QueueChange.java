package org.tomatic.pbx;

import java.util.List;

/** What setting the queue did: interfaces added, removed, and kept as they were. */
public record QueueChange(List<String> added, List<String> removed, List<String> kept) {

    public boolean changedAnything() {
        return !added.isEmpty() || !removed.isEmpty();
    }
}
