package org.tomatic.pbx.asterisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tomatic.pbx.LiveMember;
import org.tomatic.pbx.Member;
import org.tomatic.pbx.MemberState;
import org.tomatic.pbx.PbxEvent;
import org.tomatic.pbx.PbxEvent.AgentCalled;
import org.tomatic.pbx.PbxEvent.AgentCompleted;
import org.tomatic.pbx.PbxEvent.AgentConnected;
import org.tomatic.pbx.PbxEvent.AgentRingNoAnswer;
import org.tomatic.pbx.PbxEvent.CallerAbandoned;
import org.tomatic.pbx.PbxEvent.CallerJoined;
import org.tomatic.pbx.PbxEvent.CallerLeft;
import org.tomatic.pbx.PbxEvent.MemberChanged;
import org.tomatic.pbx.PbxEvent.MemberRemoved;
import org.tomatic.pbx.QueueSnapshot;

/**
 * Asterisk's events become the right {@link PbxEvent}s, with the right units: the doc's observed
 * sequences pushed by the test peer, and the transcript's own events replayed verbatim.
 */
class AsteriskPbxEventsTests {

    static final String ALICE = "Local/2001@agents";

    AmiTestServer server;
    AsteriskPbx pbx;
    Recorder events = new Recorder();

    @BeforeEach
    void connect() {
        server = new AmiTestServer("support", "tomatic", "s3cret").start();
        pbx = new AsteriskPbx("support", new AmiAccount("127.0.0.1", server.port(), "tomatic", "s3cret",
            Duration.ofSeconds(5)), Clock.systemUTC(), new Backoff(Duration.ofMillis(50), Duration.ofMillis(200)),
            Duration.ofSeconds(20));
        pbx.listen(events);
        pbx.connect(Duration.ofSeconds(5));
    }

    @AfterEach
    void disconnect() {
        pbx.stop();
        server.stop();
    }

    void aliceInTheQueue() {
        pbx.add(new Member(ALICE, "alice", null));
        events.await(MemberChanged.class, e -> true);
        events.clear();
    }

    @Test
    void addPauseAndRemoveComeBackAsMemberEvents() {
        pbx.add(new Member(ALICE, "alice", null));
        MemberChanged added = events.await(MemberChanged.class, e -> true);
        assertThat(added.member().memberInterface()).isEqualTo(ALICE);
        assertThat(added.member().name()).isEqualTo("alice");
        assertThat(added.member().state()).isEqualTo(MemberState.AVAILABLE);
        assertThat(added.member().paused()).isFalse();

        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        pbx.pause(ALICE, "lunch");
        LiveMember paused = events.await(MemberChanged.class, e -> e.member().paused()).member();
        assertThat(paused.pausedReason()).isEqualTo("lunch");
        assertThat(paused.pausedSince()).isBetween(before, Instant.now());

        pbx.remove(ALICE);
        assertThat(events.await(MemberRemoved.class, e -> true).memberInterface()).isEqualTo(ALICE);
    }

    @Test
    void aDeviceStateChangeIsAMemberChange() {
        aliceInTheQueue();
        server.deviceState(ALICE, 3);
        assertThat(events.await(MemberChanged.class, e -> true).member().state()).isEqualTo(MemberState.BUSY);
    }

    @Test
    void anAnsweredCallInTheObservedOrderWithSeconds() {
        aliceInTheQueue();
        String caller = server.answeredCall("+4930222222", "Bob Caller", ALICE, Duration.ofSeconds(12),
            Duration.ofSeconds(2), Duration.ofSeconds(95), "caller");

        List<PbxEvent> seen = events.awaitQueueEvents(7);

        assertThat(kinds(seen)).isEqualTo("CallerJoined AgentCalled MemberChanged CallerLeft AgentConnected "
            + "AgentCompleted MemberChanged");
        CallerJoined joined = (CallerJoined) seen.get(0);
        assertThat(joined.caller().uniqueId()).isEqualTo(caller);
        assertThat(joined.caller().callerNumber()).isEqualTo("+4930222222");
        assertThat(joined.caller().callerName()).isEqualTo("Bob Caller");
        assertThat(joined.caller().position()).isEqualTo(1);
        assertThat(seen.get(1)).isEqualTo(new AgentCalled(seen.get(1).at(), ALICE, "alice", caller, "+4930222222"));
        assertThat(((MemberChanged) seen.get(2)).member().state()).isEqualTo(MemberState.IN_CALL);
        assertThat(((CallerLeft) seen.get(3)).uniqueId()).isEqualTo(caller);
        assertThat(seen.get(4)).isEqualTo(new AgentConnected(seen.get(4).at(), ALICE, caller, "+4930222222",
            Duration.ofSeconds(12), Duration.ofSeconds(2)));
        assertThat(seen.get(5)).isEqualTo(new AgentCompleted(seen.get(5).at(), ALICE, caller, Duration.ofSeconds(12),
            Duration.ofSeconds(95), "caller"));
        LiveMember after = ((MemberChanged) seen.get(6)).member();
        assertThat(after.state()).isEqualTo(MemberState.AVAILABLE);
        assertThat(after.callsTaken()).isEqualTo(1);
        assertThat(after.lastCall()).isCloseTo(Instant.now(), within(2, ChronoUnit.SECONDS));
    }

    @Test
    void aCallerWhoGivesUpIsAbandonedThenLeaves() {
        String caller = server.callerGivesUp("+4930111111", "Paula Paused", Duration.ofSeconds(4));

        List<PbxEvent> seen = events.awaitQueueEvents(3);

        assertThat(kinds(seen)).isEqualTo("CallerJoined CallerAbandoned CallerLeft");
        assertThat(seen.get(1)).isEqualTo(new CallerAbandoned(seen.get(1).at(), caller, Duration.ofSeconds(4)));
    }

    @Test
    void anUnansweredRingComesInMilliseconds() {
        aliceInTheQueue();
        String caller = server.noAnswer("4930333333", null, ALICE, Duration.ofMillis(15000));

        List<PbxEvent> seen = events.awaitQueueEvents(5);

        assertThat(kinds(seen)).isEqualTo("CallerJoined AgentCalled MemberChanged AgentRingNoAnswer MemberChanged");
        assertThat(((CallerJoined) seen.get(0)).caller().callerName()).isNull();
        assertThat(seen.get(3)).isEqualTo(new AgentRingNoAnswer(seen.get(3).at(), ALICE, caller,
            Duration.ofSeconds(15)));
        assertThat(pbx.read().callers()).extracting(c -> c.uniqueId()).containsExactly(caller);
    }

    @Test
    void theTranscriptsAnsweredCall() {
        server.replay(transcript("transcript-answered.ami"));

        List<PbxEvent> seen = events.awaitQueueEvents(7);

        assertThat(kinds(seen)).isEqualTo("CallerJoined AgentCalled MemberChanged CallerLeft AgentConnected "
            + "AgentCompleted MemberChanged");
        String bob = "1795828558.3";
        assertThat(((CallerJoined) seen.get(0)).caller().uniqueId()).isEqualTo(bob);
        assertThat(seen.get(1)).isEqualTo(new AgentCalled(seen.get(1).at(), ALICE, "alice", bob, "+4930222222"));
        assertThat(seen.get(4)).isEqualTo(new AgentConnected(seen.get(4).at(), ALICE, bob, "+4930222222",
            Duration.ofSeconds(2), Duration.ofSeconds(2)));
        assertThat(seen.get(5)).isEqualTo(new AgentCompleted(seen.get(5).at(), ALICE, bob, Duration.ofSeconds(2),
            Duration.ofSeconds(5), "agent"));
        LiveMember after = ((MemberChanged) seen.get(6)).member();
        assertThat(after.callsTaken()).isEqualTo(1);
        assertThat(after.lastCall()).isEqualTo(Instant.ofEpochSecond(1795828566));
        assertThat(after.paused()).isFalse();
        assertThat(after.pausedSince()).as("LastPause only counts while paused").isNull();
    }

    @Test
    void theTranscriptsUnansweredAgentAndAbandonedCaller() {
        server.replay(transcript("transcript-no-answer.ami"));

        List<PbxEvent> seen = events.awaitQueueEvents(13);

        assertThat(kinds(seen)).isEqualTo("MemberRemoved MemberChanged CallerJoined AgentCalled MemberChanged "
            + "AgentRingNoAnswer MemberChanged AgentCalled MemberChanged CallerAbandoned CallerLeft MemberChanged "
            + "MemberRemoved");
        assertThat(((MemberChanged) seen.get(1)).member().name()).isEqualTo("nobody");
        assertThat(((CallerJoined) seen.get(2)).caller().callerNumber()).isEqualTo("4930333333");
        assertThat(((AgentRingNoAnswer) seen.get(5)).ring()).isEqualTo(Duration.ofSeconds(15));
        assertThat(((CallerAbandoned) seen.get(9)).hold()).isEqualTo(Duration.ofSeconds(17));
    }

    @Test
    void theTranscriptsCallerWhoGaveUp() {
        server.replay(transcript("transcript-caller-gives-up.ami"));

        List<PbxEvent> seen = events.awaitQueueEvents(3);

        assertThat(kinds(seen)).isEqualTo("CallerJoined CallerAbandoned CallerLeft");
        assertThat(((CallerJoined) seen.get(0)).caller().callerName()).isEqualTo("Paula Paused");
        assertThat(((CallerAbandoned) seen.get(1)).hold()).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void theTranscriptsPauseKeepsItsReasonAndTime() {
        server.replay(transcript("transcript-pause.ami"));

        List<PbxEvent> seen = events.awaitQueueEvents(2);

        LiveMember paused = ((MemberChanged) seen.get(0)).member();
        assertThat(paused.paused()).isTrue();
        assertThat(paused.pausedReason()).isEqualTo("lunch");
        assertThat(paused.pausedSince()).isEqualTo(Instant.ofEpochSecond(1795828551));
        LiveMember resumed = ((MemberChanged) seen.get(1)).member();
        assertThat(resumed.paused()).isFalse();
        assertThat(resumed.pausedReason()).isNull();
    }

    @Test
    void theOldQueueMemberPausedEventIsUnderstoodToo() {
        server.replay("""
            Event: QueueMemberPaused
            Privilege: agent,all
            Queue: support
            Location: SIP/214
            MemberName: Alice
            Paused: 1
            Reason: lunch
            """);

        LiveMember alice = events.await(MemberChanged.class, e -> true).member();
        assertThat(alice.memberInterface()).isEqualTo("SIP/214");
        assertThat(alice.paused()).isTrue();
        assertThat(alice.pausedReason()).isEqualTo("lunch");
        assertThat(alice.state()).as("that event has no Status").isEqualTo(MemberState.UNKNOWN);
    }

    @Test
    void anotherQueuesEventsAreLeftOut() {
        server.replay("""
            Event: QueueCallerJoin
            Privilege: agent,all
            Channel: Local/600@incoming-00000009;2
            CallerIDNum: 600
            Uniqueid: 1.1
            Queue: sales
            Position: 1
            Count: 1

            Event: QueueCallerJoin
            Privilege: agent,all
            Channel: Local/601@incoming-00000010;2
            CallerIDNum: 601
            Uniqueid: 1.2
            Queue: support
            Position: 1
            Count: 1
            """);

        events.await(CallerJoined.class, e -> true);
        assertThat(events.of(CallerJoined.class)).extracting(e -> e.caller().uniqueId()).containsExactly("1.2");
    }

    @Test
    void aListenerMayReadTheQueueWhileHandlingAnEvent() {
        List<QueueSnapshot> reads = new CopyOnWriteArrayList<>();
        pbx.listen(e -> {
            if (e instanceof MemberChanged) {
                reads.add(pbx.read());
            }
        });
        pbx.add(new Member(ALICE, "alice", null));
        Recorder.until(() -> !reads.isEmpty());
        assertThat(reads.get(0).member(ALICE)).isPresent();
    }

    static String kinds(List<PbxEvent> events) {
        return events.stream().map(e -> e.getClass().getSimpleName()).collect(Collectors.joining(" "));
    }

    static String transcript(String name) {
        try (InputStream in = AsteriskPbxEventsTests.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#"))
                .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
