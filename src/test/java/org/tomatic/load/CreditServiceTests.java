package org.tomatic.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tomatic.IntegrationTest;
import org.tomatic.timetable.Timetable;
import org.tomatic.timetable.TimetableRepository;

/** Credit at a week = newest snapshot on or before it + overloads of the published weeks from it on. */
class CreditServiceTests extends IntegrationTest {

    static final LocalDate W1 = LocalDate.of(2026, 3, 2);

    @Autowired CreditService credit;
    @Autowired CreditRepository snapshots;
    @Autowired TimetableRepository timetables;

    private void published(LocalDate week, Map<String, Double> overload, Timetable.State state) {
        timetables.replace(new Timetable(week, List.of(DayOfWeek.MONDAY), List.of("09:00", "10:00"), List.of("L1"),
            List.of(), state, null, List.of(), List.of(), overload, Timetable.PeopleSnapshot.EMPTY), java.time.Instant.now());
    }

    @Test
    void addsTheOverloadsOfThePublishedWeeksSinceTheSnapshot() {
        snapshots.replaceSnapshot(W1, Map.of("anna", 1.0, "pau", -2.0));
        published(W1.minusWeeks(1), Map.of("anna", 5.0), Timetable.State.PUBLISHED);   // before the snapshot
        published(W1, Map.of("anna", 0.4, "pau", -0.6), Timetable.State.PUBLISHED);
        published(W1.plusWeeks(1), Map.of("anna", 0.4), Timetable.State.PUBLISHED);
        published(W1.plusWeeks(2), Map.of("anna", 9.0), Timetable.State.DRAFT);          // not published
        published(W1.plusWeeks(3), Map.of("anna", 7.0), Timetable.State.PUBLISHED);      // the week itself

        Map<String, Double> at = credit.creditAt(W1.plusWeeks(3));

        assertThat(at).containsEntry("anna", 1.8).containsEntry("pau", -2.6);
    }

    @Test
    void withoutSnapshotEveryPublishedWeekBeforeCounts() {
        published(W1, Map.of("anna", -0.6), Timetable.State.PUBLISHED);
        published(W1.plusWeeks(1), Map.of("anna", -0.6), Timetable.State.PUBLISHED);

        assertThat(credit.creditAt(W1.plusWeeks(2))).containsEntry("anna", -1.2);
        assertThat(credit.creditAt(W1)).isEmpty();
    }

    @Test
    void forgivingStartsAgainFromZeroAndIsAudited() {
        published(W1, Map.of("anna", 3.0), Timetable.State.PUBLISHED);

        credit.forgive(W1.plusWeeks(1), List.of("anna"), "admin");

        assertThat(credit.creditAt(W1.plusWeeks(1))).containsEntry("anna", 0.0);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE entity = 'credit' AND action = 'forgive'")
            .query(Integer.class).single()).isEqualTo(1);
    }
}
