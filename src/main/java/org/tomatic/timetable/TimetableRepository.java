package org.tomatic.timetable;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class TimetableRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    public TimetableRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<LocalDate> weeks() {
        return jdbc.sql("SELECT week FROM timetable ORDER BY week").query(LocalDate.class).list();
    }

    public Optional<Timetable> find(LocalDate week) {
        record Row(String weekdays, String boundaries, String lineLabels, String state, Double cost, String snapshot) {}
        Optional<Row> row = jdbc.sql("""
                SELECT weekdays, boundaries, line_labels, state, cost, people_snapshot FROM timetable WHERE week = :w""")
            .param("w", week)
            .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, Double.class), rs.getString(6)))
            .optional();
        return row.map(r -> new Timetable(week,
            Arrays.stream(r.weekdays().split(",")).map(DayOfWeek::valueOf).toList(),
            split(r.boundaries()), split(r.lineLabels()), cells(week),
            Timetable.State.valueOf(r.state()), r.cost(), log(week), penalties(week), overload(week),
            r.snapshot() == null ? Timetable.PeopleSnapshot.EMPTY
                : JSON.readValue(r.snapshot(), Timetable.PeopleSnapshot.class)));
    }

    /** Stores the timetable, replacing any earlier one of the same week. */
    public void replace(Timetable t, LocalDateTime now) {
        delete(t.week());
        jdbc.sql("""
                INSERT INTO timetable (week, weekdays, boundaries, lines, line_labels, state, cost, people_snapshot, created_at)
                VALUES (:w, :days, :bounds, :lines, :labels, :state, :cost, :snapshot, :now)""")
            .param("w", t.week())
            .param("days", t.days().stream().map(Enum::name).collect(Collectors.joining(",")))
            .param("bounds", String.join(",", t.boundaries()))
            .param("lines", t.lineLabels().size())
            .param("labels", String.join(",", t.lineLabels()))
            .param("state", t.state().name())
            .param("cost", t.cost())
            .param("snapshot", JSON.writeValueAsString(t.people()))
            .param("now", now)
            .update();
        for (Timetable.Cell c : t.cells()) {
            jdbc.sql("""
                    INSERT INTO timetable_cell (week, weekday, turn, line, person_id, holiday)
                    VALUES (:w, :d, :t, :l, :p, :h)""")
                .param("w", t.week()).param("d", c.day().name()).param("t", c.turn()).param("l", c.line())
                .param("p", c.personId()).param("h", c.holiday()).update();
        }
        for (int i = 0; i < t.log().size(); i++) {
            jdbc.sql("INSERT INTO timetable_log (week, seq, message) VALUES (:w, :i, :m)")
                .param("w", t.week()).param("i", i).param("m", t.log().get(i)).update();
        }
        for (int i = 0; i < t.penalties().size(); i++) {
            jdbc.sql("INSERT INTO timetable_penalty (week, seq, cost, reason) VALUES (:w, :i, :c, :r)")
                .param("w", t.week()).param("i", i).param("c", t.penalties().get(i).cost())
                .param("r", t.penalties().get(i).reason()).update();
        }
        for (Map.Entry<String, Double> e : t.overload().entrySet()) {
            jdbc.sql("INSERT INTO timetable_overload (week, person_id, overload) VALUES (:w, :p, :o)")
                .param("w", t.week()).param("p", e.getKey()).param("o", e.getValue()).update();
        }
    }

    public Optional<Integer> version(LocalDate week) {
        return jdbc.sql("SELECT version FROM timetable WHERE week = :w").param("w", week).query(Integer.class)
            .optional();
    }

    /** Sets one cell if the week is still at {@code expectedVersion}; false if someone changed it meanwhile. */
    public boolean setCell(LocalDate week, DayOfWeek day, int turn, int line, String person, int expectedVersion) {
        int bumped = jdbc.sql("UPDATE timetable SET version = version + 1 WHERE week = :w AND version = :v")
            .param("w", week).param("v", expectedVersion).update();
        if (bumped == 0) {
            return false;
        }
        jdbc.sql("""
                UPDATE timetable_cell SET person_id = :p
                WHERE week = :w AND weekday = :d AND turn = :t AND line = :l""")
            .param("p", person).param("w", week).param("d", day.name()).param("t", turn).param("l", line).update();
        return true;
    }

    /** Adds {@code delta} to a person's overload of the week (what the week adds to their credit). */
    public void adjustOverload(LocalDate week, String person, double delta) {
        int updated = jdbc.sql("UPDATE timetable_overload SET overload = overload + :d WHERE week = :w AND person_id = :p")
            .param("d", delta).param("w", week).param("p", person).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO timetable_overload (week, person_id, overload) VALUES (:w, :p, :d)")
                .param("w", week).param("p", person).param("d", delta).update();
        }
    }

    public long addChange(LocalDate week, Change change) {
        org.springframework.jdbc.support.KeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO timetable_change (week, changed_at, changed_by, weekday, turn, line, before_person,
                                              after_person, reason, kind, undoes)
                VALUES (:w, :at, :by, :d, :t, :l, :before, :after, :reason, :kind, :undoes)""")
            .param("w", week).param("at", change.at()).param("by", change.by()).param("d", change.day().name())
            .param("t", change.turn()).param("l", change.line()).param("before", change.before())
            .param("after", change.after()).param("reason", change.reason()).param("kind", change.kind().name())
            .param("undoes", change.undoes())
            .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The week's changes, newest first. */
    public List<Change> changes(LocalDate week) {
        return jdbc.sql("SELECT * FROM timetable_change WHERE week = :w ORDER BY id DESC").param("w", week)
            .query((rs, n) -> new Change(rs.getLong("id"), rs.getObject("changed_at", LocalDateTime.class),
                rs.getString("changed_by"), DayOfWeek.valueOf(rs.getString("weekday")), rs.getInt("turn"),
                rs.getInt("line"), rs.getString("before_person"), rs.getString("after_person"),
                rs.getString("reason"), Change.Kind.valueOf(rs.getString("kind")),
                rs.getObject("undoes", Long.class)))
            .list();
    }

    public void delete(LocalDate week) {
        jdbc.sql("DELETE FROM timetable WHERE week = :w").param("w", week).update();
    }

    private List<Timetable.Cell> cells(LocalDate week) {
        return jdbc.sql("SELECT * FROM timetable_cell WHERE week = :w ORDER BY weekday, turn, line").param("w", week)
            .query((rs, n) -> new Timetable.Cell(DayOfWeek.valueOf(rs.getString("weekday")), rs.getInt("turn"),
                rs.getInt("line"), rs.getString("person_id"), rs.getBoolean("holiday")))
            .list();
    }

    private List<String> log(LocalDate week) {
        return jdbc.sql("SELECT message FROM timetable_log WHERE week = :w ORDER BY seq").param("w", week)
            .query(String.class).list();
    }

    private List<Timetable.Penalty> penalties(LocalDate week) {
        return jdbc.sql("SELECT cost, reason FROM timetable_penalty WHERE week = :w ORDER BY seq").param("w", week)
            .query((rs, n) -> new Timetable.Penalty(rs.getDouble(1), rs.getString(2))).list();
    }

    private Map<String, Double> overload(LocalDate week) {
        Map<String, Double> overload = new HashMap<>();
        jdbc.sql("SELECT person_id, overload FROM timetable_overload WHERE week = :w").param("w", week)
            .query(rs -> {
                overload.put(rs.getString(1), rs.getDouble(2));
            });
        return overload;
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(csv.split(",")));
    }
}
