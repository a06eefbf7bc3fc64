package org.tomatic.planner;

import java.time.LocalDate;
import java.util.List;

/** The automatic weekly run could not fill every cell; coordinators need the diagnosis. */
public record PlanningIncomplete(LocalDate week, long runId, List<String> diagnosis) {}
