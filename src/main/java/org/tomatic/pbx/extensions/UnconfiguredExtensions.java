package org.tomatic.pbx.extensions;

import java.util.List;

/**
 * The PBX is Asterisk but Tomatic was given no realtime database: there is nowhere to read or write
 * extensions, and saying so beats pretending in memory.
 */
final class UnconfiguredExtensions implements ExtensionDirectory {

    static final String MESSAGE = "no realtime database configured (tomatic.pbx.asterisk.realtime-url): "
        + "Tomatic cannot read or write the Asterisk extensions";

    @Override
    public String describe() {
        return "Asterisk without a realtime database";
    }

    @Override
    public ExtensionRange range() {
        throw new ExtensionException(MESSAGE);
    }

    @Override
    public List<Extension> list() {
        throw new ExtensionException(MESSAGE);
    }

    @Override
    public List<ExtensionChange> apply(List<Extension> puts, List<String> removals) {
        throw new ExtensionException(MESSAGE);
    }

    @Override
    public List<ExtensionChange> clear() {
        throw new ExtensionException(MESSAGE);
    }
}
