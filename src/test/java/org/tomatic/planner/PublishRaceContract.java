package org.tomatic.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tomatic.planner.solver.Penalty;
import org.tomatic.system.ConflictException;
import org.tomatic.timetable.Change;
import org.tomatic.timetable.TimetableRepository;

/**
 * Two publishes of the same week at the same moment (two threads released by one latch, 20 rounds):
 * one wins, the other gets a {@link ConflictException}, never an error of another kind (no
 * duplicate key, no lock timeout); over a week that has a timetable and over one that has none.
 * The same on every supported database (H2 and PostgreSQL).
 */
interface PublishRaceContract {

    LocalDate RACE_WEEK = LocalDate.of(2031, 1, 6);
    List<String> DAYS = List.of("dl", "dm", "dx", "dj", "dv");
    List<String> HOURS = List.of("09:00", "10:15", "11:30", "12:45", "14:00");
    List<String> PEOPLE = List.of("anna", "pau", "marta", "joan");
    int ROUNDS = 20;

    ApplicationContext context();

    /** The race weeks start without timetables or runs (the PostgreSQL variant keeps its schema between tests). */
    @BeforeEach
    default void noRaceWeeks() {
        JdbcClient jdbc = bean(JdbcClient.class);
        jdbc.sql("DELETE FROM timetable WHERE week >= :w").param("w", RACE_WEEK).update();
        jdbc.sql("DELETE FROM planning_run WHERE week >= :w").param("w", RACE_WEEK).update();
    }

    private <T> T bean(Class<T> type) {
        return context().getBean(type);
    }

    /** Who a run made with {@code shift} puts in a cell: everyone moved {@code shift} places on. */
    static String planned(int day, int turn, int line, int shift) {
        return PEOPLE.get((day + 2 * turn + line + shift) % 4);
    }

    /** A finished run of {@code week}: 5 days × 4 turns × 2 lines, as {@link #planned} says. */
    default long run(LocalDate week, int shift) {
        Map<String, List<List<String>>> timetable = new LinkedHashMap<>();
        for (int d = 0; d < DAYS.size(); d++) {
            List<List<String>> turns = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                turns.add(List.of(planned(d, t, 0, shift), planned(d, t, 1, shift)));
            }
            timetable.put(DAYS.get(d), turns);
        }
        RunResult result = new RunResult(timetable, Map.of(), List.of(new Penalty("test", 10, "run " + shift, null, null, null, null, null)),
            List.of(), DAYS, HOURS);
        PlanningRunRepository runs = bean(PlanningRunRepository.class);
        java.time.Instant now = java.time.Instant.now();
        long id = runs.insert(week, 2, 10, "shift " + shift, "carla", now);
        runs.progress(id, 10, 10, 40, 40, "[]", PlanningRuns.JSON.writeValueAsString(result));
        runs.finished(id, PlanningRun.State.DONE, true, "", now);
        return id;
    }

    /** One round: both calls wait at the latch, then go at once; each outcome is a result or an exception. */
    static List<Object> race(Callable<?> a, Callable<?> b) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> outcomes = new ArrayList<>();
            for (Callable<?> call : List.of(a, b)) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        return (Object) call.call();
                    } catch (Exception e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    static void exactlyOneWins(List<Object> outcomes, int round) {
        assertThat(outcomes).as("round " + round).filteredOn(o -> o instanceof Integer).hasSize(1);
        assertThat(outcomes).as("round " + round).filteredOn(o -> !(o instanceof Integer)).singleElement()
            .isInstanceOf(ConflictException.class);
    }

    @Test
    default void ofTwoPublishesAtTheSameMomentOneWinsAndTheOtherGetsAConflict() throws Exception {
        PlanningRuns runs = bean(PlanningRuns.class);
        TimetableRepository timetables = bean(TimetableRepository.class);
        runs.publish(run(RACE_WEEK, 0), "carla");
        for (int round = 0; round < ROUNDS; round++) {
            // Over an existing week: both read the same version, as two coordinators would.
            long a = run(RACE_WEEK, round + 1);
            long b = run(RACE_WEEK, round + 2);
            int version = runs.weekVersion(a);
            int changes = timetables.changes(RACE_WEEK).size();

            exactlyOneWins(race(() -> runs.publish(a, version, "carla"), () -> runs.publish(b, version, "joan")),
                round);

            assertThat(timetables.version(RACE_WEEK)).contains(version + 1);
            assertThat(timetables.changes(RACE_WEEK)).hasSize(changes + 1);
            assertThat(timetables.changes(RACE_WEEK).get(0).kind()).isEqualTo(Change.Kind.PUBLISH);

            // Over a week without a timetable: one creates it, the other conflicts (no duplicate-key error).
            LocalDate fresh = RACE_WEEK.plusWeeks(round + 1);
            long c = run(fresh, 0);
            long d = run(fresh, 1);
            int none = runs.weekVersion(c);
            assertThat(none).isEqualTo(TimetableRepository.NO_TIMETABLE);

            exactlyOneWins(race(() -> runs.publish(c, none, "carla"), () -> runs.publish(d, none, "joan")), round);

            assertThat(timetables.version(fresh)).contains(0);
            assertThat(timetables.changes(fresh)).isEmpty();
        }
    }

    @Test
    default void publishesWithoutAnExpectedVersionNeverFailWithAnotherError() throws Exception {
        // The CLI and the automatic run publish the week as it is: of two at the same moment, each
        // one either goes through on the version it read or gets a conflict.
        PlanningRuns runs = bean(PlanningRuns.class);
        TimetableRepository timetables = bean(TimetableRepository.class);
        runs.publish(run(RACE_WEEK, 0), "carla");
        for (int round = 0; round < ROUNDS; round++) {
            long a = run(RACE_WEEK, round + 1);
            long b = run(RACE_WEEK, round + 2);
            int version = timetables.version(RACE_WEEK).orElseThrow();
            int changes = timetables.changes(RACE_WEEK).size();

            List<Object> outcomes = race(() -> runs.publish(a, "cli"), () -> runs.publish(b, "tomatic"));

            assertThat(outcomes).as("round " + round)
                .allSatisfy(o -> assertThat(o).isInstanceOfAny(Integer.class, ConflictException.class));
            int won = (int) outcomes.stream().filter(o -> o instanceof Integer).count();
            assertThat(won).as("round " + round).isPositive();
            assertThat(timetables.version(RACE_WEEK)).contains(version + won);
            assertThat(timetables.changes(RACE_WEEK)).hasSize(changes + won);

            LocalDate fresh = RACE_WEEK.plusWeeks(round + 1);
            long c = run(fresh, 0);
            long d = run(fresh, 1);
            outcomes = race(() -> runs.publish(c, "cli"), () -> runs.publish(d, "tomatic"));
            assertThat(outcomes).as("round " + round)
                .allSatisfy(o -> assertThat(o).isInstanceOfAny(Integer.class, ConflictException.class));
            int created = (int) outcomes.stream().filter(o -> o instanceof Integer).count();
            assertThat(created).as("round " + round).isPositive();
            assertThat(timetables.version(fresh)).contains(created - 1);
        }
    }
}
