package org.tomatic.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tomatic.IntegrationTest;
import org.tomatic.availability.AvailabilityRepository;
import org.tomatic.callinfo.CallInfoProperties;
import org.tomatic.calls.CallLog;
import org.tomatic.calls.IncomingCalls;
import org.tomatic.calls.PhoneCall;
import org.tomatic.pbx.PbxProperties;
import org.tomatic.pbx.switching.QueueSwitcher;
import org.tomatic.pbx.switching.TurnClock;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;
import org.tomatic.people.Role;
import org.tomatic.system.TurnGridRepository;

/**
 * No repository asks the pool for a second connection while it holds one (a row mapper that runs a
 * query): with a pool of 10, ten requests doing that hold every connection and wait for an eleventh.
 */
class NestedConnectionTests extends IntegrationTest {

    @Autowired PersonRepository people;
    @Autowired DataSource dataSource;
    @Autowired PbxProperties pbxProperties;
    @Autowired CallInfoProperties callInfo;
    @Autowired ApplicationEventPublisher events;
    @Autowired Clock clock;

    HeldConnections held;
    JdbcClient counted;

    @BeforeEach
    void agents() {
        for (int i = 0; i < 4; i++) {
            people.insert(new Person("agent" + i, "Agent " + i, "agent" + i + "@example.coop", "20" + i, null, "ffe082",
                null, i % 2 == 0 ? List.of("support", "billing") : List.of(), 3, null, true, Role.AGENT, 0));
        }
        held = new HeldConnections(dataSource);
        counted = JdbcClient.create(held);
    }

    @Test
    void everyPersonFinderHoldsOneConnectionAtATime() {
        PersonRepository repository = new PersonRepository(counted);

        assertThat(repository.findByExtension("200")).get().extracting(Person::groups)
            .isEqualTo(List.of("billing", "support"));
        assertThat(repository.findById("agent0")).get().extracting(Person::groups).isEqualTo(List.of("billing", "support"));
        assertThat(repository.findByEmail("AGENT2@example.coop")).get().extracting(Person::id).isEqualTo("agent2");
        assertThat(repository.findById("agent1")).get().extracting(Person::groups).isEqualTo(List.of());
        assertThat(repository.findById("nobody")).isEmpty();
        assertThat(repository.findAll()).filteredOn(p -> p.id().equals("agent2")).singleElement()
            .extracting(Person::groups).isEqualTo(List.of("billing", "support"));

        assertThat(held.most()).as("connections one thread held at once").isEqualTo(1);
    }

    @Test
    void anIncomingCallHoldsOneConnectionAtATime() {
        IncomingCalls incoming = new IncomingCalls(new CallLog(counted), new PersonRepository(counted), pbxProperties,
            callInfo, events, clock);

        PhoneCall call = incoming.receive("600112233", "201", "1700000000.7", PhoneCall.Source.WEBHOOK, null);
        PhoneCall again = incoming.receive("600112233", "201", "1700000000.7", PhoneCall.Source.WEBHOOK, null);

        assertThat(again.id()).isEqualTo(call.id());
        assertThat(held.most()).as("connections one thread held at once").isEqualTo(1);
    }

    @Test
    void theAppliedQueueTurnIsReadHoldingOneConnection() {
        jdbc.sql("UPDATE queue_turn SET applied_date = DATE '2026-11-30', applied_turn = 1 WHERE id = 1").update();
        TurnClock turnClock = new TurnClock(new TurnGridRepository(counted), new AvailabilityRepository(counted));
        QueueSwitcher switcher = new QueueSwitcher(pbx, pbxProperties, turnClock, null, null, counted, null, events, clock,
            new org.tomatic.pbx.switching.QueueIntent());

        assertThat(switcher.appliedSlot()).get().satisfies(slot -> {
            assertThat(slot.turn()).isEqualTo(1);
            assertThat(slot.start()).isEqualTo(java.time.LocalTime.of(10, 15));
        });
        assertThat(held.most()).as("connections one thread held at once").isEqualTo(1);
    }
}
