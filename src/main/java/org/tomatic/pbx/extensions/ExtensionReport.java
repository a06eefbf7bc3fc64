package org.tomatic.pbx.extensions;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of a command on the directory: one change per extension touched or compared, and notes
 * on what was left out (people whose extension is outside the range…).
 */
public record ExtensionReport(List<ExtensionChange> changes, List<String> notes) {

    public ExtensionReport {
        changes = List.copyOf(changes);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public long count(ExtensionChange.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    public boolean changedAnything() {
        return changes.stream().anyMatch(ExtensionChange::changed);
    }

    /** One line per extension, then the notes, then the totals. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        changes.forEach(c -> lines.add(c.line()));
        notes.forEach(n -> lines.add("note: " + n));
        lines.add(String.format("%d added, %d updated, %d removed, %d unchanged", count(ExtensionChange.Kind.ADDED),
            count(ExtensionChange.Kind.UPDATED), count(ExtensionChange.Kind.REMOVED),
            count(ExtensionChange.Kind.UNCHANGED)));
        return lines;
    }
}
