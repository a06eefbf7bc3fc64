package org.tomatic.legacy.format;

/** An error (the data cannot be imported as is) or a warning (something was ignored). */
public record LegacyProblem(Source source, boolean error, String message) {

    @Override
    public String toString() {
        return source + ": " + (error ? "" : "warning: ") + message;
    }
}
