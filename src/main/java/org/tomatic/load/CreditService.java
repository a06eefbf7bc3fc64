package org.tomatic.load;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tomatic.system.AuditLog;

/**
 * Turn credit: what each person did more (+) or less (−) than owed. The credit at a week is the
 * newest snapshot on or before it plus the overload of every published timetable from the
 * snapshot's week up to (not including) that week. (A snapshot of week W is the credit W was
 * planned with, as the old tool wrote it, so W's own overload comes on top.)
 */
@Service
public class CreditService {

    private final CreditRepository snapshots;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    public CreditService(CreditRepository snapshots, JdbcClient jdbc, AuditLog audit) {
        this.snapshots = snapshots;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public Map<String, Double> creditAt(LocalDate week) {
        LocalDate since = snapshots.weeks().stream().filter(w -> !w.isAfter(week)).reduce((a, b) -> b).orElse(null);
        Map<String, Double> credit = new HashMap<>(since == null ? Map.of() : snapshots.snapshot(since));
        jdbc.sql("""
                SELECT o.person_id, SUM(o.overload) FROM timetable_overload o JOIN timetable t ON t.week = o.week
                WHERE t.state = 'PUBLISHED' AND o.week < :week AND o.week >= :since
                GROUP BY o.person_id""")
            .param("week", week).param("since", since == null ? LocalDate.of(1970, 1, 5) : since)
            .query(rs -> {
                credit.merge(rs.getString(1), rs.getDouble(2), Double::sum);
            });
        credit.replaceAll((person, value) -> Math.round(value * 10) / 10.0);
        return credit;
    }

    /** Forgives everyone's credit from this week on: a snapshot of zeros, audited. */
    @Transactional
    public void forgive(LocalDate week, List<String> people, String actor) {
        Map<String, Double> zeros = new HashMap<>();
        people.forEach(p -> zeros.put(p, 0.0));
        snapshots.replaceSnapshot(week, zeros);
        audit.record(actor, "credit", week.toString(), "forgive", "credit reset to 0 for " + people.size() + " people");
    }
}
