package org.tomatic.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tomatic.auth.ApiTokens;
import org.tomatic.availability.AvailabilityRepository;
import org.tomatic.availability.BusyEntry;
import org.tomatic.availability.Leave;
import org.tomatic.availability.LeaveKind;
import org.tomatic.callinfo.Contract;
import org.tomatic.callinfo.SearchField;
import org.tomatic.callinfo.SearchResult;
import org.tomatic.callinfo.embedded.CustomerBatch;
import org.tomatic.callinfo.embedded.CustomerStore;
import org.tomatic.callinfo.embedded.EmbeddedDirectory;
import org.tomatic.calls.CallLog;
import org.tomatic.calls.PhoneCall;
import org.tomatic.notifications.Deliveries;
import org.tomatic.notifications.Delivery;
import org.tomatic.notifications.Notification;
import org.tomatic.pbx.PbxEvent;
import org.tomatic.pbx.WaitingCaller;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;
import org.tomatic.planner.PlanningRun;
import org.tomatic.planner.PlanningRuns;
import org.tomatic.stats.CallStatistics;
import org.tomatic.stats.QueueCall;
import org.tomatic.timetable.Change;
import org.tomatic.timetable.SwapRequests;
import org.tomatic.timetable.Timetable;
import org.tomatic.timetable.TimetableEditor;
import org.tomatic.timetable.TimetableRepository;

/**
 * No write is lost once the connection pool has retired its connections (Hikari's max-lifetime does
 * it every 30 minutes in production): every connection of the pool, the one Flyway ran the migrations
 * on among them, is evicted and seen closed, and then every table with a CHECK constraint gets a row
 * through the application's own code, which is read back. H2 2.4.240 failed here: its CHECK
 * (col IN (...)) constraints stayed bound to the session that created them ("Check constraint invalid").
 * The same on every supported database (H2 and PostgreSQL).
 */
interface PoolEvictionContract {

    String TAG = "pool-eviction";
    String CUSTOMER = "S990001";
    String CONTRACT = "C-990001";

    ApplicationContext context();

    @Test
    default void noWriteIsLostAfterThePoolRetiresItsConnections() throws Exception {
        retireEveryConnection();
        Clock clock = bean(Clock.class);
        LocalDate week = week();

        // person (role IN ...)
        PersonRepository people = bean(PersonRepository.class);
        people.insert(new Person("anna", "Anna", null, null, null, "aabbcc", null, List.of(), 5, null, true,
            Role.AGENT, 0));
        people.insert(new Person("pau", "Pau", null, null, null, "bbccdd", null, List.of(), 5, null, true,
            Role.COORDINATOR, 0));
        assertThat(people.findById("anna")).hasValueSatisfying(p -> assertThat(p.role()).isEqualTo(Role.AGENT));
        assertThat(people.findById("pau")).hasValueSatisfying(p -> assertThat(p.role()).isEqualTo(Role.COORDINATOR));

        // turn_grid (id = 1): its single row is only ever updated
        TurnGridRepository grids = bean(TurnGridRepository.class);
        TurnGrid grid = grids.get();
        grids.save(new TurnGrid(grid.weekdays(), grid.boundaries(), 2, grid.timeZone(), grid.maxPerDay(),
            grid.maxOverload(), grid.maxHolesPerTurn(), grid.version()));
        assertThat(grids.get().lines()).isEqualTo(2);

        // busy_entry (weekday IS NULL OR on_date IS NULL), person_leave (kind IN ..., start <= end)
        AvailabilityRepository availability = bean(AvailabilityRepository.class);
        long busy = availability.insertBusy(new BusyEntry(null, "anna", DayOfWeek.FRIDAY, null, "0011", true,
            "language course", 0));
        availability.insertLeave(new Leave(null, "anna", week.plusWeeks(5), week.plusWeeks(6), LeaveKind.VACATION,
            null, 0));
        assertThat(availability.busyOf("anna")).extracting(BusyEntry::id).containsExactly(busy);
        assertThat(availability.leavesOf("anna")).extracting(Leave::kind).containsExactly(LeaveKind.VACATION);

        // timetable (state IN ...)
        TimetableRepository timetables = bean(TimetableRepository.class);
        List<Timetable.Cell> cells = List.of(new Timetable.Cell(DayOfWeek.MONDAY, 0, 0, "anna", false),
            new Timetable.Cell(DayOfWeek.MONDAY, 0, 1, "pau", false),
            new Timetable.Cell(DayOfWeek.MONDAY, 1, 0, "pau", false),
            new Timetable.Cell(DayOfWeek.MONDAY, 1, 1, null, false));
        timetables.replace(new Timetable(week, grid.weekdays(),
            grid.boundaries().stream().map(Object::toString).toList(), List.of("L1", "L2"), cells,
            Timetable.State.PUBLISHED, 0.0, List.of(), List.of(), Map.of(), Timetable.PeopleSnapshot.EMPTY),
            clock.instant());
        assertThat(timetables.find(week)).hasValueSatisfying(t -> {
            assertThat(t.state()).isEqualTo(Timetable.State.PUBLISHED);
            assertThat(t.cells()).hasSize(4);
        });

        // timetable_change (kind IN ...)
        Change change = bean(TimetableEditor.class).edit(new TimetableEditor.Edit(week, DayOfWeek.MONDAY, 1, 1,
            "anna", TAG, timetables.version(week).orElseThrow(), false), "admin");
        assertThat(timetables.changes(week)).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(change.id());
            assertThat(c.kind()).isEqualTo(Change.Kind.EDIT);
            assertThat(c.after()).isEqualTo("anna");
        });
        // timetable_change (a whole-week change names no cell)
        timetables.addChange(week, Change.wholeWeek(clock.instant(), "admin", Change.Kind.PUBLISH, TAG));
        assertThat(timetables.changes(week)).first().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Change.Kind.PUBLISH);
            assertThat(c.day()).isNull();
        });

        // swap_request (state IN ...): asked, then declined
        SwapRequests swaps = bean(SwapRequests.class);
        SwapRequests.SwapRequest asked = swaps.request(week, "MONDAY/0/0", "MONDAY/1/0", TAG, "anna");
        swaps.decide(asked.id(), false, "pau");
        assertThat(swaps.ofWeek(week)).singleElement()
            .satisfies(s -> assertThat(s.state()).isEqualTo(SwapRequests.State.DECLINED));

        // phone_call (source IN ...)
        CallLog calls = bean(CallLog.class);
        PhoneCall call = calls.insert(new PhoneCall(null, clock.instant().truncatedTo(ChronoUnit.SECONDS),
            "600990001", "anna", null, null, TAG + "-1", PhoneCall.Source.MANUAL, true, null, null, null, TAG,
            List.of(), null, null, 0), "+34600990001");
        assertThat(calls.find(call.id()))
            .hasValueSatisfying(c -> assertThat(c.source()).isEqualTo(PhoneCall.Source.MANUAL));

        // queue_call (outcome IN ...): joined (the default WAITING), then answered
        ApplicationEventPublisher events = context();
        Instant joined = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String ref = TAG + "-1";
        events.publishEvent(new PbxEvent.CallerJoined(joined, new WaitingCaller(ref, "600990001", "", 1, joined)));
        events.publishEvent(new PbxEvent.AgentConnected(joined.plusSeconds(5), "PJSIP/299", ref, "600990001",
            Duration.ofSeconds(5), Duration.ofSeconds(2)));
        LocalDate today = LocalDate.ofInstant(joined, grid.timeZone());
        assertThat(bean(CallStatistics.class).calls(today.minusDays(1), today.plusDays(1)))
            .filteredOn(q -> q.callRef().equals(ref)).singleElement()
            .satisfies(q -> assertThat(q.outcome()).isEqualTo(QueueCall.Outcome.ANSWERED));

        // planning_run (state IN ...): queued, running, done
        PlanningRun run = bean(PlanningRuns.class).runNow(week.plusWeeks(1), null, Duration.ofSeconds(10), TAG,
            "admin", progress -> { });
        assertThat(bean(PlanningRuns.class).get(run.id()).state()).isEqualTo(PlanningRun.State.DONE);

        // notification_delivery (status IN ...): Pau has no email, so it is skipped
        Deliveries deliveries = bean(Deliveries.class);
        deliveries.person("pau", Notification.text(TAG, "Pool eviction", "Still here."));
        assertThat(deliveries.recent(20)).filteredOn(d -> d.type().equals(TAG)).singleElement()
            .satisfies(d -> assertThat(d.status()).isEqualTo(Delivery.Status.SKIPPED));

        // api_token (role IN ...)
        ApiTokens tokens = bean(ApiTokens.class);
        tokens.create(TAG, Role.COORDINATOR, "admin");
        assertThat(tokens.all()).filteredOn(t -> t.name().equals(TAG)).singleElement()
            .satisfies(t -> assertThat(t.role()).isEqualTo(Role.COORDINATOR));

        // contract (status IN ...) and contract_role (role IN ...), the embedded customer directory
        bean(CustomerStore.class).save(new CustomerBatch(
            List.of(new CustomerBatch.CustomerRow(CUSTOMER, "Pool Eviction", null, true, "ca", List.of("+34600990001"),
                List.of(), List.of(), null)),
            List.of(new CustomerBatch.ContractRow(CONTRACT, Contract.Status.ACTIVE, week, null, "Carrer Major 1",
                "2.0TD", null, false, List.of(new CustomerBatch.Party(CUSTOMER, Contract.Role.HOLDER),
                    new CustomerBatch.Party(CUSTOMER, Contract.Role.PAYER)))),
            List.of(), List.of(), List.of()));
        SearchResult found = bean(EmbeddedDirectory.class).search(SearchField.CUSTOMER_NUMBER, CUSTOMER, 5);
        assertThat(found.error()).isNull();
        assertThat(found.customers()).singleElement().satisfies(c -> assertThat(c.contracts()).singleElement()
            .satisfies(k -> {
                assertThat(k.status()).isEqualTo(Contract.Status.ACTIVE);
                assertThat(k.roles()).containsExactlyInAnyOrder(Contract.Role.HOLDER, Contract.Role.PAYER);
            }));
    }

    @Test
    default void aValueOutsideTheListIsStillRefusedAfterThePoolRetiresItsConnections() throws Exception {
        retireEveryConnection();
        Instant joined = bean(Clock.class).instant().truncatedTo(ChronoUnit.SECONDS);
        String ref = TAG + "-2";
        context().publishEvent(new PbxEvent.CallerJoined(joined, new WaitingCaller(ref, "600990002", "", 1, joined)));
        JdbcClient jdbc = bean(JdbcClient.class);

        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO queue_call (call_ref, queue_name, joined_at, outcome)
                VALUES (:ref, 'support', :at, 'LOST')""")
            .param("ref", TAG + "-refused").param("at", java.time.LocalDateTime.now()).update())
            .isInstanceOf(DataIntegrityViolationException.class)
            .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("queue_call_outcome_check"));
        assertThat(jdbc.sql("SELECT call_ref FROM queue_call WHERE call_ref LIKE :tag ORDER BY call_ref")
            .param("tag", TAG + "%").query(String.class).list()).containsExactly(ref);

        // A cell change without its cell is refused too.
        jdbc.sql("""
                INSERT INTO timetable (week, weekdays, boundaries, lines, line_labels, created_at)
                VALUES (:w, 'MONDAY', '09:00,10:15', 1, 'L1', :at)""")
            .param("w", week()).param("at", java.time.LocalDateTime.now()).update();
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO timetable_change (week, changed_at, changed_by, kind) VALUES (:w, :at, 'admin', 'EDIT')""")
            .param("w", week()).param("at", java.time.LocalDateTime.now()).update())
            .isInstanceOf(DataIntegrityViolationException.class)
            .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("timetable_change_cell_check"));
    }

    /** Forgets what the tests wrote (the H2 variant shares its database with the other integration tests). */
    @AfterEach
    default void forgetTheRows() {
        JdbcClient jdbc = bean(JdbcClient.class);
        jdbc.sql("DELETE FROM queue_call WHERE call_ref LIKE :tag").param("tag", TAG + "%").update();
        jdbc.sql("DELETE FROM phone_call WHERE call_ref LIKE :tag").param("tag", TAG + "%").update();
        jdbc.sql("DELETE FROM planning_run WHERE description = :tag").param("tag", TAG).update();
        jdbc.sql("DELETE FROM notification WHERE kind = :tag").param("tag", TAG).update();
        jdbc.sql("DELETE FROM api_token WHERE name = :tag").param("tag", TAG).update();
        jdbc.sql("DELETE FROM contract WHERE contract_number = :n").param("n", CONTRACT).update();
        jdbc.sql("DELETE FROM customer WHERE customer_number = :n").param("n", CUSTOMER).update();
        // Swap requests and changes go with their timetable, busy entries and leaves with their person.
        bean(TimetableRepository.class).delete(week());
        jdbc.sql("DELETE FROM person WHERE id IN ('anna', 'pau')").update();
        jdbc.sql("UPDATE turn_grid SET lines = 8").update(); // as both contexts start
    }

    /** The week the tests write a timetable for: in the future, so its turns can be edited. */
    private LocalDate week() {
        return LocalDate.now(bean(Clock.class)).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(3);
    }

    /**
     * Retires every connection of the pool, as max-lifetime does: takes all of them at once (so every
     * physical connection it holds is seen, the one Flyway migrated on too), evicts them, borrows and
     * returns a few times, and waits until each old one is closed and none is handed out again.
     */
    private void retireEveryConnection() throws SQLException, InterruptedException {
        HikariDataSource hikari = bean(DataSource.class).unwrap(HikariDataSource.class);
        HikariPoolMXBean pool = hikari.getHikariPoolMXBean();
        Set<Connection> old = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Connection> borrowed = new ArrayList<>();
        try {
            for (int i = 0; i < hikari.getMaximumPoolSize(); i++) {
                Connection connection = hikari.getConnection();
                borrowed.add(connection);
                old.add(connection.unwrap(Connection.class));
            }
        } finally {
            for (Connection connection : borrowed) {
                connection.close();
            }
        }
        assertThat(old).hasSize(hikari.getMaximumPoolSize());

        pool.softEvictConnections();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            Set<Connection> handedOut = Collections.newSetFromMap(new IdentityHashMap<>());
            for (int i = 0; i < 3; i++) {
                try (Connection connection = hikari.getConnection()) {
                    handedOut.add(connection.unwrap(Connection.class));
                    connection.createStatement().execute("SELECT 1");
                }
            }
            List<Connection> open = new ArrayList<>();
            for (Connection connection : old) {
                if (!connection.isClosed()) {
                    open.add(connection);
                }
            }
            boolean reused = handedOut.stream().anyMatch(old::contains);
            if (open.isEmpty() && !reused) {
                break;
            }
            assertThat(System.nanoTime()).as("old connections still open: %s (pool: %d total, %d idle)",
                open.stream().map(Object::toString).collect(Collectors.joining(", ")), pool.getTotalConnections(),
                pool.getIdleConnections()).isLessThan(deadline);
            Thread.sleep(50);
        }
        assertThat(pool.getTotalConnections()).isPositive();
    }

    private <T> T bean(Class<T> type) {
        return context().getBean(type);
    }
}
