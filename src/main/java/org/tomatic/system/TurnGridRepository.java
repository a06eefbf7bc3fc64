package org.tomatic.system;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class TurnGridRepository {

    private final JdbcClient jdbc;

    public TurnGridRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public TurnGrid get() {
        return jdbc.sql("SELECT * FROM turn_grid WHERE id = 1").query((rs, n) -> new TurnGrid(
                Arrays.stream(rs.getString("weekdays").split(",")).map(DayOfWeek::valueOf).toList(),
                Arrays.stream(rs.getString("boundaries").split(",")).map(LocalTime::parse).toList(),
                rs.getInt("lines"),
                ZoneId.of(rs.getString("time_zone")),
                rs.getInt("max_per_day"),
                rs.getDouble("max_overload"),
                rs.getInt("max_holes_per_turn"),
                rs.getInt("version")))
            .single();
    }

    /** Saves the grid if nobody changed it since {@code grid.version()} was read. */
    public void save(TurnGrid grid) {
        int updated = jdbc.sql("""
                UPDATE turn_grid SET weekdays = :weekdays, boundaries = :boundaries, lines = :lines,
                  time_zone = :zone, max_per_day = :maxPerDay, max_overload = :maxOverload,
                  max_holes_per_turn = :maxHoles, version = version + 1
                WHERE id = 1 AND version = :version""")
            .param("weekdays", join(grid.weekdays()))
            .param("boundaries", join(grid.boundaries()))
            .param("lines", grid.lines())
            .param("zone", grid.timeZone().getId())
            .param("maxPerDay", grid.maxPerDay())
            .param("maxOverload", grid.maxOverload())
            .param("maxHoles", grid.maxHolesPerTurn())
            .param("version", grid.version())
            .update();
        if (updated == 0) {
            throw new ConflictException("The turn grid was changed by someone else meanwhile; reload and try again.");
        }
    }

    private static String join(List<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.joining(","));
    }
}
