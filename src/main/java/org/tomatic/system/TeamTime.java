package org.tomatic.system;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;

/**
 * The team's clock: the time people see is in the turn grid's zone, whatever zone the JVM or the
 * server runs in. "Today", "this week" and every time shown or sent to a person come from here.
 */
@Component
public class TeamTime {

    private final Clock clock;
    private final TurnGridRepository grids;

    public TeamTime(Clock clock, TurnGridRepository grids) {
        this.clock = clock;
        this.grids = grids;
    }

    public ZoneId zone() {
        return grids.get().timeZone();
    }

    public Instant now() {
        return clock.instant();
    }

    public ZonedDateTime zonedNow() {
        return clock.instant().atZone(zone());
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone());
    }

    /** The team's wall-clock time of an instant (null stays null). */
    public LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone());
    }

    /** The instant the team's day begins. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone()).toInstant();
    }
}
