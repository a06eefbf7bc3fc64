package org.tomatic.staffing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Set;

import org.tomatic.pbx.CallerArrivals;
import org.tomatic.system.TurnGrid;

/**
 * Callers an hour per turn of a turn grid, for the simulated PBX: a rate per date × turn, none outside the turns, on
 * the grid's other weekdays and on closed days; a turn's rate holds until its end, the closed time until the next
 * boundary or midnight (in the grid's zone). Pure computation.
 */
final class TurnRates implements CallerArrivals {

    /** Callers an hour in one turn of one day. */
    interface PerTurn {
        double perHour(LocalDate date, int turn);
    }

    private final TurnGrid grid;
    private final Set<LocalDate> closed;
    private final PerTurn rates;

    TurnRates(TurnGrid grid, Set<LocalDate> closed, PerTurn rates) {
        this.grid = grid;
        this.closed = closed;
        this.rates = rates;
    }

    @Override
    public Rate at(Instant at) {
        ZonedDateTime local = at.atZone(grid.timeZone());
        int turn = turnAt(grid, closed, local);
        Instant until = nextBoundary(grid, local);
        return new Rate(turn < 0 ? 0 : Math.max(0, rates.perHour(local.toLocalDate(), turn)), until);
    }

    /** The turn on at a local moment, −1 when none (out of hours, another weekday, a closed day). */
    static int turnAt(TurnGrid grid, Set<LocalDate> closed, ZonedDateTime local) {
        LocalDate date = local.toLocalDate();
        if (!grid.weekdays().contains(date.getDayOfWeek()) || closed.contains(date)) {
            return -1;
        }
        return Demand.turnAt(grid, local.toLocalTime());
    }

    /** The next turn boundary after a local moment that day, else the next midnight. */
    static Instant nextBoundary(TurnGrid grid, ZonedDateTime local) {
        LocalTime time = local.toLocalTime();
        for (LocalTime b : grid.boundaries()) {
            if (b.isAfter(time)) {
                Instant next = local.toLocalDate().atTime(b).atZone(grid.timeZone()).toInstant();
                if (next.isAfter(local.toInstant())) {
                    return next;
                }
            }
        }
        Instant midnight = local.toLocalDate().plusDays(1).atStartOfDay(grid.timeZone()).toInstant();
        return midnight.isAfter(local.toInstant()) ? midnight : local.toInstant().plus(Duration.ofHours(1));
    }
}
