package org.tomatic.planner;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Instant;

/** A planning run as listed: what was asked, where it stands, how good its best timetable is. */
public record PlanningRun(long id, LocalDate week, State state, Integer lines, int timeLimitSeconds, String description,
                          String createdBy, Instant createdAt, Instant startedAt,
                          Instant finishedAt, Long bestCost, Double bound, boolean optimal, Integer filled,
                          Integer cells, String log, Instant publishedAt, boolean linesFromStaffing) {

    public enum State { QUEUED, RUNNING, DONE, STOPPED, FAILED }

    /** The longest description (planning_run.description). */
    public static final int MAX_DESCRIPTION = 500;

    public boolean active() {
        return state == State.QUEUED || state == State.RUNNING;
    }

    public boolean hasTimetable() {
        return bestCost != null && (state == State.DONE || state == State.STOPPED);
    }

    /** Elapsed seconds, so far or in all. */
    public long elapsedSeconds(Instant now) {
        if (startedAt == null) {
            return 0;
        }
        return Duration.between(startedAt, finishedAt != null ? finishedAt : now).toSeconds();
    }

    /** (cost − bound) / cost, 0 when proven optimal. */
    public Double gap() {
        if (bestCost == null || bound == null) {
            return null;
        }
        return optimal || bestCost == 0 ? 0.0 : Math.max(0, (bestCost - bound) / bestCost);
    }
}
