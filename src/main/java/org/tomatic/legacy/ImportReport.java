package org.tomatic.legacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an import found and did: problems with their file:line, and per kind of data what changed. */
public final class ImportReport {

    /** How many records of one kind were created, updated, deleted or left as they were. */
    public static final class Counts {
        int created;
        int updated;
        int deleted;
        int unchanged;

        public int created() { return created; }
        public int updated() { return updated; }
        public int deleted() { return deleted; }
        public int unchanged() { return unchanged; }

        public boolean changed() {
            return created + updated + deleted > 0;
        }

        @Override
        public String toString() {
            return created + " created, " + updated + " updated, " + deleted + " deleted, " + unchanged + " unchanged";
        }
    }

    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, Counts> counts = new LinkedHashMap<>();
    private final boolean dryRun;
    private boolean applied;

    ImportReport(boolean dryRun) {
        this.dryRun = dryRun;
    }

    void error(String message) {
        errors.add(message);
    }

    void warning(String message) {
        warnings.add(message);
    }

    Counts counts(String kind) {
        return counts.computeIfAbsent(kind, k -> new Counts());
    }

    void markApplied() {
        applied = true;
    }

    public List<String> errors() { return List.copyOf(errors); }
    public List<String> warnings() { return List.copyOf(warnings); }
    public Map<String, Counts> changes() { return Map.copyOf(counts); }
    public boolean dryRun() { return dryRun; }
    public boolean applied() { return applied; }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean changedAnything() {
        return counts.values().stream().anyMatch(Counts::changed);
    }

    /** The report as the CLI prints it and the admin page shows it. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        errors.forEach(lines::add);
        warnings.forEach(lines::add);
        if (hasErrors()) {
            lines.add("import aborted: " + errors.size() + " error(s), " + warnings.size()
                + " warning(s); nothing was changed");
            return lines;
        }
        counts.forEach((kind, c) -> lines.add(String.format("%-14s %s", kind + ":", c)));
        lines.add((dryRun ? "dry run: nothing was changed; " : "imported; ") + warnings.size() + " warning(s) skipped"
            + (changedAnything() ? "" : "; the data was already up to date"));
        return lines;
    }
}
