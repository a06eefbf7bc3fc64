package org.tomatic.pbx.simulated;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tomatic.pbx.LiveMember;
import org.tomatic.pbx.Member;
import org.tomatic.pbx.MemberState;
import org.tomatic.pbx.Pbx;
import org.tomatic.pbx.PbxEvent;
import org.tomatic.pbx.PbxException;
import org.tomatic.pbx.PbxHealth;
import org.tomatic.pbx.PbxListener;
import org.tomatic.pbx.PbxProperties;
import org.tomatic.pbx.QueueSnapshot;
import org.tomatic.pbx.WaitingCaller;

/**
 * An in-memory queue that behaves like a small Asterisk one, so the demo is alive without a PBX:
 * callers arrive at random, ring the free member who waited longest (never a paused one), are
 * answered or left unanswered, talk, hang up; callers who wait too long give up. The same events,
 * in the same order, as Asterisk sends them.
 */
public class SimulatedPbx implements Pbx {

    private static final Logger log = LoggerFactory.getLogger(SimulatedPbx.class);
    /** Share of rings the simulated agent lets pass unanswered. */
    private static final double NO_ANSWER_RATE = 0.1;

    private final String queue;
    private final PbxProperties.Simulated settings;
    private final Clock clock;
    private final Random random;
    private final List<PbxListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, LiveMember> members = new LinkedHashMap<>();
    private final List<Call> waiting = new ArrayList<>();
    private final ScheduledExecutorService timer;
    private int callSequence;

    /** A caller in the queue; {@code ringing} = the member whose phone rings for it, if any. */
    private static final class Call {
        final WaitingCaller caller;
        String ringing;

        Call(WaitingCaller caller) {
            this.caller = caller;
        }
    }

    public SimulatedPbx(String queue, PbxProperties.Simulated settings, Clock clock, Random random) {
        this.queue = queue;
        this.settings = settings;
        this.clock = clock;
        this.random = random;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "simulated-pbx");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts the random callers (when a rate is set). */
    public void start() {
        if (settings.callsPerHour() > 0) {
            scheduleNextArrival();
        }
    }

    public void stop() {
        timer.shutdownNow();
    }

    @Override
    public String queueName() {
        return queue;
    }

    @Override
    public synchronized boolean add(Member member) {
        if (members.containsKey(member.memberInterface())) {
            return false;
        }
        LiveMember live = new LiveMember(member.memberInterface(), member.name(), MemberState.AVAILABLE, false, null,
            null, 0, null);
        members.put(member.memberInterface(), live);
        emit(new PbxEvent.MemberChanged(now(), live));
        later(Duration.ZERO, this::dispatch);
        return true;
    }

    @Override
    public synchronized boolean remove(String memberInterface) {
        if (members.remove(memberInterface) == null) {
            return false;
        }
        waiting.stream().filter(c -> memberInterface.equals(c.ringing)).forEach(c -> c.ringing = null);
        emit(new PbxEvent.MemberRemoved(now(), memberInterface));
        return true;
    }

    @Override
    public synchronized void pause(String memberInterface, String reason) {
        LiveMember m = existing(memberInterface);
        update(m.withPause(true, reason == null ? "" : reason, now()));
    }

    @Override
    public synchronized void resume(String memberInterface) {
        LiveMember m = existing(memberInterface);
        update(m.withPause(false, null, null));
        later(Duration.ZERO, this::dispatch);
    }

    @Override
    public synchronized QueueSnapshot read() {
        return new QueueSnapshot(queue, List.copyOf(members.values()), waiting.stream().map(c -> c.caller).toList());
    }

    @Override
    public void listen(PbxListener listener) {
        listeners.add(listener);
    }

    @Override
    public PbxHealth health() {
        return new PbxHealth(true, "simulated PBX, queue " + queue);
    }

    /** A caller from {@code number} joins the queue now; returns the call's unique id. */
    public synchronized String simulateCall(String number) {
        callSequence++;
        String uniqueId = (clock.millis() / 1000) + "." + callSequence;
        WaitingCaller caller = new WaitingCaller(uniqueId, number, "", waiting.size() + 1, now());
        waiting.add(new Call(caller));
        emit(new PbxEvent.CallerJoined(now(), caller));
        later(settings.patience(), () -> abandon(uniqueId));
        later(Duration.ZERO, this::dispatch);
        return uniqueId;
    }

    /** Forgets the callers waiting, without a word (tests start from a quiet queue). */
    public synchronized void forgetCallers() {
        waiting.clear();
    }

    /** What a member's phone reports, as if it were unplugged (UNAVAILABLE) or plugged back (AVAILABLE). */
    public synchronized void setDeviceState(String memberInterface, MemberState state) {
        update(existing(memberInterface).withState(state));
        later(Duration.ZERO, this::dispatch);
    }

    private synchronized void dispatch() {
        for (Call call : waiting) {
            if (call.ringing != null) {
                continue;
            }
            Optional<LiveMember> free = members.values().stream()
                .filter(m -> !m.paused() && m.state() == MemberState.AVAILABLE)
                .min(Comparator.comparing((LiveMember m) -> m.lastCall() == null ? Instant.EPOCH : m.lastCall()));
            if (free.isEmpty()) {
                return;
            }
            ring(call, free.get());
        }
    }

    private void ring(Call call, LiveMember member) {
        call.ringing = member.memberInterface();
        emit(new PbxEvent.AgentCalled(now(), member.memberInterface(), member.name(), call.caller.uniqueId(),
            call.caller.callerNumber()));
        update(member.withState(MemberState.RINGING));
        Instant ringStarted = now();
        if (random.nextDouble() < NO_ANSWER_RATE) {
            later(settings.ringTimeout(), () -> noAnswer(call, member.memberInterface(), ringStarted));
        } else {
            later(ringTime(), () -> answer(call, member.memberInterface(), ringStarted));
        }
    }

    private synchronized void noAnswer(Call call, String memberInterface, Instant ringStarted) {
        if (!memberInterface.equals(call.ringing) || !waiting.contains(call)) {
            return;
        }
        call.ringing = null;
        emit(new PbxEvent.AgentRingNoAnswer(now(), memberInterface, call.caller.uniqueId(),
            Duration.between(ringStarted, now())));
        LiveMember m = members.get(memberInterface);
        if (m != null) {
            update(m.withState(MemberState.AVAILABLE));
        }
        later(Duration.ofSeconds(1), this::dispatch);
    }

    private synchronized void answer(Call call, String memberInterface, Instant ringStarted) {
        LiveMember m = members.get(memberInterface);
        if (m == null || !memberInterface.equals(call.ringing) || !waiting.remove(call)) {
            return;
        }
        Instant at = now();
        // Asterisk tells the caller left the waiting line before it tells the agent connected.
        emit(new PbxEvent.CallerLeft(at, call.caller.uniqueId()));
        Duration hold = Duration.between(call.caller.since(), at);
        emit(new PbxEvent.AgentConnected(at, memberInterface, call.caller.uniqueId(), call.caller.callerNumber(),
            Duration.ofSeconds(hold.toSeconds()), Duration.ofSeconds(Duration.between(ringStarted, at).toSeconds())));
        update(m.withState(MemberState.IN_CALL));
        later(talkTime(), () -> complete(call, memberInterface, hold, at));
    }

    private synchronized void complete(Call call, String memberInterface, Duration hold, Instant answeredAt) {
        Duration talk = Duration.between(answeredAt, now());
        emit(new PbxEvent.AgentCompleted(now(), memberInterface, call.caller.uniqueId(), Duration.ofSeconds(hold.toSeconds()),
            Duration.ofSeconds(talk.toSeconds()), random.nextBoolean() ? "agent" : "caller"));
        LiveMember m = members.get(memberInterface);
        if (m != null) {
            update(m.withState(MemberState.AVAILABLE).withCallTaken(now()));
        }
        later(Duration.ZERO, this::dispatch);
    }

    private synchronized void abandon(String uniqueId) {
        Optional<Call> call = waiting.stream().filter(c -> c.caller.uniqueId().equals(uniqueId)).findFirst();
        if (call.isEmpty()) {
            return;
        }
        Call c = call.get();
        waiting.remove(c);
        if (c.ringing != null && members.containsKey(c.ringing)) {
            update(members.get(c.ringing).withState(MemberState.AVAILABLE));
        }
        emit(new PbxEvent.CallerAbandoned(now(), uniqueId, Duration.ofSeconds(Duration.between(c.caller.since(), now()).toSeconds())));
        emit(new PbxEvent.CallerLeft(now(), uniqueId));
    }

    private void scheduleNextArrival() {
        double meanSeconds = 3600 / settings.callsPerHour();
        long delayMs = (long) (-Math.log(1 - random.nextDouble()) * meanSeconds * 1000);
        timer.schedule(() -> {
            simulateCall(randomNumber());
            scheduleNextArrival();
        }, delayMs, TimeUnit.MILLISECONDS);
    }

    private String randomNumber() {
        List<String> known = settings.callerNumbers().stream().filter(n -> !n.isBlank()).toList();
        if (!known.isEmpty() && random.nextBoolean()) {
            return known.get(random.nextInt(known.size()));
        }
        return String.format("6%08d", random.nextInt(100_000_000));
    }

    private Duration ringTime() {
        long max = Math.max(1000, Math.min(settings.ringTime().toMillis(), settings.ringTimeout().toMillis() - 500));
        return Duration.ofMillis(max / 2 + random.nextLong(max / 2 + 1));
    }

    private Duration talkTime() {
        double mean = settings.averageTalk().toMillis();
        return Duration.ofMillis(Math.max(1000, (long) (-Math.log(1 - random.nextDouble()) * mean)));
    }

    private LiveMember existing(String memberInterface) {
        LiveMember m = members.get(memberInterface);
        if (m == null) {
            throw new PbxException(memberInterface + " is not in queue " + queue);
        }
        return m;
    }

    private void update(LiveMember m) {
        members.put(m.memberInterface(), m);
        emit(new PbxEvent.MemberChanged(now(), m));
    }

    private void later(Duration delay, Runnable action) {
        if (timer.isShutdown()) {
            return;
        }
        timer.schedule(() -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                log.warn("Simulated PBX: {}", e.toString());
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void emit(PbxEvent event) {
        for (PbxListener l : listeners) {
            try {
                l.on(event);
            } catch (RuntimeException e) {
                log.warn("PBX listener failed on {}: {}", event.getClass().getSimpleName(), e.toString());
            }
        }
    }

    private Instant now() {
        return clock.instant();
    }

}
