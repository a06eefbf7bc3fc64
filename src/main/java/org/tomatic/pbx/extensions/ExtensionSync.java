package org.tomatic.pbx.extensions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.system.AuditLog;

/**
 * Keeps the PBX's extension directory in line with Tomatic's people, and is the one way to change it:
 * every change is written to the audit trail (entity {@code extension}), never a password.
 */
@Service
public class ExtensionSync {

    static final String AUDIT_ENTITY = "extension";

    private final ExtensionDirectory directory;
    private final PersonRepository people;
    private final AuditLog audit;

    public ExtensionSync(ExtensionDirectory directory, PersonRepository people, AuditLog audit) {
        this.directory = directory;
        this.people = people;
        this.audit = audit;
    }

    /** Where the directory is, for the operator. */
    public String describe() {
        return directory.describe();
    }

    public ExtensionRange range() {
        return directory.range();
    }

    public List<Extension> list() {
        return directory.list();
    }

    /**
     * Makes the range hold exactly the active people who have an extension in it: adds the missing,
     * updates changed names and emails (and endpoint settings), removes the extensions nobody active has.
     * One transaction; running it again changes nothing.
     */
    public ExtensionReport load(String actor) {
        ExtensionRange range = directory.range();
        List<String> notes = new ArrayList<>();
        Map<String, Extension> wanted = new LinkedHashMap<>();
        for (Person person : people.findAll()) {
            if (!person.active() || person.extension() == null || person.extension().isBlank()) {
                continue;
            }
            String number = person.extension().trim();
            if (!range.contains(number)) {
                notes.add(person.id() + "'s extension " + number + " is outside " + range + ": left alone");
                continue;
            }
            try {
                wanted.put(number, new Extension(number, person.name(), person.email()).checked());
            } catch (ExtensionException e) {
                notes.add(person.id() + " skipped: " + e.getMessage());
            }
        }
        List<String> stale = directory.list().stream().map(Extension::number)
            .filter(number -> !wanted.containsKey(number)).toList();
        List<Extension> puts = wanted.values().stream()
            .sorted((a, b) -> ExtensionRange.ORDER.compare(a.number(), b.number())).toList();
        return audited(actor, new ExtensionReport(directory.apply(puts, stale), notes));
    }

    public ExtensionChange put(Extension extension, String actor) {
        ExtensionChange change = directory.put(extension);
        record(actor, change);
        return change;
    }

    public ExtensionChange remove(String number, String actor) {
        ExtensionChange change = directory.remove(number);
        record(actor, change);
        return change;
    }

    public ExtensionReport clear(String actor) {
        return audited(actor, new ExtensionReport(directory.clear(), List.of()));
    }

    private ExtensionReport audited(String actor, ExtensionReport report) {
        report.changes().forEach(change -> record(actor, change));
        return report;
    }

    private void record(String actor, ExtensionChange change) {
        if (change.changed()) {
            audit.record(actor, AUDIT_ENTITY, change.number(), change.kind().name().toLowerCase(),
                change.summary() + " (" + directory.describe() + ")");
        }
    }
}
