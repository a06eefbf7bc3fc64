package org.tomatic.availability;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.tomatic.system.ConflictException;

@Repository
public class AvailabilityRepository {

    private static final RowMapper<BusyEntry> BUSY = (rs, n) -> new BusyEntry(rs.getLong("id"),
        rs.getString("person_id"),
        rs.getString("weekday") == null ? null : DayOfWeek.valueOf(rs.getString("weekday")),
        rs.getObject("on_date", LocalDate.class), rs.getString("turns"), rs.getBoolean("required"),
        rs.getString("reason"), rs.getInt("version"));

    private static final RowMapper<Leave> LEAVE = (rs, n) -> new Leave(rs.getLong("id"), rs.getString("person_id"),
        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
        LeaveKind.valueOf(rs.getString("kind")), rs.getString("note"), rs.getInt("version"));

    private static final RowMapper<DayOff> DAY_OFF = (rs, n) ->
        new DayOff(rs.getObject("on_date", LocalDate.class), rs.getString("name"));

    private final JdbcClient jdbc;

    public AvailabilityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ------------------------------------------------------------ busy entries

    public List<BusyEntry> busyOf(String personId) {
        return jdbc.sql("""
                SELECT * FROM busy_entry WHERE person_id = :p
                ORDER BY on_date NULLS FIRST, weekday NULLS FIRST, turns DESC, id""")
            .param("p", personId).query(BUSY).list();
    }

    public List<BusyEntry> allBusy() {
        return jdbc.sql("SELECT * FROM busy_entry ORDER BY person_id, on_date NULLS FIRST, weekday NULLS FIRST, id")
            .query(BUSY).list();
    }

    public Optional<BusyEntry> busy(long id) {
        return jdbc.sql("SELECT * FROM busy_entry WHERE id = :id").param("id", id).query(BUSY).optional();
    }

    public long insertBusy(BusyEntry e) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO busy_entry (person_id, weekday, on_date, turns, required, reason)
                VALUES (:p, :weekday, :date, :turns, :required, :reason)""")
            .params(busyParams(e)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void updateBusy(BusyEntry e) {
        int updated = jdbc.sql("""
                UPDATE busy_entry SET weekday = :weekday, on_date = :date, turns = :turns, required = :required,
                  reason = :reason, version = version + 1
                WHERE id = :id AND version = :version""")
            .params(busyParams(e)).param("id", e.id()).param("version", e.version()).update();
        if (updated == 0) {
            throw new ConflictException("This busy entry was changed or deleted by someone else meanwhile.");
        }
    }

    public void deleteBusy(long id) {
        jdbc.sql("DELETE FROM busy_entry WHERE id = :id").param("id", id).update();
    }

    // ------------------------------------------------------------ leaves

    public List<Leave> leavesOf(String personId) {
        return jdbc.sql("SELECT * FROM person_leave WHERE person_id = :p ORDER BY start_date NULLS FIRST, id")
            .param("p", personId).query(LEAVE).list();
    }

    public List<Leave> allLeaves() {
        return jdbc.sql("SELECT * FROM person_leave ORDER BY person_id, start_date NULLS FIRST, id").query(LEAVE).list();
    }

    public Optional<Leave> leave(long id) {
        return jdbc.sql("SELECT * FROM person_leave WHERE id = :id").param("id", id).query(LEAVE).optional();
    }

    public void insertLeave(Leave l) {
        jdbc.sql("""
                INSERT INTO person_leave (person_id, start_date, end_date, kind, note)
                VALUES (:p, :start, :end, :kind, :note)""")
            .params(leaveParams(l)).update();
    }

    public void deleteLeave(long id) {
        jdbc.sql("DELETE FROM person_leave WHERE id = :id").param("id", id).update();
    }

    // ------------------------------------------------------------ holidays and no-service days

    public List<DayOff> holidays() {
        return jdbc.sql("SELECT on_date, name FROM holiday ORDER BY on_date").query(DAY_OFF).list();
    }

    public List<DayOff> noServiceDays() {
        return jdbc.sql("SELECT on_date, name FROM no_service_day ORDER BY on_date").query(DAY_OFF).list();
    }

    /** Adds or renames a holiday (table = holiday or no_service_day). */
    public void putDayOff(DayOffKind kind, DayOff day) {
        String table = kind.table();
        int updated = jdbc.sql("UPDATE " + table + " SET name = :name WHERE on_date = :d")
            .param("name", day.name()).param("d", day.date()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO " + table + " (on_date, name) VALUES (:d, :name)")
                .param("name", day.name()).param("d", day.date()).update();
        }
    }

    public void deleteDayOff(DayOffKind kind, LocalDate date) {
        jdbc.sql("DELETE FROM " + kind.table() + " WHERE on_date = :d").param("d", date).update();
    }

    public Optional<DayOff> dayOff(DayOffKind kind, LocalDate date) {
        return jdbc.sql("SELECT on_date, name FROM " + kind.table() + " WHERE on_date = :d").param("d", date)
            .query(DAY_OFF).optional();
    }

    private static Map<String, Object> busyParams(BusyEntry e) {
        Map<String, Object> p = new HashMap<>();
        p.put("p", e.personId());
        p.put("weekday", e.weekday() == null ? null : e.weekday().name());
        p.put("date", e.date());
        p.put("turns", e.turns());
        p.put("required", e.required());
        p.put("reason", e.reason());
        return p;
    }

    private static Map<String, Object> leaveParams(Leave l) {
        Map<String, Object> p = new HashMap<>();
        p.put("p", l.personId());
        p.put("start", l.start());
        p.put("end", l.end());
        p.put("kind", l.kind().name());
        p.put("note", l.note());
        return p;
    }
}
