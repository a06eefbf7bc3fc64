package org.tomatic.pbx.switching;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tomatic.availability.AvailabilityRepository;
import org.tomatic.availability.DayOff;
import org.tomatic.system.TurnGrid;
import org.tomatic.system.TurnGridRepository;

/** Which turn is on at a moment: the turn grid's weekdays and boundaries in its time zone, minus holidays. */
@Component
public class TurnClock {

    private final TurnGridRepository grids;
    private final AvailabilityRepository availability;

    public TurnClock(TurnGridRepository grids, AvailabilityRepository availability) {
        this.grids = grids;
        this.availability = availability;
    }

    public TurnSlot slotAt(Instant at) {
        TurnGrid grid = grids.get();
        ZonedDateTime local = at.atZone(grid.timeZone());
        LocalDate date = local.toLocalDate();
        if (!grid.weekdays().contains(date.getDayOfWeek()) || dayOff(date).isPresent()) {
            return TurnSlot.closed(date);
        }
        LocalTime time = local.toLocalTime();
        List<LocalTime> b = grid.boundaries();
        for (int turn = 0; turn < grid.turns(); turn++) {
            if (!time.isBefore(b.get(turn)) && time.isBefore(b.get(turn + 1))) {
                return new TurnSlot(date, turn, b.get(turn), b.get(turn + 1));
            }
        }
        return TurnSlot.closed(date);
    }

    /** Turn {@code turn} of {@code date} with today's boundaries. */
    public TurnSlot slotAt(LocalDate date, int turn) {
        List<LocalTime> b = grids.get().boundaries();
        return turn + 1 < b.size() ? new TurnSlot(date, turn, b.get(turn), b.get(turn + 1)) : new TurnSlot(date, turn, null, null);
    }

    /** The holiday or no-service day on {@code date}, if it is one. */
    public Optional<DayOff> dayOff(LocalDate date) {
        return availability.holidays().stream().filter(d -> d.date().equals(date)).findFirst()
            .or(() -> availability.noServiceDays().stream().filter(d -> d.date().equals(date)).findFirst());
    }
}
