package org.tomatic.legacy.format;

import java.util.List;

/** What was read, and every problem found on the way. */
public record LegacyReadResult(LegacyData data, List<LegacyProblem> problems) {

    public LegacyReadResult {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(LegacyProblem::error);
    }
}
