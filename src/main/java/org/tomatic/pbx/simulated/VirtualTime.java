package org.tomatic.pbx.simulated;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * Simulated time for the {@link SimulatedPbx}: a clock that stands still until {@link #runUntil} moves it from one
 * scheduled step to the next and runs each at its moment, in order (a discrete-event simulation). The queue behaves
 * as it does in real time, step for step; a week of calls takes milliseconds. For one thread only.
 */
public final class VirtualTime extends Clock implements SimulatedPbx.Scheduler {

    private record Task(Instant at, long order, Runnable action) {}

    private final PriorityQueue<Task> tasks = new PriorityQueue<>(
        Comparator.comparing(Task::at).thenComparingLong(Task::order));
    private Instant now;
    private long order;
    private boolean shutdown;

    public VirtualTime(Instant start) {
        this.now = start;
    }

    @Override
    public void schedule(Duration delay, Runnable task) {
        at(now.plus(delay.isNegative() ? Duration.ZERO : delay), task);
    }

    /** Runs {@code task} at {@code at} (now, if that is past). */
    public void at(Instant at, Runnable task) {
        if (!shutdown) {
            tasks.add(new Task(at.isBefore(now) ? now : at, order++, task));
        }
    }

    /** Runs every step due until {@code end}, those they schedule included, and leaves the clock at {@code end}. */
    public void runUntil(Instant end) {
        while (!tasks.isEmpty() && !tasks.peek().at().isAfter(end)) {
            Task next = tasks.poll();
            now = next.at();
            next.action().run();
        }
        if (end.isAfter(now)) {
            now = end;
        }
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public void shutdown() {
        shutdown = true;
        tasks.clear();
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same time, seen in another zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        VirtualTime time = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return time.withZone(other);
            }

            @Override
            public Instant instant() {
                return time.instant();
            }
        };
    }
}
