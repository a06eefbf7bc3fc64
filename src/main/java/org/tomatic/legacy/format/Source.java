package org.tomatic.legacy.format;

/**
 * Where a piece of legacy data came from.
 *
 * @param file path relative to the data directory, with {@code /} separators
 * @param line 1-based line, 0 = the whole file
 */
public record Source(String file, int line) {

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
