package org.tomatic.pbx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tomatic.pbx.simulated.SimulatedPbx;

class SimulatedPbxTests {

    private final List<PbxEvent> events = new CopyOnWriteArrayList<>();
    private SimulatedPbx pbx;

    @BeforeEach
    void start() {
        // Quick calls: rings about 0.2–0.4 s, talks about 0.3 s, callers give up after 1.5 s.
        PbxProperties.Simulated fast = new PbxProperties.Simulated(CallRate.perHourOf(0), Duration.ofMillis(400),
            Duration.ofSeconds(5), Duration.ofMillis(300), Duration.ofMillis(1500), java.util.List.of(), 0.1, false);
        pbx = new SimulatedPbx("support", fast, Clock.systemUTC(), new Random(7));
        pbx.listen(events::add);
        pbx.start();
    }

    @AfterEach
    void stop() {
        pbx.stop();
    }

    @Test
    void setsMembersAndKeepsThePauseOfThoseWhoStay() {
        pbx.setMembers(List.of(member("201", "Anna"), member("202", "Biel")));
        pbx.pause("PJSIP/201", "Meal");
        QueueChange change = pbx.setMembers(List.of(member("201", "Anna"), member("203", "Carla")));

        assertThat(change.added()).containsExactly("PJSIP/203");
        assertThat(change.removed()).containsExactly("PJSIP/202");
        assertThat(change.kept()).containsExactly("PJSIP/201");
        LiveMember anna = pbx.read().member("PJSIP/201").orElseThrow();
        assertThat(anna.paused()).isTrue();
        assertThat(anna.pausedReason()).isEqualTo("Meal");
        assertThat(anna.pausedSince()).isNotNull();
        assertThat(pbx.setMembers(List.of(member("201", "Anna"), member("203", "Carla"))).changedAnything()).isFalse();
    }

    @Test
    void addsAndRemovesIdempotentlyAndRefusesWhatAsteriskRefuses() {
        assertThat(pbx.add(member("201", "Anna"))).isTrue();
        assertThat(pbx.add(member("201", "Anna"))).isFalse();
        assertThat(pbx.read().members()).hasSize(1);
        assertThat(pbx.remove("PJSIP/999")).isFalse();
        assertThatThrownBy(() -> pbx.pause("PJSIP/999", "x")).hasMessageContaining("not in queue support");
    }

    @Test
    void aCallRingsTheFreeMemberIsAnsweredAndCounted() throws Exception {
        pbx.setMembers(List.of(member("201", "Anna"), member("202", "Biel")));
        pbx.pause("PJSIP/202", "Break");
        String call = pbx.simulateCall("600111222");

        PbxEvent.AgentCalled called = (PbxEvent.AgentCalled) await(e -> e instanceof PbxEvent.AgentCalled);
        assertThat(called.memberInterface()).as("paused members are never called").isEqualTo("PJSIP/201");
        assertThat(called.callerNumber()).isEqualTo("600111222");
        assertThat(called.uniqueId()).isEqualTo(call);
        await(e -> e instanceof PbxEvent.AgentCompleted || e instanceof PbxEvent.AgentRingNoAnswer);
        await(e -> e instanceof PbxEvent.AgentCompleted);
        await(e -> e instanceof PbxEvent.MemberChanged m && m.member().callsTaken() == 1);

        List<Object> order = events.stream().filter(e -> !(e instanceof PbxEvent.MemberChanged))
            .<Object>map(Object::getClass).toList();
        assertThat(order).first().isEqualTo(PbxEvent.CallerJoined.class);
        assertThat(order).containsSubsequence(PbxEvent.CallerLeft.class, PbxEvent.AgentConnected.class,
            PbxEvent.AgentCompleted.class);
        assertThat(pbx.read().member("PJSIP/201").orElseThrow().state()).isEqualTo(MemberState.AVAILABLE);
        assertThat(pbx.read().callers()).isEmpty();
    }

    @Test
    void aCallerWithNobodyToAnswerGivesUp() throws Exception {
        pbx.setMembers(List.of(member("201", "Anna")));
        pbx.pause("PJSIP/201", "Break");
        pbx.simulateCall("600111222");
        assertThat(pbx.read().callers()).hasSize(1);

        PbxEvent.CallerAbandoned abandoned = (PbxEvent.CallerAbandoned) await(e -> e instanceof PbxEvent.CallerAbandoned);
        assertThat(abandoned.hold()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        await(e -> e instanceof PbxEvent.CallerLeft);
        assertThat(pbx.read().callers()).isEmpty();
        assertThat(events).noneMatch(e -> e instanceof PbxEvent.AgentCalled);
    }

    @Test
    void anUnpluggedPhoneIsNotCalled() throws Exception {
        pbx.setMembers(List.of(member("201", "Anna")));
        pbx.setDeviceState("PJSIP/201", MemberState.UNAVAILABLE);
        pbx.simulateCall("600111222");
        Thread.sleep(300);
        assertThat(events).noneMatch(e -> e instanceof PbxEvent.AgentCalled);
        pbx.setDeviceState("PJSIP/201", MemberState.AVAILABLE);
        await(e -> e instanceof PbxEvent.AgentCalled);
    }

    private PbxEvent await(Predicate<PbxEvent> wanted) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < end) {
            for (PbxEvent e : events) {
                if (wanted.test(e)) {
                    return e;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no such event; got " + events);
    }

    private static Member member(String extension, String name) {
        return new Member("PJSIP/" + extension, name, null);
    }
}
