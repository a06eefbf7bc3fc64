package org.tomatic.pbx.asterisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tomatic.pbx.LiveMember;
import org.tomatic.pbx.Member;
import org.tomatic.pbx.MemberState;
import org.tomatic.pbx.PbxException;
import org.tomatic.pbx.QueueChange;
import org.tomatic.pbx.QueueSnapshot;
import org.tomatic.pbx.WaitingCaller;

/** The queue actions and reading the queue, against the Asterisk 22 test peer. */
class AsteriskPbxTests {

    static final Duration TIMEOUT = Duration.ofSeconds(5);

    AmiTestServer server;
    AsteriskPbx pbx;

    @BeforeEach
    void connect() {
        server = new AmiTestServer("support", "tomatic", "s3cret").start();
        pbx = pbx("support");
        pbx.connect(TIMEOUT);
    }

    @AfterEach
    void disconnect() {
        pbx.stop();
        server.stop();
    }

    AsteriskPbx pbx(String queue) {
        return new AsteriskPbx(queue, new AmiAccount("127.0.0.1", server.port(), "tomatic", "s3cret", TIMEOUT),
            Clock.systemUTC(), new Backoff(Duration.ofMillis(50), Duration.ofMillis(200)), Duration.ofSeconds(20));
    }

    static Member member(String extension, String name) {
        return new Member("PJSIP/" + extension, name, null);
    }

    @Test
    void logsInWithTheMd5ChallengeAndAsksOnlyForAgentEvents() {
        assertThat(server.actions("Challenge")).singleElement().satisfies(a -> assertThat(a).containsEntry("AuthType",
            "MD5"));
        Map<String, String> login = server.actions("Login").get(0);
        assertThat(login).containsEntry("Username", "tomatic").containsEntry("AuthType", "MD5").containsKey("Key")
            .containsEntry("Events", "agent").doesNotContainKey("Secret");
        assertThat(pbx.health().up()).isTrue();
        assertThat(pbx.health().detail()).isEqualTo("Asterisk 22.10.1 at 127.0.0.1:" + server.port() + ", queue support");
    }

    @Test
    void settingATurnTwiceChangesNothingTheSecondTime() {
        List<Member> turn = List.of(member("214", "Alice"), member("215", "Bob"), member("216", "Carol"));
        QueueChange first = pbx.setMembers(turn);
        assertThat(first.added()).containsExactly("PJSIP/214", "PJSIP/215", "PJSIP/216");
        assertThat(first.removed()).isEmpty();

        QueueChange second = pbx.setMembers(turn);
        assertThat(second.changedAnything()).isFalse();
        assertThat(second.kept()).containsExactlyInAnyOrder("PJSIP/214", "PJSIP/215", "PJSIP/216");
        assertThat(server.actions("QueueAdd")).hasSize(3);
        assertThat(server.actions("QueueRemove")).isEmpty();
    }

    @Test
    void theNextTurnReplacesWhoLeavesAndWhoStaysKeepsTheirPause() {
        pbx.setMembers(List.of(member("214", "Alice"), member("215", "Bob")));
        pbx.pause("PJSIP/215", "lunch");

        QueueChange change = pbx.setMembers(List.of(member("215", "Bob"), member("217", "Dave")));

        assertThat(change.added()).containsExactly("PJSIP/217");
        assertThat(change.removed()).containsExactly("PJSIP/214");
        assertThat(change.kept()).containsExactly("PJSIP/215");
        QueueSnapshot queue = pbx.read();
        assertThat(queue.members()).extracting(LiveMember::memberInterface)
            .containsExactlyInAnyOrder("PJSIP/215", "PJSIP/217");
        assertThat(queue.member("PJSIP/215").orElseThrow().pausedReason()).isEqualTo("lunch");
        assertThat(queue.member("PJSIP/217").orElseThrow().paused()).isFalse();
    }

    @Test
    void ensureMembersAddsTheMissingAndLeavesTheOthers() {
        pbx.add(member("214", "Alice"));
        QueueChange change = pbx.ensureMembers(List.of(member("215", "Bob")));
        assertThat(change.added()).containsExactly("PJSIP/215");
        assertThat(server.memberInterfaces()).containsExactly("PJSIP/214", "PJSIP/215");
    }

    @Test
    void aMemberIsAddedWithThePersonsNameAndItsStateInterface() {
        pbx.add(new Member("Local/214@agents", "Alice Liddell", "PJSIP/214"));
        Map<String, String> add = server.actions("QueueAdd").get(0);
        assertThat(add).containsEntry("Queue", "support").containsEntry("Interface", "Local/214@agents")
            .containsEntry("MemberName", "Alice Liddell").containsEntry("StateInterface", "PJSIP/214");
        LiveMember alice = pbx.read().member("Local/214@agents").orElseThrow();
        assertThat(alice.name()).isEqualTo("Alice Liddell");
        assertThat(alice.state()).isEqualTo(MemberState.AVAILABLE);
        assertThat(alice.callsTaken()).isZero();
        assertThat(alice.lastCall()).isNull();
    }

    @Test
    void addingAMemberAlreadyThereOrRemovingOneGoneIsNoError() {
        assertThat(pbx.add(member("214", "Alice"))).isTrue();
        assertThat(pbx.add(member("214", "Alice"))).isFalse();
        assertThat(server.memberInterfaces()).containsExactly("PJSIP/214");
        assertThat(pbx.remove("PJSIP/299")).isFalse();
        assertThat(pbx.remove("PJSIP/214")).isTrue();
        assertThat(pbx.remove("PJSIP/214")).isFalse();
    }

    @Test
    void errorRepliesBecomeMessagesAUserUnderstands() {
        assertThatThrownBy(() -> pbx.pause("PJSIP/299", "lunch")).hasMessage("PJSIP/299 is not in queue support");
        assertThatThrownBy(() -> pbx.resume("PJSIP/299")).hasMessage("PJSIP/299 is not in queue support");
    }

    @Test
    void aStaticMemberCannotBeRemovedAndSaysWhyWhileTheRestIsSet() {
        server.addStaticMember("PJSIP/200", "reception");
        QueueChange change = pbx.setMembers(List.of(member("214", "Alice")));
        assertThat(change.failed()).containsExactly(Map.entry("PJSIP/200",
            "PJSIP/200 is a static member of queue support (queues.conf), so only Asterisk's "
                + "configuration can remove it"));
        assertThat(change.added()).containsExactly("PJSIP/214");
        assertThat(server.memberInterfaces()).containsExactlyInAnyOrder("PJSIP/200", "PJSIP/214");
    }

    @Test
    void aQueueAsteriskDoesNotHaveIsNamed() {
        AsteriskPbx wrong = pbx("sales");
        try {
            wrong.connect(TIMEOUT);
            assertThatThrownBy(() -> wrong.add(member("214", "Alice"))).hasMessage("no queue named sales");
            assertThatThrownBy(wrong::read).hasMessage("no queue named sales");
            assertThatThrownBy(() -> wrong.remove("PJSIP/214")).hasMessage("no queue named sales");
            assertThatThrownBy(wrong::summary).hasMessage("no queue named sales");
            assertThat(wrong.health().up()).isFalse();
            assertThat(wrong.health().detail()).endsWith("is connected but has no queue named sales");
        } finally {
            wrong.stop();
        }
    }

    @Test
    void aPauseWithItsReasonIsReadBackAndAResumeClearsIt() {
        pbx.add(member("214", "Alice"));
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        pbx.pause("PJSIP/214", "lunch");

        Map<String, String> pause = server.actions("QueuePause").get(0);
        assertThat(pause).containsEntry("Interface", "PJSIP/214").containsEntry("Queue", "support")
            .containsEntry("Paused", "true").containsEntry("Reason", "lunch");
        LiveMember paused = pbx.read().member("PJSIP/214").orElseThrow();
        assertThat(paused.paused()).isTrue();
        assertThat(paused.pausedReason()).isEqualTo("lunch");
        assertThat(paused.pausedSince()).isBetween(before, Instant.now());

        pbx.resume("PJSIP/214");
        assertThat(server.actions("QueuePause").get(1)).containsEntry("Paused", "false").doesNotContainKey("Reason");
        LiveMember resumed = pbx.read().member("PJSIP/214").orElseThrow();
        assertThat(resumed.paused()).isFalse();
        assertThat(resumed.pausedReason()).isNull();
        assertThat(resumed.pausedSince()).isNull();
    }

    @Test
    void deviceStatesAreMapped() {
        pbx.add(member("214", "Alice"));
        Map<Integer, MemberState> expected = Map.of(0, MemberState.UNKNOWN, 1, MemberState.AVAILABLE, 2,
            MemberState.IN_CALL, 3, MemberState.BUSY, 4, MemberState.INVALID, 5, MemberState.UNAVAILABLE, 6,
            MemberState.RINGING, 7, MemberState.RINGING, 8, MemberState.IN_CALL);
        expected.forEach((status, state) -> {
            server.deviceState("PJSIP/214", status);
            assertThat(pbx.read().member("PJSIP/214").orElseThrow().state()).as("status %d", status).isEqualTo(state);
        });
    }

    @Test
    void waitingCallersAreReadInOrderWithTheirArrival() {
        server.callerJoins("+4930111111", "Paula Paused", Duration.ofSeconds(30));
        server.callerJoins("4930333333", null, Duration.ofSeconds(5));

        List<WaitingCaller> callers = pbx.read().callers();

        assertThat(callers).extracting(WaitingCaller::callerNumber).containsExactly("+4930111111", "4930333333");
        assertThat(callers).extracting(WaitingCaller::position).containsExactly(1, 2);
        assertThat(callers.get(0).callerName()).isEqualTo("Paula Paused");
        assertThat(callers.get(1).callerName()).as("<unknown> is no name").isNull();
        assertThat(callers.get(0).since()).isCloseTo(Instant.now().minusSeconds(30), within(2, ChronoUnit.SECONDS));
        assertThat(callers.get(0).uniqueId()).isNotBlank().isNotEqualTo(callers.get(1).uniqueId());
    }

    @Test
    void theSummaryCountsMembersAndCallers() {
        pbx.setMembers(List.of(member("214", "Alice"), member("215", "Bob"), member("216", "Carol")));
        pbx.pause("PJSIP/215", "lunch");
        server.deviceState("PJSIP/216", 5);
        server.callerJoins("+4930111111", "Paula Paused", Duration.ofSeconds(12));

        QueueSummary summary = pbx.summary();

        assertThat(summary.loggedIn()).isEqualTo(2);
        assertThat(summary.available()).isEqualTo(1);
        assertThat(summary.callers()).isEqualTo(1);
        assertThat(summary.longestHoldTime().toSeconds()).isBetween(12L, 14L);
    }

    @Test
    void thirtyMembersAreSetWellUnderASecond() {
        List<Member> thirty = java.util.stream.IntStream.range(0, 30).mapToObj(i -> member("3" + i, "Person " + i))
            .toList();
        long start = System.nanoTime();
        pbx.setMembers(thirty);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(server.memberInterfaces()).hasSize(30);
        assertThat(took).isLessThan(Duration.ofSeconds(1));
    }
}
