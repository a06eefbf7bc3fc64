package org.tomatic.timetable;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tomatic.system.ConflictException;
import tools.jackson.databind.json.JsonMapper;
import org.tomatic.system.Utc;

@Repository
public class TimetableRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The version a caller expects of a week that has no timetable yet (see {@link #store}). */
    public static final int NO_TIMETABLE = -1;

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

    /** Stores the timetable: {@link #store} at whatever version the week has now. */
    public int replace(Timetable t, Instant now) {
        return store(t, null, now);
    }

    /**
     * Stores the week's timetable. A week without one is created (version 0). A week that has one
     * keeps its row, its version history and its change log: everything else (grid, cells, planner
     * log, penalties, overload, state, cost, people snapshot) is replaced and the version goes up by
     * one, like a cell edit, so that an edit prepared before is refused as stale.
     *
     * @param expectedVersion the version the caller read ({@link #NO_TIMETABLE} if it saw no
     *                        timetable); null to take the week as it is now (a concurrent store
     *                        still conflicts)
     * @return the week's version after the store
     * @throws ConflictException when the week is no longer at the expected version, or someone
     *                           else created or changed it at the same moment
     */
    public int store(Timetable t, Integer expectedVersion, Instant now) {
        try {
            Optional<Integer> current = version(t.week());
            if (current.isEmpty()) {
                if (expectedVersion != null && expectedVersion != NO_TIMETABLE) {
                    throw conflict(t.week());
                }
                insertWeek(t, now);
                insertContent(t);
                return 0;
            }
            int expected = expectedVersion == null ? current.get() : expectedVersion;
            // The version check and the bump are one statement: of two stores at the same moment,
            // the second waits for the first's row lock and then matches no row.
            int updated = jdbc.sql("""
                    UPDATE timetable SET weekdays = :days, boundaries = :bounds, lines = :lines,
                      line_labels = :labels, state = :state, cost = :cost, people_snapshot = :snapshot,
                      version = version + 1
                    WHERE week = :w AND version = :v""")
                .param("w", t.week()).param("v", expected)
                .params(row(t))
                .update();
            if (updated == 0) {
                throw conflict(t.week());
            }
            for (String table : List.of("timetable_cell", "timetable_log", "timetable_penalty", "timetable_overload")) {
                jdbc.sql("DELETE FROM " + table + " WHERE week = :w").param("w", t.week()).update();
            }
            insertContent(t);
            return expected + 1;
        } catch (DuplicateKeyException | ConcurrencyFailureException e) {
            // Created by someone else at the same moment (or their lock outlasted ours).
            throw conflict(t.week());
        }
    }

    private static ConflictException conflict(LocalDate week) {
        return new ConflictException("Someone else published or changed the timetable of the week of " + week
            + " meanwhile. Reload and try again.");
    }

    private void insertWeek(Timetable t, Instant now) {
        jdbc.sql("""
                INSERT INTO timetable (week, weekdays, boundaries, lines, line_labels, state, cost, people_snapshot, created_at)
                VALUES (:w, :days, :bounds, :lines, :labels, :state, :cost, :snapshot, :now)""")
            .param("w", t.week())
            .params(row(t))
            .param("now", Utc.db(now))
            .update();
    }

    /** The week's own columns (the row of table timetable), as named parameters. */
    private static Map<String, Object> row(Timetable t) {
        Map<String, Object> row = new HashMap<>();
        row.put("days", t.days().stream().map(Enum::name).collect(Collectors.joining(",")));
        row.put("bounds", String.join(",", t.boundaries()));
        row.put("lines", t.lineLabels().size());
        row.put("labels", String.join(",", t.lineLabels()));
        row.put("state", t.state().name());
        row.put("cost", t.cost());
        row.put("snapshot", JSON.writeValueAsString(t.people()));
        return row;
    }

    /** Cells, planner log, penalties and overload of a week whose row exists and holds none. */
    private void insertContent(Timetable t) {
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
            Timetable.Penalty p = t.penalties().get(i);
            jdbc.sql("""
                    INSERT INTO timetable_penalty (week, seq, cost, reason, kind, person_id, weekday, turn, amount, detail)
                    VALUES (:w, :i, :c, :r, :kind, :person, :day, :turn, :amount, :detail)""")
                .param("w", t.week()).param("i", i).param("c", p.cost()).param("r", p.reason())
                .param("kind", p.kind()).param("person", p.person())
                .param("day", p.day() == null ? null : p.day().name()).param("turn", p.turn())
                .param("amount", p.amount()).param("detail", p.detail()).update();
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

    /**
     * Adds a last line to the week, labelled {@code label}: an empty cell in every turn (a holiday where the day
     * is one), if the week is still at {@code expectedVersion}; false if someone changed it meanwhile.
     */
    public boolean addLine(LocalDate week, String label, int expectedVersion) {
        Timetable t = find(week).orElse(null);
        if (t == null || !bump(week, expectedVersion)) {
            return false;
        }
        int line = t.lineLabels().size();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Timetable.Cell c : t.cells()) {
            if (seen.add(c.day() + "/" + c.turn())) {
                boolean holiday = t.cells().stream().anyMatch(o -> o.day() == c.day() && o.turn() == c.turn()
                    && o.holiday());
                jdbc.sql("""
                        INSERT INTO timetable_cell (week, weekday, turn, line, person_id, holiday)
                        VALUES (:w, :d, :t, :l, NULL, :h)""")
                    .param("w", week).param("d", c.day().name()).param("t", c.turn()).param("l", line)
                    .param("h", holiday).update();
            }
        }
        List<String> labels = new ArrayList<>(t.lineLabels());
        labels.add(label);
        setLines(week, labels);
        return true;
    }

    /** Removes the week's last line and its cells if the week is still at {@code expectedVersion}. */
    public boolean removeLastLine(LocalDate week, int expectedVersion) {
        Timetable t = find(week).orElse(null);
        if (t == null || t.lineLabels().isEmpty() || !bump(week, expectedVersion)) {
            return false;
        }
        int line = t.lineLabels().size() - 1;
        jdbc.sql("DELETE FROM timetable_cell WHERE week = :w AND line = :l").param("w", week).param("l", line).update();
        setLines(week, t.lineLabels().subList(0, line));
        return true;
    }

    private boolean bump(LocalDate week, int expectedVersion) {
        return jdbc.sql("UPDATE timetable SET version = version + 1 WHERE week = :w AND version = :v")
            .param("w", week).param("v", expectedVersion).update() == 1;
    }

    private void setLines(LocalDate week, List<String> labels) {
        jdbc.sql("UPDATE timetable SET lines = :n, line_labels = :labels WHERE week = :w")
            .param("n", labels.size()).param("labels", String.join(",", labels)).param("w", week).update();
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

    /** Adds an entry to the week's change log; a whole-week change is stored without a cell. */
    public long addChange(LocalDate week, Change change) {
        boolean whole = change.wholeWeek();
        org.springframework.jdbc.support.KeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO timetable_change (week, changed_at, changed_by, weekday, turn, line, before_person,
                                              after_person, reason, kind, undoes, paired_with)
                VALUES (:w, :at, :by, :d, :t, :l, :before, :after, :reason, :kind, :undoes, :paired)""")
            .param("w", week).param("at", Utc.db(change.at())).param("by", change.by())
            .param("d", change.day() == null ? null : change.day().name())
            .param("t", change.day() == null ? null : change.turn()).param("l", whole ? null : change.line())
            .param("before", change.before())
            .param("after", change.after()).param("reason", change.reason()).param("kind", change.kind().name())
            .param("undoes", change.undoes()).param("paired", change.pairedWith())
            .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Who made the week's newest change, if it has any. */
    public Optional<String> lastChangeBy(LocalDate week) {
        return jdbc.sql("SELECT changed_by FROM timetable_change WHERE week = :w ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
            .param("w", week).query(String.class).optional();
    }

    /** The week's changes, newest first. */
    public List<Change> changes(LocalDate week) {
        return jdbc.sql("SELECT * FROM timetable_change WHERE week = :w ORDER BY id DESC").param("w", week)
            .query((rs, n) -> new Change(rs.getLong("id"), Utc.read(rs, "changed_at"),
                rs.getString("changed_by"),
                rs.getString("weekday") == null ? null : DayOfWeek.valueOf(rs.getString("weekday")),
                rs.getObject("turn") == null ? -1 : rs.getInt("turn"),
                rs.getObject("line") == null ? -1 : rs.getInt("line"),
                rs.getString("before_person"), rs.getString("after_person"),
                rs.getString("reason"), Change.Kind.valueOf(rs.getString("kind")),
                rs.getObject("undoes", Long.class), rs.getObject("paired_with", Long.class)))
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
        return jdbc.sql("SELECT * FROM timetable_penalty WHERE week = :w ORDER BY seq").param("w", week)
            .query((rs, n) -> new Timetable.Penalty(rs.getDouble("cost"), rs.getString("reason"), rs.getString("kind"),
                rs.getString("person_id"), rs.getString("weekday") == null ? null : DayOfWeek.valueOf(rs.getString("weekday")),
                rs.getObject("turn", Integer.class), rs.getObject("amount", Integer.class), rs.getString("detail")))
            .list();
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
