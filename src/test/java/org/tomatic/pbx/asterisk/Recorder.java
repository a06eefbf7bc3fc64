package org.tomatic.pbx.asterisk;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.tomatic.pbx.PbxEvent;
import org.tomatic.pbx.PbxListener;

/** Keeps the events a {@link org.tomatic.pbx.Pbx} sends, and waits for them with a short poll. */
final class Recorder implements PbxListener {

    static final Duration PATIENCE = Duration.ofSeconds(10);

    private final List<PbxEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void on(PbxEvent event) {
        events.add(event);
    }

    List<PbxEvent> all() {
        return List.copyOf(events);
    }

    /** The events of one kind, in order. */
    <T extends PbxEvent> List<T> of(Class<T> kind) {
        return events.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** Everything but connection changes, in order. */
    List<PbxEvent> queueEvents() {
        return events.stream().filter(e -> !(e instanceof PbxEvent.ConnectionChanged)).toList();
    }

    void clear() {
        events.clear();
    }

    /** Waits until an event of this kind matching {@code test} has come, and returns the first such. */
    <T extends PbxEvent> T await(Class<T> kind, Predicate<T> test) {
        until(() -> of(kind).stream().anyMatch(test));
        return of(kind).stream().filter(test).findFirst().orElseThrow();
    }

    /** Waits until {@code count} events other than connection changes have come. */
    List<PbxEvent> awaitQueueEvents(int count) {
        until(() -> queueEvents().size() >= count);
        return queueEvents();
    }

    static void until(BooleanSupplier condition) {
        until(condition, PATIENCE);
    }

    static void until(BooleanSupplier condition, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still not so after " + patience.toMillis() + " ms");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
    }
}
