package org.tomatic.staffing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tomatic.pbx.CallerArrivals;
import org.tomatic.system.TurnGrid;
import org.tomatic.system.TurnGridRepository;

/**
 * The callers an hour the recorded calls say for the current weekday × turn (the staffing demand's
 * {@code callsPerHour}, in the team's zone), for the simulated PBX with {@code calls-per-hour=from-history}: none
 * out of hours, on holidays and no-service days. The demand is computed again at each turn change; within a turn
 * the grid and the closed days are read again every {@link #REREAD}. Without any recorded call the rate is 0, and
 * the log says so once.
 */
@Component
class HistoryArrivals implements CallerArrivals {

    /** Within a turn, the grid and the closed days are read again this often. */
    static final Duration REREAD = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(HistoryArrivals.class);

    private final Staffing staffing;
    private final TurnGridRepository grids;
    private final int weeks;
    private final AtomicBoolean toldNoHistory = new AtomicBoolean();

    /** The rate of the turn last asked about. */
    private record Slot(LocalDate date, int turn, double perHour) {}

    private volatile Slot last;

    HistoryArrivals(Staffing staffing, TurnGridRepository grids, StaffingProperties properties) {
        this.staffing = staffing;
        this.grids = grids;
        this.weeks = properties.weeks();
    }

    @Override
    public Rate at(Instant at) {
        TurnGrid grid = grids.get();
        ZonedDateTime local = at.atZone(grid.timeZone());
        Instant until = TurnRates.nextBoundary(grid, local);
        if (until.isAfter(at.plus(REREAD))) {
            until = at.plus(REREAD);
        }
        int turn = TurnRates.turnAt(grid, staffing.closedDays(), local);
        if (turn < 0) {
            return new Rate(0, until);
        }
        LocalDate date = local.toLocalDate();
        Slot slot = last;
        if (slot == null || !slot.date().equals(date) || slot.turn() != turn) {
            slot = new Slot(date, turn, perHour(staffing.demand(), date, turn));
            last = slot;
            log.debug("Simulated callers from the history: {} an hour on {} turn {}", slot.perHour(), date, turn);
        }
        return new Rate(slot.perHour(), until);
    }

    private double perHour(List<TurnDemand> demand, LocalDate date, int turn) {
        if (demand.stream().mapToInt(TurnDemand::calls).sum() == 0 && toldNoHistory.compareAndSet(false, true)) {
            log.info("The simulated PBX's callers follow the recorded calls (tomatic.pbx.simulated.calls-per-hour="
                + "from-history), and there are none in the last {} weeks: no caller arrives on their own until there "
                + "are (or set a number of calls an hour, e.g. 40)", weeks);
        }
        return demand.stream().filter(d -> d.weekday() == date.getDayOfWeek() && d.turn() == turn)
            .mapToDouble(TurnDemand::callsPerHour).findFirst().orElse(0);
    }
}
