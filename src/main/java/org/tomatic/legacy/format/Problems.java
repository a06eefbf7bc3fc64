package org.tomatic.legacy.format;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one read; parsers report and carry on instead of throwing. */
final class Problems {

    private final List<LegacyProblem> all = new ArrayList<>();
    private int errors;

    void error(String file, int line, String message) {
        all.add(new LegacyProblem(new Source(file, line), true, message));
        errors++;
    }

    void warning(String file, int line, String message) {
        all.add(new LegacyProblem(new Source(file, line), false, message));
    }

    int errorCount() {
        return errors;
    }

    List<LegacyProblem> all() {
        return all;
    }
}
