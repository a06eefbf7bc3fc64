package org.tomatic.pbx.extensions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.tomatic.auth.Passwords;
import org.tomatic.pbx.PbxProperties;

/**
 * The simulated PBX's extensions, in memory (lost when Tomatic stops). Behaves like the realtime
 * directory: same range rules, same caller-id length, a password for each new extension.
 */
final class MemoryExtensions implements ExtensionDirectory {

    private record Endpoint(Extension extension, String password) {}

    private final PbxProperties.Extensions settings;
    private final Map<String, Endpoint> endpoints = new TreeMap<>(ExtensionRange.ORDER);

    MemoryExtensions(PbxProperties.Extensions settings) {
        this.settings = settings;
    }

    /** An endpoint that was there before Tomatic, in range or not (as a site's other phones are). */
    synchronized void seed(Extension extension) {
        endpoints.put(extension.number(), new Endpoint(extension, Passwords.random()));
    }

    synchronized String passwordOf(String number) {
        Endpoint endpoint = endpoints.get(number);
        return endpoint == null ? null : endpoint.password();
    }

    synchronized boolean holds(String number) {
        return endpoints.containsKey(number);
    }

    @Override
    public String describe() {
        return "simulated PBX (in memory)";
    }

    @Override
    public ExtensionRange range() {
        return ExtensionRange.of(settings);
    }

    @Override
    public synchronized List<Extension> list() {
        ExtensionRange range = range();
        return endpoints.values().stream().map(Endpoint::extension).filter(e -> range.contains(e.number())).toList();
    }

    @Override
    public synchronized List<ExtensionChange> apply(List<Extension> puts, List<String> removals) {
        ExtensionRange range = range();
        List<Extension> checked = puts.stream().map(e -> {
            range.check(e.number());
            return e.checked();
        }).toList();
        removals.forEach(range::check);
        // every check before the first write: all or nothing, as in a transaction
        for (String number : removals) {
            if (!endpoints.containsKey(number)) {
                throw new ExtensionException("no extension " + number + " in the " + describe());
            }
        }
        List<ExtensionChange> changes = new ArrayList<>();
        checked.forEach(e -> changes.add(write(e)));
        removals.forEach(number -> changes.add(ExtensionChange.removed(endpoints.remove(number).extension())));
        return changes;
    }

    @Override
    public synchronized List<ExtensionChange> clear() {
        List<ExtensionChange> changes = list().stream().map(ExtensionChange::removed).toList();
        changes.forEach(c -> endpoints.remove(c.number()));
        return changes;
    }

    private ExtensionChange write(Extension e) {
        Extension stored = new Extension(e.number(), CallerId.storedName(e.name(), e.number()), e.email());
        Endpoint before = endpoints.get(e.number());
        if (before == null) {
            String password = Passwords.random();
            endpoints.put(e.number(), new Endpoint(stored, password));
            return ExtensionChange.added(stored, password);
        }
        List<String> differences = new ArrayList<>();
        Extension old = before.extension();
        if (!Objects.equals(old.name(), stored.name())) {
            differences.add("name: " + shown(old.name()) + " -> " + stored.name());
        }
        if (!Objects.equals(old.email(), stored.email())) {
            differences.add("email: " + shown(old.email()) + " -> " + shown(stored.email()));
        }
        if (differences.isEmpty()) {
            return ExtensionChange.unchanged(stored);
        }
        endpoints.put(e.number(), new Endpoint(stored, before.password()));
        return ExtensionChange.updated(old, stored, differences, null);
    }

    private static String shown(String value) {
        return value == null || value.isEmpty() ? "none" : value;
    }
}
