package org.tomatic.load;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Turn-credit snapshots: each person's credit as of a week. */
@Repository
public class CreditRepository {

    private final JdbcClient jdbc;

    public CreditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<LocalDate> weeks() {
        return jdbc.sql("SELECT DISTINCT week FROM turn_credit ORDER BY week").query(LocalDate.class).list();
    }

    public Map<String, Double> snapshot(LocalDate week) {
        Map<String, Double> credit = new LinkedHashMap<>();
        jdbc.sql("SELECT person_id, credit FROM turn_credit WHERE week = :w ORDER BY person_id").param("w", week)
            .query(rs -> {
                credit.put(rs.getString(1), rs.getDouble(2));
            });
        return credit;
    }

    public void replaceSnapshot(LocalDate week, Map<String, Double> credit) {
        jdbc.sql("DELETE FROM turn_credit WHERE week = :w").param("w", week).update();
        credit.forEach((person, value) -> jdbc.sql("INSERT INTO turn_credit (week, person_id, credit) VALUES (:w, :p, :c)")
            .param("w", week).param("p", person).param("c", value).update());
    }
}
