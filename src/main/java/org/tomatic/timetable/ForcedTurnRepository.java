package org.tomatic.timetable;

import java.time.DayOfWeek;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ForcedTurnRepository {

    private final JdbcClient jdbc;

    public ForcedTurnRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ForcedTurn> all() {
        return jdbc.sql("SELECT * FROM forced_turn ORDER BY weekday, turn, line")
            .query((rs, n) -> new ForcedTurn(DayOfWeek.valueOf(rs.getString("weekday")), rs.getInt("turn"),
                rs.getInt("line"), rs.getString("person_id")))
            .list();
    }

    public void replaceAll(List<ForcedTurn> turns) {
        jdbc.sql("DELETE FROM forced_turn").update();
        for (ForcedTurn t : turns) {
            jdbc.sql("INSERT INTO forced_turn (weekday, turn, line, person_id) VALUES (:d, :t, :l, :p)")
                .param("d", t.day().name()).param("t", t.turn()).param("l", t.line()).param("p", t.personId())
                .update();
        }
    }
}
