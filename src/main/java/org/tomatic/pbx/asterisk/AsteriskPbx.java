package org.tomatic.pbx.asterisk;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.TimeoutException;
import org.asteriskjava.manager.action.CoreSettingsAction;
import org.asteriskjava.manager.action.EventGeneratingAction;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.action.QueueAddAction;
import org.asteriskjava.manager.action.QueuePauseAction;
import org.asteriskjava.manager.action.QueueRemoveAction;
import org.asteriskjava.manager.action.QueueStatusAction;
import org.asteriskjava.manager.action.QueueSummaryAction;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.QueueEntryEvent;
import org.asteriskjava.manager.event.QueueMemberEvent;
import org.asteriskjava.manager.event.QueueParamsEvent;
import org.asteriskjava.manager.event.QueueStatusCompleteEvent;
import org.asteriskjava.manager.event.QueueSummaryCompleteEvent;
import org.asteriskjava.manager.event.QueueSummaryEvent;
import org.asteriskjava.manager.event.ResponseEvent;
import org.asteriskjava.manager.response.CoreSettingsResponse;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.modulith.NamedInterface;
import org.tomatic.pbx.LiveMember;
import org.tomatic.pbx.Member;
import org.tomatic.pbx.Pbx;
import org.tomatic.pbx.PbxEvent;
import org.tomatic.pbx.PbxException;
import org.tomatic.pbx.PbxHealth;
import org.tomatic.pbx.PbxListener;
import org.tomatic.pbx.QueueSnapshot;
import org.tomatic.pbx.WaitingCaller;

/**
 * The queue on an Asterisk, over its manager interface (AMI). Starting never blocks nor fails: the
 * link connects in the background and keeps retrying (1 s doubling to 30 s) while Asterisk is away;
 * every time it comes up listeners get {@code ConnectionChanged(up=true)} and must re-apply the queue,
 * since Asterisk forgets dynamic members when it restarts. Actions while the link is down fail at once
 * with "PBX unreachable: …".
 */
@NamedInterface("asterisk") // the cli's benchmark drives the adapter against a real AMI
public class AsteriskPbx implements Pbx, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AsteriskPbx.class);

    /** A stalled link is noticed within KEEP_ALIVE + KEEP_ALIVE_ANSWER (under 10 s). */
    static final Duration KEEP_ALIVE = Duration.ofSeconds(3);
    static final Duration KEEP_ALIVE_ANSWER = Duration.ofSeconds(5);

    private final String queue;
    private final AmiAccount account;
    private final Clock clock;
    private final AmiEvents events;
    private final AmiLink link;
    private final List<PbxListener> listeners = new CopyOnWriteArrayList<>();
    private final ThreadPoolExecutor delivery;
    private volatile String version = "";
    private volatile boolean queueKnown;

    public AsteriskPbx(String queue, AmiAccount account, Clock clock) {
        this(queue, account, clock, Backoff.DEFAULT, KEEP_ALIVE);
    }

    AsteriskPbx(String queue, AmiAccount account, Clock clock, Backoff backoff, Duration keepAlive) {
        this.queue = queue;
        this.account = account;
        this.clock = clock;
        this.events = new AmiEvents(queue, clock);
        this.link = new AmiLink(account, backoff, keepAlive, new LinkHandler());
        // Listeners run here, in order, never on asterisk-java's thread: one that calls read() there would wait for
        // an answer that thread itself has to deliver.
        this.delivery = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "tomatic-pbx-events");
            t.setDaemon(true);
            return t;
        });
        this.delivery.allowCoreThreadTimeOut(true);
    }

    @Override
    public String queueName() {
        return queue;
    }

    @Override
    public boolean add(Member member) {
        QueueAddAction action = new QueueAddAction(queue, member.memberInterface());
        action.setMemberName(member.name());
        if (member.stateInterface() != null && !member.stateInterface().isBlank()) {
            action.setStateInterface(member.stateInterface());
        }
        ManagerResponse response = send(action);
        if (response instanceof ManagerError) {
            if (AmiReplies.alreadyThere(response.getMessage())) {
                return false;
            }
            throw AmiReplies.addFailed(queue, member.memberInterface(), response.getMessage());
        }
        return true;
    }

    @Override
    public boolean remove(String memberInterface) {
        ManagerResponse response = send(new QueueRemoveAction(queue, memberInterface));
        if (response instanceof ManagerError) {
            if (AmiReplies.notThere(response.getMessage())) {
                return false;
            }
            throw AmiReplies.removeFailed(queue, memberInterface, response.getMessage());
        }
        return true;
    }

    @Override
    public void pause(String memberInterface, String reason) {
        QueuePauseAction action = new QueuePauseAction(memberInterface, queue, true);
        if (reason != null && !reason.isBlank()) {
            action.setReason(reason);
        }
        ManagerResponse response = send(action);
        if (response instanceof ManagerError) {
            throw AmiReplies.pauseFailed(queue, memberInterface, true, response.getMessage());
        }
    }

    @Override
    public void resume(String memberInterface) {
        ManagerResponse response = send(new QueuePauseAction(memberInterface, queue, false));
        if (response instanceof ManagerError) {
            throw AmiReplies.pauseFailed(queue, memberInterface, false, response.getMessage());
        }
    }

    @Override
    public QueueSnapshot read() {
        QueueStatusAction action = new QueueStatusAction();
        action.setQueue(queue);
        ResponseEvents reply = sendList(requireConnection(), action, QueueStatusCompleteEvent.class);
        Instant now = clock.instant();
        boolean known = false;
        List<LiveMember> members = new ArrayList<>();
        List<WaitingCaller> callers = new ArrayList<>();
        for (ResponseEvent event : reply.getEvents()) {
            if (event instanceof QueueParamsEvent e && events.ours(e.getQueue())) {
                known = true;
            } else if (event instanceof QueueMemberEvent e && events.ours(e.getQueue())) {
                members.add(AmiEvents.member(e));
            } else if (event instanceof QueueEntryEvent e && events.ours(e.getQueue())) {
                callers.add(AmiEvents.caller(e, now));
            }
        }
        if (!known) {
            throw AmiReplies.noSuchQueue(queue);
        }
        callers.sort(Comparator.comparingInt(WaitingCaller::position));
        return new QueueSnapshot(queue, members, callers);
    }

    /** Asterisk's own summary of the queue (QueueSummary action). */
    public QueueSummary summary() {
        QueueSummary summary = summary(requireConnection());
        if (summary == null) {
            throw AmiReplies.noSuchQueue(queue);
        }
        return summary;
    }

    @Override
    public void listen(PbxListener listener) {
        listeners.add(listener);
    }

    @Override
    public PbxHealth health() {
        String where = "Asterisk" + (version.isEmpty() ? "" : " " + version) + " at " + account.address();
        if (!link.isRunning()) {
            return new PbxHealth(false, where + ": not connected (stopped)");
        }
        String problem = link.problem();
        if (problem != null) {
            Duration next = link.nextAttemptIn();
            return new PbxHealth(false, where + " unreachable: " + problem
                + (next.isZero() ? "" : "; next try in " + AmiAccount.text(next)));
        }
        if (!queueKnown) {
            return new PbxHealth(false, where + " is connected but has no queue named " + queue);
        }
        return new PbxHealth(true, where + ", queue " + queue);
    }

    /**
     * Connects now (without waiting for the next retry) and waits at most {@code wait} for it, for
     * commands that need Asterisk at once.
     *
     * @throws PbxException "PBX unreachable: …" when it is not up in time
     */
    public void connect(Duration wait) {
        if (!link.awaitUp(wait)) {
            throw unreachable();
        }
    }

    /** Starts connecting in the background; returns at once. */
    @Override
    public void start() {
        link.start();
    }

    @Override
    public void stop() {
        link.stop();
    }

    @Override
    public boolean isRunning() {
        return link.isRunning();
    }

    private ManagerResponse send(ManagerAction action) {
        ManagerConnection connection = requireConnection();
        long started = System.nanoTime();
        try {
            ManagerResponse response = connection.sendAction(action, account.timeoutMillis());
            if (response == null) {
                throw lost(action);
            }
            return response;
        } catch (TimeoutException e) {
            throw noAnswer(action, started);
        } catch (IllegalStateException e) {
            throw lost(action);
        } catch (IOException e) {
            throw new PbxException("PBX unreachable: Asterisk at " + account.address() + ": " + e.getMessage(), e);
        }
    }

    private ResponseEvents sendList(ManagerConnection connection, EventGeneratingAction action,
                                    Class<? extends ResponseEvent> complete) {
        return sendList(connection, action, complete, account.timeoutMillis());
    }

    private ResponseEvents sendList(ManagerConnection connection, EventGeneratingAction action,
                                    Class<? extends ResponseEvent> complete, long timeoutMillis) {
        long started = System.nanoTime();
        ResponseEvents reply;
        try {
            reply = connection.sendEventGeneratingAction(action, timeoutMillis);
        } catch (TimeoutException e) {
            throw noAnswer(action, started);
        } catch (IllegalStateException e) {
            throw lost(action);
        } catch (IOException e) {
            throw new PbxException("PBX unreachable: Asterisk at " + account.address() + ": " + e.getMessage(), e);
        }
        if (reply.getResponse() instanceof ManagerError error) {
            throw new PbxException("Asterisk refused " + action.getAction() + " for queue " + queue + ": "
                + error.getMessage());
        }
        // A link that drops half-way ends the wait early, with the list incomplete.
        if (reply.getResponse() == null || reply.getEvents().stream().noneMatch(complete::isInstance)) {
            throw lost(action);
        }
        return reply;
    }

    private QueueSummary summary(ManagerConnection connection) {
        return summary(connection, account.timeoutMillis());
    }

    private QueueSummary summary(ManagerConnection connection, long timeoutMillis) {
        ResponseEvents reply = sendList(connection, new QueueSummaryAction(queue), QueueSummaryCompleteEvent.class,
            timeoutMillis);
        for (ResponseEvent event : reply.getEvents()) {
            if (event instanceof QueueSummaryEvent e && events.ours(e.getQueue())) {
                queueKnown = true;
                return new QueueSummary(queue, orZero(e.getLoggedIn()), orZero(e.getAvailable()),
                    orZero(e.getCallers()), Duration.ofSeconds(orZero(e.getHoldTime())),
                    Duration.ofSeconds(orZero(e.getTalkTime())), Duration.ofSeconds(orZero(e.getLongestHoldTime())));
            }
        }
        queueKnown = false;
        return null;
    }

    private ManagerConnection requireConnection() {
        ManagerConnection connection = link.connection();
        if (connection == null) {
            throw unreachable();
        }
        return connection;
    }

    private PbxException unreachable() {
        String problem = link.isRunning() ? link.problem() : "not connected (stopped)";
        return new PbxException("PBX unreachable: Asterisk at " + account.address() + ": "
            + (problem == null ? "not connected" : problem));
    }

    private PbxException lost(ManagerAction action) {
        return new PbxException("PBX unreachable: the link to Asterisk at " + account.address() + " dropped during "
            + action.getAction());
    }

    /** asterisk-java reports a link that dropped while waiting as a timeout too, only sooner. */
    private PbxException noAnswer(ManagerAction action, long startedNanos) {
        if (System.nanoTime() - startedNanos < account.timeout().toNanos() / 2) {
            return lost(action);
        }
        return new PbxException("PBX unreachable: no answer from Asterisk at " + account.address() + " to "
            + action.getAction() + " within " + account.timeoutText());
    }

    private void emit(PbxEvent event) {
        delivery.execute(() -> {
            for (PbxListener listener : listeners) {
                try {
                    listener.on(event);
                } catch (RuntimeException e) {
                    log.warn("A PBX listener failed on {}", event, e);
                }
            }
        });
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private final class LinkHandler implements AmiLink.Handler {

        @Override
        public void connected(ManagerConnection connection) throws Exception {
            ManagerResponse settings = connection.sendAction(new CoreSettingsAction(), account.timeoutMillis());
            if (settings instanceof CoreSettingsResponse s && s.getAsteriskVersion() != null) {
                version = s.getAsteriskVersion();
            }
            if (summary(connection) == null) {
                log.warn("Asterisk at {} has no queue named {}", account.address(), queue);
            }
        }

        @Override
        public void up(ManagerConnection connection) {
            emit(new PbxEvent.ConnectionChanged(clock.instant(), true,
                "connected to Asterisk" + (version.isEmpty() ? "" : " " + version) + " at " + account.address()));
        }

        @Override
        public void down(String reason) {
            emit(new PbxEvent.ConnectionChanged(clock.instant(), false,
                "lost Asterisk at " + account.address() + ": " + reason));
        }

        @Override
        public void event(ManagerEvent event) {
            events.map(event).ifPresent(AsteriskPbx.this::emit);
        }

        @Override
        public void keepAlive(ManagerConnection connection) {
            summary(connection, Math.min(account.timeoutMillis(), KEEP_ALIVE_ANSWER.toMillis()));
        }
    }
}
