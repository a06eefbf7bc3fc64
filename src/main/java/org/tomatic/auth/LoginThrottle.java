package org.tomatic.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tomatic.system.AuditLog;
import org.tomatic.system.Utc;

/**
 * Slows down password guessing on the login form, per account and per client address: after a few failures
 * each attempt must wait (doubling), after many the account (or address) is locked for a while. Attempts made
 * while waiting are refused unchecked and count as failures. A good password forgets the account's failures.
 * Single sign-on never comes here: the identity provider throttles its own logins.
 */
@Service
public class LoginThrottle {

    /** What the next attempt may do. */
    public record Verdict(Kind kind, Duration waitFor) {
        public enum Kind { ALLOWED, WAIT, LOCKED }

        static final Verdict ALLOWED = new Verdict(Kind.ALLOWED, Duration.ZERO);

        boolean allowed() {
            return kind == Kind.ALLOWED;
        }
    }

    private record State(int failures, Instant lastFailure, Instant lockedUntil) {}

    private static final int MAX_KEY = 300;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final LoginThrottleProperties policy;

    LoginThrottle(JdbcClient jdbc, Clock clock, AuditLog audit, LoginThrottleProperties policy) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.policy = policy;
    }

    /** Whether an attempt for this account from this address may be checked now. */
    public Verdict check(String username, String address) {
        Verdict account = verdict(state(accountKey(username)), policy.delayAfter());
        Verdict client = verdict(state(addressKey(address)), policy.addressDelayAfter());
        if (account.kind() != client.kind()) {
            return account.kind().ordinal() > client.kind().ordinal() ? account : client;
        }
        return account.waitFor().compareTo(client.waitFor()) >= 0 ? account : client;
    }

    /** A wrong password (or an attempt refused while waiting). */
    @Transactional
    public void failed(String username, String address) {
        count(accountKey(username), policy.lockAfter(), "account " + name(username));
        count(addressKey(address), policy.addressLockAfter(), "address " + address);
    }

    /** A good password: the account's failures are forgotten (the address's fade with time). */
    public void succeeded(String username) {
        jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = :key").param("key", accountKey(username)).update();
    }

    /** Until when the person's account is locked, if it is. */
    public Optional<Instant> lockedUntil(String personId) {
        State s = state(accountKey(personId));
        return s != null && s.lockedUntil() != null && clock.instant().isBefore(s.lockedUntil())
            ? Optional.of(s.lockedUntil()) : Optional.empty();
    }

    /** An administrator lifts the lock (and the waits) of a person's account. */
    public void unlock(String personId, String actor) {
        int removed = jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = :key")
            .param("key", accountKey(personId)).update();
        if (removed > 0) {
            audit.record(actor, "login", name(personId), "unlock", null);
        }
    }

    private Verdict verdict(State s, int delayAfter) {
        if (s == null) {
            return Verdict.ALLOWED;
        }
        Instant now = clock.instant();
        if (s.lockedUntil() != null && now.isBefore(s.lockedUntil())) {
            return new Verdict(Verdict.Kind.LOCKED, Duration.between(now, s.lockedUntil()));
        }
        if (stale(s, now)) {
            return Verdict.ALLOWED;
        }
        Instant next = s.lastFailure().plus(policy.delay(s.failures(), delayAfter));
        return now.isBefore(next) ? new Verdict(Verdict.Kind.WAIT, Duration.between(now, next)) : Verdict.ALLOWED;
    }

    /** Failures long ago, or a lock that has run out, start the count anew. */
    private boolean stale(State s, Instant now) {
        return s.lockedUntil() != null ? !now.isBefore(s.lockedUntil())
            : s.lastFailure().plus(policy.forgetAfter()).isBefore(now);
    }

    private void count(String key, int lockAfter, String who) {
        Instant now = clock.instant();
        State s = state(key);
        if (s != null && s.lockedUntil() != null && now.isBefore(s.lockedUntil())) {
            return;   // locked already: the lock does not grow
        }
        int failures = s == null || stale(s, now) ? 1 : s.failures() + 1;
        Instant lockedUntil = failures >= lockAfter ? now.plus(policy.lockFor()) : null;
        if (lockedUntil != null) {
            audit.record("tomatic", "login", who, "lock", failures + " failed attempts; locked for "
                + policy.lockFor().toMinutes() + " minutes");
        }
        var update = jdbc.sql("""
                UPDATE login_throttle SET failures = :failures, last_failure = :now, locked_until = :until
                WHERE throttle_key = :key""")
            .param("failures", failures).param("now", Utc.db(now)).param("until", Utc.db(lockedUntil))
            .param("key", key);
        if (update.update() == 0) {
            try {
                jdbc.sql("""
                        INSERT INTO login_throttle (throttle_key, failures, last_failure, locked_until)
                        VALUES (:key, :failures, :now, :until)""")
                    .param("failures", failures).param("now", Utc.db(now)).param("until", Utc.db(lockedUntil))
                    .param("key", key).update();
            } catch (DuplicateKeyException raced) {
                update.update();
            }
        }
    }

    private State state(String key) {
        return jdbc.sql("SELECT * FROM login_throttle WHERE throttle_key = :key").param("key", key)
            .query((rs, n) -> new State(rs.getInt("failures"), Utc.read(rs, "last_failure"),
                Utc.read(rs, "locked_until")))
            .optional().orElse(null);
    }

    private static String name(String username) {
        String n = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return n.length() > 200 ? n.substring(0, 200) : n;
    }

    static String accountKey(String username) {
        return "account:" + name(username);
    }

    static String addressKey(String address) {
        String a = address == null ? "" : address;
        return "address:" + (a.length() > MAX_KEY - 10 ? a.substring(0, MAX_KEY - 10) : a);
    }
}
