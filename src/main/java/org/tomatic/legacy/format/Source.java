package org.tomatic.legacy.format;

/**
 * Where a piece of legacy data came from.
 *
 * @param file path relative to the data directory, with {@code /} separators
 * @param line 1-based line, 0 = the whole file, {@link #NO_LINE} = the file as an entry of the directory (it was
 *     not read at all: a directory, a FIFO...); that one is shown without a line
 */
public record Source(String file, int line) {

    public static final int NO_LINE = -1;

    @Override
    public String toString() {
        return line == NO_LINE ? file : file + ":" + line;
    }
}
