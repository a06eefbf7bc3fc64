package org.tomatic.pbx.asterisk;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.asteriskjava.manager.AuthenticationFailedException;
import org.asteriskjava.manager.DefaultManagerConnection;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.TimeoutException;
import org.asteriskjava.manager.event.ConnectEvent;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one logged-in AMI connection: connects in the background, retries with a {@link Backoff} while
 * Asterisk cannot be reached, notices a dropped link (and a silent one, by a keep-alive action) and
 * connects again. asterisk-java reconnects by itself too, but only after a link it had, and every 5 s
 * for ever; each connection here is used until it drops, then replaced by a fresh one.
 * <p>
 * Every state change happens on the link's one thread, so {@link Handler} calls never overlap, except
 * {@link Handler#event}, which comes on asterisk-java's event thread.
 */
final class AmiLink {

    /** Only the agent class: queue member, caller and agent events. Spares us the chatty call events. */
    static final String EVENT_MASK = "agent";

    private static final Logger log = LoggerFactory.getLogger(AmiLink.class);

    interface Handler {
        /** Logged in on {@code connection}, not yet in use; throwing abandons it and retries later. */
        void connected(ManagerConnection connection) throws Exception;

        /** The link is up: {@link #connection()} returns it. */
        void up(ManagerConnection connection);

        /** The link that was up is gone. */
        void down(String reason);

        /** An event from Asterisk; called on asterisk-java's event thread. */
        void event(ManagerEvent event);

        /** Called every keep-alive period while up; throwing (or no answer) drops the link. */
        void keepAlive(ManagerConnection connection) throws Exception;
    }

    private final AmiAccount account;
    private final Backoff backoff;
    private final Duration keepAlive;
    private final Handler handler;
    private final Object upSignal = new Object();

    private ScheduledExecutorService thread;
    private volatile boolean running;
    private volatile ManagerConnection current;
    private volatile String problem = "not started";
    private volatile long nextAttemptNanos;
    private int failures;
    private ScheduledFuture<?> pendingAttempt;
    private ScheduledFuture<?> keepAliveTask;

    AmiLink(AmiAccount account, Backoff backoff, Duration keepAlive, Handler handler) {
        this.account = account;
        this.backoff = backoff;
        this.keepAlive = keepAlive;
        this.handler = handler;
    }

    /** Starts connecting in the background; returns at once. */
    synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        problem = "not connected yet";
        nextAttemptNanos = 0;
        failures = 0;
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "tomatic-ami-" + account.address());
            t.setDaemon(true);
            return t;
        });
        // stop() must not wait for the next retry.
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        thread = executor;
        thread.execute(this::attempt);
    }

    /** Logs off and stops retrying. */
    void stop() {
        ScheduledExecutorService stopping;
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
            stopping = thread;
        }
        stopping.execute(() -> {
            ManagerConnection c = current;
            current = null;
            problem = "stopped";
            if (c != null) {
                close(c);
            }
        });
        stopping.shutdown();
        try {
            stopping.awaitTermination(account.timeoutMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopping.shutdownNow();
        signal();
    }

    boolean isRunning() {
        return running;
    }

    /** Tries at once (without waiting for the next retry) and waits until the link is up or {@code wait} is over. */
    boolean awaitUp(Duration wait) {
        if (current != null) {
            return true;
        }
        start();
        ScheduledExecutorService t;
        synchronized (this) {
            t = thread;
        }
        try {
            t.execute(this::attemptNow);
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
            return false;
        }
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (upSignal) {
            while (current == null && running) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(upSignal, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return current != null;
    }

    /** The logged-in connection, or null while down. */
    ManagerConnection connection() {
        return current;
    }

    /** Why the link is down (null while up). */
    String problem() {
        String p = problem;
        return p != null || current == null ? p : null;
    }

    /** How long until the next attempt while retrying; zero while an attempt is under way. */
    Duration nextAttemptIn() {
        long next = nextAttemptNanos;
        return next == 0 ? Duration.ZERO : Duration.ofNanos(Math.max(0, next - System.nanoTime()));
    }

    private void attemptNow() {
        if (pendingAttempt != null) {
            pendingAttempt.cancel(false);
            pendingAttempt = null;
        }
        attempt();
    }

    private void attempt() {
        pendingAttempt = null;
        if (!running || current != null) {
            return;
        }
        nextAttemptNanos = 0;
        ManagerConnection c = open();
        try {
            c.login(EVENT_MASK);
            handler.connected(c);
        } catch (Exception e) {
            close(c);
            failed(describe(e));
            return;
        } catch (Error e) {
            close(c);
            failed(e.toString());
            throw e;
        }
        failures = 0;
        current = c;
        problem = null;
        log.info("Connected to Asterisk at {}", account.address());
        keepAliveTask = thread.scheduleWithFixedDelay(() -> keepAlive(c), keepAlive.toMillis(), keepAlive.toMillis(),
            TimeUnit.MILLISECONDS);
        signal();
        handler.up(c);
    }

    private ManagerConnection open() {
        DefaultManagerConnection c = new DefaultManagerConnection(account.host(), account.port(), account.username(),
            account.secret());
        c.setDefaultResponseTimeout(account.timeoutMillis());
        c.setDefaultEventTimeout(account.timeoutMillis());
        c.setSocketTimeout((int) Math.min(Integer.MAX_VALUE, account.timeoutMillis()));
        c.setKeepAliveAfterAuthenticationFailure(false);
        for (Class<? extends AmiMemberEvent> type : AmiMemberEvent.CLASSES) {
            c.registerUserEventClass(type);
        }
        c.addEventListener(event -> {
            if (event instanceof DisconnectEvent) {
                // asterisk-java has started reconnecting this connection by itself: stop it, a fresh one follows.
                close(c);
                if (current == c) {
                    problem = "the connection was closed";   // at once, not when the link's thread gets to it
                }
                execute(() -> dropped(c, "the connection was closed"));
            } else if (!(event instanceof ConnectEvent)) {
                handler.event(event);
            }
        });
        return c;
    }

    private void failed(String why) {
        failures++;
        Duration wait = backoff.after(failures);
        if (failures == 1 || !why.equals(problem)) {
            log.warn("Asterisk at {} unreachable: {} (next try in {})", account.address(), why, AmiAccount.text(wait));
        }
        problem = why;
        nextAttemptNanos = System.nanoTime() + wait.toNanos();
        if (running) {
            pendingAttempt = thread.schedule(this::attempt, wait.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void keepAlive(ManagerConnection c) {
        if (current != c) {
            return;
        }
        try {
            handler.keepAlive(c);
        } catch (Exception e) {
            dropped(c, "no answer to the keep-alive (" + describe(e) + ")");
            close(c);
        }
    }

    private void dropped(ManagerConnection c, String reason) {
        if (current != c) {
            return;
        }
        // Say why before anyone hears of the drop: health() must read "unreachable" from this moment on.
        problem = reason;
        current = null;
        if (keepAliveTask != null) {
            keepAliveTask.cancel(false);
        }
        log.warn("Lost Asterisk at {}: {}", account.address(), reason);
        handler.down(reason);
        failures = 0;
        failed(reason);
    }

    private void execute(Runnable task) {
        try {
            thread.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
            // stopping: nothing to do
        }
    }

    private void signal() {
        synchronized (upSignal) {
            upSignal.notifyAll();
        }
    }

    private static void close(ManagerConnection c) {
        ManagerConnectionState state = c.getState();
        if (state == ManagerConnectionState.CONNECTED || state == ManagerConnectionState.RECONNECTING) {
            try {
                c.logoff();
            } catch (RuntimeException e) {
                log.debug("Logoff failed", e);
            }
        }
    }

    /** Why an attempt failed, in a few words. */
    String describe(Throwable e) {
        String message = e.getMessage();
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof UnknownHostException) {
            return "unknown host " + account.host();
        }
        if (e instanceof SocketTimeoutException) {
            return "no answer within " + account.timeoutText();
        }
        if (e instanceof AuthenticationFailedException) {
            Throwable cause = e.getCause();
            return "login as " + account.username() + " refused: " + message
                + (cause != null && cause.getMessage() != null ? " (" + cause.getMessage() + ")" : "");
        }
        // asterisk-java closes the socket itself when the greeting does not come, and its reader may say so first.
        if (e instanceof TimeoutException && message != null && message.contains("protocol identifier")
            || e instanceof SocketException && "Socket closed".equals(message)) {
            return noGreeting();
        }
        if (e instanceof TimeoutException) {
            return "no answer within " + account.timeoutText();
        }
        return message != null ? message : e.getClass().getSimpleName();
    }

    private String noGreeting() {
        return "no AMI greeting within " + account.timeoutText() + " (is " + account.address()
            + " Asterisk's manager port?)";
    }
}
