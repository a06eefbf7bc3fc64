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
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tomatic.pbx.CallRate;
import org.tomatic.pbx.CallerArrivals;
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
 *
 * <p>Callers arrive as a Poisson process whose rate may change with time ({@link CallerArrivals}: each turn's rate
 * from the recorded calls): each gap is drawn from the rate in force, and when the rate may change before the
 * drawn arrival, the gap is drawn again from the new rate at that moment (exponential gaps forget the time already
 * waited, so this is exact for a rate that changes in steps). The rate is asked again only then, not per caller.
 *
 * <p>Its timed steps run on a {@link Scheduler}: a thread of its own in real time, or {@link VirtualTime}, which
 * runs the same queue through simulated weeks in milliseconds (the staffing benchmark, the demo's history).
 */
public class SimulatedPbx implements Pbx {

    private static final Logger log = LoggerFactory.getLogger(SimulatedPbx.class);
    /** How long after a failed reading of the rate it is read again. */
    private static final Duration RATE_RETRY = Duration.ofMinutes(1);

    private final String queue;
    private final PbxProperties.Simulated settings;
    private final Clock clock;
    private final Random random;
    private final List<PbxListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, LiveMember> members = new LinkedHashMap<>();
    private final List<Call> waiting = new ArrayList<>();
    private final Scheduler timer;
    private final CallerArrivals arrivals;
    /** The rate in force and until when; read and written by the arrivals' steps only. */
    private volatile CallerArrivals.Rate rate;
    private int callSequence;

    /** Where the simulated PBX's timed steps run. */
    public interface Scheduler {

        /** Runs {@code task} after {@code delay} (of this scheduler's time); nothing once shut down. */
        void schedule(Duration delay, Runnable task);

        boolean isShutdown();

        void shutdown();

        /** Real time, on a daemon thread of its own. */
        static Scheduler realTime() {
            ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "simulated-pbx");
                t.setDaemon(true);
                return t;
            });
            return new Scheduler() {
                @Override
                public void schedule(Duration delay, Runnable task) {
                    try {
                        executor.schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
                    } catch (RejectedExecutionException stopped) {
                        // shut down meanwhile: nothing more runs
                    }
                }

                @Override
                public boolean isShutdown() {
                    return executor.isShutdown();
                }

                @Override
                public void shutdown() {
                    executor.shutdownNow();
                }
            };
        }
    }

    /** A caller in the queue; {@code ringing} = the member whose phone rings for it, if any. */
    private static final class Call {
        final WaitingCaller caller;
        String ringing;

        Call(WaitingCaller caller) {
            this.caller = caller;
        }
    }

    /** In real time; with {@code calls-per-hour=from-history} no caller arrives on their own (no history given). */
    public SimulatedPbx(String queue, PbxProperties.Simulated settings, Clock clock, Random random) {
        this(queue, settings, clock, random, Scheduler.realTime(), null);
    }

    /**
     * @param clock   the time events carry: the scheduler's own for {@link VirtualTime}
     * @param history each turn's rate when {@code calls-per-hour} is {@code from-history}; null = none
     */
    public SimulatedPbx(String queue, PbxProperties.Simulated settings, Clock clock, Random random, Scheduler scheduler,
                        CallerArrivals history) {
        this.queue = queue;
        this.settings = settings;
        this.clock = clock;
        this.random = random;
        this.timer = scheduler;
        CallRate configured = settings.callsPerHour();
        if (configured.fromHistory()) {
            if (history == null) {
                log.info("Simulated PBX: calls-per-hour is {} but there is no history to follow: no caller arrives "
                    + "on their own", CallRate.FROM_HISTORY);
            }
            this.arrivals = history;
        } else {
            double perHour = configured.perHour();
            this.arrivals = perHour > 0 ? at -> new CallerArrivals.Rate(perHour, at.plus(Duration.ofDays(1))) : null;
        }
    }

    /** Starts the random callers (when there is a rate to follow). */
    public void start() {
        if (arrivals != null) {
            nextArrival();
        }
    }

    public void stop() {
        timer.shutdown();
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
        later(patience(), () -> abandon(uniqueId));
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
        if (settings.noAnswerRate() > 0 && random.nextDouble() < settings.noAnswerRate()) {
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

    /**
     * Schedules the next caller from the rate in force, or — when the rate may change before that caller would
     * come — this step again at that moment, to draw from the new rate.
     */
    private void nextArrival() {
        Instant now = now();
        CallerArrivals.Rate current = rate;
        if (current == null || !now.isBefore(current.until())) {
            try {
                current = arrivals.at(now);
            } catch (RuntimeException e) {
                log.warn("Simulated PBX: could not read the callers' rate, trying again in a minute: {}", e.toString());
                current = new CallerArrivals.Rate(0, now.plus(RATE_RETRY));
            }
            if (!current.until().isAfter(now)) {
                current = new CallerArrivals.Rate(current.perHour(), now.plusSeconds(1));
            }
            rate = current;
        }
        Duration untilChange = Duration.between(now, current.until());
        if (current.perHour() > 0) {
            double gapSeconds = -Math.log(1 - random.nextDouble()) * 3600 / current.perHour();
            if (gapSeconds < untilChange.toNanos() / 1e9) {
                timer.schedule(Duration.ofNanos((long) (gapSeconds * 1e9)), () -> {
                    try {
                        simulateCall(randomNumber());
                    } catch (RuntimeException e) {
                        log.warn("Simulated PBX: {}", e.toString());
                    }
                    nextArrival();
                });
                return;
            }
        }
        timer.schedule(untilChange, this::nextArrival);
    }

    private String randomNumber() {
        List<String> known = settings.callerNumbers().stream().filter(n -> !n.isBlank()).toList();
        if (!known.isEmpty() && random.nextBoolean()) {
            return known.get(random.nextInt(known.size()));
        }
        return String.format("6%08d", random.nextInt(100_000_000));
    }

    private Duration ringTime() {
        if (settings.ringTime().isZero()) {
            return Duration.ZERO;
        }
        long max = Math.max(1000, Math.min(settings.ringTime().toMillis(), settings.ringTimeout().toMillis() - 500));
        return Duration.ofMillis(max / 2 + random.nextLong(max / 2 + 1));
    }

    /** Exactly the setting, or exponential with it as the mean. */
    private Duration patience() {
        if (!settings.randomPatience()) {
            return settings.patience();
        }
        return Duration.ofNanos((long) (-Math.log(1 - random.nextDouble()) * settings.patience().toNanos()));
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
        timer.schedule(delay, () -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                log.warn("Simulated PBX: {}", e.toString());
            }
        });
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
