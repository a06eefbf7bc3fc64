package org.tomatic.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tomatic.system.ConflictException;

@Repository
public class PersonRepository {

    private final JdbcClient jdbc;

    public PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Person> findAll() {
        List<Person> persons = jdbc.sql("SELECT * FROM person ORDER BY name, id").query(PersonRepository::row).list();
        return withGroups(persons, allGroups());
    }

    public Optional<Person> findById(String id) {
        return one(jdbc.sql("SELECT * FROM person WHERE id = :id").param("id", id)
            .query(PersonRepository::row).optional());
    }

    public Optional<Person> findByEmail(String email) {
        return one(jdbc.sql("SELECT * FROM person WHERE LOWER(email) = LOWER(:email)").param("email", email)
            .query(PersonRepository::row).optional());
    }

    /** The person with this extension (extensions are unique), if any. */
    public Optional<Person> findByExtension(String extension) {
        return one(jdbc.sql("SELECT * FROM person WHERE extension = :ext").param("ext", extension)
            .query(PersonRepository::row).optional());
    }

    public boolean exists(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM person WHERE id = :id").param("id", id).query(Integer.class).single() > 0;
    }

    public boolean emailTakenByOther(String email, String id) {
        return jdbc.sql("SELECT COUNT(*) FROM person WHERE LOWER(email) = LOWER(:email) AND id <> :id")
            .param("email", email).param("id", id).query(Integer.class).single() > 0;
    }

    public boolean extensionTakenByOther(String extension, String id) {
        return jdbc.sql("SELECT COUNT(*) FROM person WHERE extension = :ext AND id <> :id")
            .param("ext", extension).param("id", id).query(Integer.class).single() > 0;
    }

    public int count() {
        return jdbc.sql("SELECT COUNT(*) FROM person").query(Integer.class).single();
    }

    /** What a logged-in session of this person may do now: read on every request. */
    public record Rights(boolean active, Role role, int sessionEpoch) {}

    public Optional<Rights> rights(String id) {
        return jdbc.sql("SELECT active, role, session_epoch FROM person WHERE id = :id").param("id", id)
            .query((rs, n) -> new Rights(rs.getBoolean("active"), Role.valueOf(rs.getString("role")),
                rs.getInt("session_epoch")))
            .optional();
    }

    /** The theme the person chose ("light" or "dark"), none when they follow the system. */
    public Optional<String> theme(String id) {
        return jdbc.sql("SELECT theme FROM person WHERE id = :id").param("id", id).query(String.class).optional()
            .filter(java.util.Objects::nonNull);
    }

    public void setTheme(String id, String theme) {
        jdbc.sql("UPDATE person SET theme = :theme WHERE id = :id").param("theme", theme).param("id", id).update();
    }

    /** Active administrators other than this person (there must always be one). */
    public int otherActiveAdmins(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM person WHERE role = 'ADMIN' AND active = TRUE AND id <> :id")
            .param("id", id).query(Integer.class).single();
    }

    /** Whether some active administrator can log in with a local password. */
    public boolean anyActiveAdmin() {
        return jdbc.sql("SELECT COUNT(*) FROM person WHERE role = 'ADMIN' AND active = TRUE AND password_hash IS NOT NULL")
            .query(Integer.class).single() > 0;
    }

    /** Who sits at each desk, for the desk picker. */
    public Map<Integer, List<String>> deskOccupants() {
        Map<Integer, List<String>> desks = new HashMap<>();
        jdbc.sql("SELECT desk, name FROM person WHERE desk IS NOT NULL AND active = TRUE ORDER BY desk, name")
            .query(rs -> {
                desks.computeIfAbsent(rs.getInt("desk"), d -> new ArrayList<>()).add(rs.getString("name"));
            });
        return desks;
    }

    public List<String> allGroupNames() {
        return jdbc.sql("SELECT DISTINCT group_name FROM person_group ORDER BY group_name").query(String.class).list();
    }

    public void insert(Person p) {
        jdbc.sql("""
                INSERT INTO person (id, name, email, extension, erp_user, colour, desk, ideal_load, max_per_day,
                                    active, role, version)
                VALUES (:id, :name, :email, :extension, :erpUser, :colour, :desk, :idealLoad, :maxPerDay,
                        :active, :role, 0)""")
            .params(params(p)).update();
        replaceGroups(p.id(), p.groups());
    }

    /** Updates the person if nobody changed it since {@code p.version()} was read. */
    public void update(Person p) {
        int updated = jdbc.sql("""
                UPDATE person SET
                  session_epoch = session_epoch + CASE WHEN role <> :role OR active <> :active THEN 1 ELSE 0 END,
                  name = :name, email = :email, extension = :extension, erp_user = :erpUser,
                  colour = :colour, desk = :desk, ideal_load = :idealLoad, max_per_day = :maxPerDay,
                  active = :active, role = :role, version = version + 1
                WHERE id = :id AND version = :version""")
            .params(params(p)).param("version", p.version()).update();
        if (updated == 0) {
            throw new ConflictException("Someone else changed " + p.id() + " meanwhile; reload to see their change.");
        }
        replaceGroups(p.id(), p.groups());
    }

    public void delete(String id) {
        jdbc.sql("DELETE FROM person WHERE id = :id").param("id", id).update();
    }

    public Optional<String> passwordHash(String id) {
        return jdbc.sql("SELECT password_hash FROM person WHERE id = :id AND active = TRUE").param("id", id)
            .query(String.class).optional();
    }

    public void setPasswordHash(String id, String hash) {
        jdbc.sql("UPDATE person SET password_hash = :hash, session_epoch = session_epoch + 1 WHERE id = :id")
            .param("hash", hash).param("id", id).update();
    }

    /** Whether the person appears in any timetable or credit history (then deactivate, don't delete). */
    public boolean hasHistory(String id) {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM timetable_cell WHERE person_id = :id)
                     + (SELECT COUNT(*) FROM timetable_overload WHERE person_id = :id)
                     + (SELECT COUNT(*) FROM turn_credit WHERE person_id = :id)""")
            .param("id", id).query(Long.class).single() > 0;
    }

    private void replaceGroups(String id, List<String> groups) {
        jdbc.sql("DELETE FROM person_group WHERE person_id = :id").param("id", id).update();
        for (String group : groups) {
            jdbc.sql("INSERT INTO person_group (person_id, group_name) VALUES (:id, :group)")
                .param("id", id).param("group", group).update();
        }
    }

    // Persons are read first and their groups after, once the person rows are closed: a row mapper
    // that ran the groups query would take a second pooled connection while holding the first, and
    // enough concurrent requests doing that hold every connection and wait for one more.

    private Optional<Person> one(Optional<Person> person) {
        return person.map(p -> withGroups(List.of(p), groupsOf(List.of(p.id()))).get(0));
    }

    private Map<String, List<String>> groupsOf(List<String> ids) {
        Map<String, List<String>> groups = new HashMap<>();
        jdbc.sql("SELECT person_id, group_name FROM person_group WHERE person_id IN (:ids) ORDER BY group_name")
            .param("ids", ids).query(rs -> {
                groups.computeIfAbsent(rs.getString("person_id"), k -> new ArrayList<>()).add(rs.getString("group_name"));
            });
        return groups;
    }

    private Map<String, List<String>> allGroups() {
        Map<String, List<String>> groups = new HashMap<>();
        jdbc.sql("SELECT person_id, group_name FROM person_group ORDER BY group_name").query(rs -> {
            groups.computeIfAbsent(rs.getString("person_id"), k -> new ArrayList<>()).add(rs.getString("group_name"));
        });
        return groups;
    }

    private static List<Person> withGroups(List<Person> persons, Map<String, List<String>> groups) {
        List<Person> result = new ArrayList<>(persons.size());
        for (Person p : persons) {
            result.add(new Person(p.id(), p.name(), p.email(), p.extension(), p.erpUser(), p.colour(), p.desk(),
                groups.getOrDefault(p.id(), List.of()), p.idealLoad(), p.maxPerDay(), p.active(), p.role(), p.version()));
        }
        return result;
    }

    private static Map<String, Object> params(Person p) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", p.id());
        params.put("name", p.name());
        params.put("email", p.email());
        params.put("extension", p.extension());
        params.put("erpUser", p.erpUser());
        params.put("colour", p.colour());
        params.put("desk", p.desk());
        params.put("idealLoad", p.idealLoad());
        params.put("maxPerDay", p.maxPerDay());
        params.put("active", p.active());
        params.put("role", p.role().name());
        return params;
    }

    /** A person row without its groups ({@link #withGroups} adds them once the rows are read). */
    private static Person row(ResultSet rs, int n) throws SQLException {
        return new Person(rs.getString("id"), rs.getString("name"), rs.getString("email"), rs.getString("extension"),
            rs.getString("erp_user"), rs.getString("colour"), (Integer) rs.getObject("desk", Integer.class), List.of(),
            rs.getObject("ideal_load", Integer.class), rs.getObject("max_per_day", Integer.class),
            rs.getBoolean("active"), Role.valueOf(rs.getString("role")), rs.getInt("version"));
    }
}
