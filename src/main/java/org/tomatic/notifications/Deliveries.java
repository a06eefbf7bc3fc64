package org.tomatic.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tomatic.notifications.channels.Channel;
import org.tomatic.notifications.channels.Channels;
import org.tomatic.notifications.channels.DeliveryFailure;
import org.tomatic.people.Person;
import org.tomatic.people.PersonRepository;

/**
 * The {@link Notifier}: stores each notification with one delivery per channel (per person for a personal
 * message) in the caller's transaction, and returns at once; the {@link DeliveryWorker} sends them. A failed
 * attempt is retried with exponential backoff on 5xx, 429, timeouts and connection errors, failed at once on
 * other 4xx, and given up after {@code tomatic.notifications.delivery.max-attempts} (FAILED, logged).
 */
@Service
public class Deliveries implements Notifier {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);
    private static final int BATCH = 50;

    private final DeliveryRepository repository;
    private final Channels channels;
    private final PersonRepository people;
    private final NotificationProperties.Delivery settings;
    private final DeliverySignal signal;
    private final Clock clock;

    Deliveries(DeliveryRepository repository, Channels channels, PersonRepository people,
               NotificationProperties properties, DeliverySignal signal, Clock clock) {
        this.repository = repository;
        this.channels = channels;
        this.people = people;
        this.settings = properties.delivery();
        this.signal = signal;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void team(Notification notification) {
        enqueueTeam(notification);
    }

    /** Queues a team message; empty when no channel is configured (then nothing is stored). */
    @Transactional
    public OptionalLong enqueueTeam(Notification notification) {
        List<Channel> team = channels.forTeam();
        if (team.isEmpty()) {
            log.debug("No notification channel configured: {} not sent", notification.type());
            return OptionalLong.empty();
        }
        Instant now = clock.instant();
        long id = repository.insertNotification(notification, null, now);
        for (Channel channel : team) {
            repository.insertDelivery(id, channel.kind(), channel.target(), null, Delivery.Status.PENDING, null, now);
        }
        wakeAfterCommit();
        return OptionalLong.of(id);
    }

    /**
     * By email to the person's address. None of the webhook kinds can reach one person, so without an
     * email address (or without an SMTP server) the delivery is recorded as skipped, with the reason.
     */
    @Override
    @Transactional
    public void person(String personId, Notification notification) {
        Instant now = clock.instant();
        long id = repository.insertNotification(notification, personId, now);
        Optional<Person> person = people.findById(personId);
        String skipped = null;
        if (person.isEmpty()) {
            skipped = "unknown person";
        } else if (!person.get().active()) {
            skipped = "inactive";
        } else if (person.get().email() == null || person.get().email().isBlank()) {
            skipped = "no email";
        } else if (channels.email().isEmpty()) {
            skipped = "email is not configured";
        }
        String address = person.map(Person::email).filter(e -> e != null && !e.isBlank()).orElse(null);
        if (skipped != null) {
            repository.insertDelivery(id, Channel.EMAIL, address, personId, Delivery.Status.SKIPPED, skipped, now);
            return;
        }
        repository.insertDelivery(id, Channel.EMAIL, address.strip(), personId, Delivery.Status.PENDING, null, now);
        wakeAfterCommit();
    }

    /**
     * For a CLI command, which does not stay to let the server's worker send: queues a team message and
     * delivers it before returning (see {@link #deliverNow}); empty when no channel is configured.
     */
    public List<Delivery> teamNow(Notification notification, Duration timeout) {
        OptionalLong id = enqueueTeam(notification);
        return id.isPresent() ? deliverNow(id.getAsLong(), timeout) : List.of();
    }

    /**
     * Sends one notification's deliveries now, retrying within {@code timeout}, for a process that will
     * not stay to let the worker do it (the CLI). Returns them as they ended (open ones are left queued).
     */
    public List<Delivery> deliverNow(long notificationId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Instant now = clock.instant();
            for (Delivery d : repository.ofNotification(notificationId)) {
                if (d.open()) {
                    attempt(d.id());
                }
            }
            List<Delivery> open = repository.ofNotification(notificationId).stream().filter(Delivery::open).toList();
            if (open.isEmpty()) {
                break;
            }
            now = clock.instant();
            Instant next = open.stream()
                .map(d -> d.status() == Delivery.Status.PENDING && d.nextAttemptAt() != null ? d.nextAttemptAt()
                    : clock.instant().plusMillis(200))
                .min(Comparator.naturalOrder()).orElse(now);
            long waitNanos = Math.max(Duration.between(now, next).toNanos(), Duration.ofMillis(20).toNanos());
            if (System.nanoTime() + waitNanos > deadline) {
                break;
            }
            try {
                Thread.sleep(Duration.ofNanos(waitNanos).toMillis(), (int) (waitNanos % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return repository.ofNotification(notificationId);
    }

    /** One round of the worker: every due delivery, once. */
    void sendDue() {
        for (long id : repository.due(clock.instant(), BATCH)) {
            attempt(id);
        }
    }

    /** How long the worker may sleep: until the next retry, at most {@code max}. */
    Duration untilNextDue(Duration max) {
        return repository.nextDue().map(next -> Duration.between(clock.instant(), next))
            .filter(d -> d.compareTo(max) < 0).map(d -> d.isNegative() ? Duration.ZERO : d).orElse(max);
    }

    /** One attempt at one delivery, if it is due and nobody else took it; true when it was tried. */
    boolean attempt(long deliveryId) {
        Instant now = clock.instant();
        Duration hold = settings.timeout().multipliedBy(3).plusSeconds(30);
        if (!repository.claim(deliveryId, now, now.plus(hold))) {
            return false;
        }
        Optional<Delivery> claimed = repository.get(deliveryId);
        if (claimed.isEmpty()) {
            return false;
        }
        Delivery d = claimed.get();
        int attempts = d.attempts() + 1;
        Optional<Notification> notification = repository.notification(d.notificationId());
        Optional<? extends Channel> channel = Channel.EMAIL.equals(d.channel()) ? channels.email()
            : channels.byKind(d.channel());
        if (notification.isEmpty()) {
            return false;
        }
        if (channel.isEmpty()) {
            giveUp(d, attempts, "the " + d.channel() + " channel is no longer configured", now);
            return true;
        }
        try {
            channel.get().send(notification.get(), d.personId() == null ? null : d.target(), now);
            repository.sent(deliveryId, attempts, clock.instant());
        } catch (DeliveryFailure f) {
            failed(d, attempts, f.getMessage(), f.retryable(), f.retryAfter());
        } catch (RuntimeException e) {
            failed(d, attempts, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                true, null);
        }
        return true;
    }

    private void failed(Delivery d, int attempts, String error, boolean retryable, Duration retryAfter) {
        Instant now = clock.instant();
        if (!retryable) {
            giveUp(d, attempts, error, now);
        } else if (attempts >= settings.maxAttempts()) {
            giveUp(d, attempts, error + " (gave up after " + attempts + " attempts)", now);
        } else {
            Duration wait = backoff(attempts, retryAfter);
            log.info("Notification {} ({}) to {} {}: attempt {} failed, next in {}: {}", d.notificationId(), d.type(),
                d.channel(), d.target(), attempts, wait, error);
            repository.retryAt(d.id(), attempts, error, now.plus(wait));
        }
    }

    private void giveUp(Delivery d, int attempts, String error, Instant now) {
        log.warn("Notification {} ({}) to {} {} failed: {}", d.notificationId(), d.type(), d.channel(), d.target(),
            error);
        repository.failed(d.id(), attempts, error, now);
    }

    /** backoff × 2^(attempts − 1), or what the peer asked for, at most max-backoff. */
    Duration backoff(int attempts, Duration retryAfter) {
        Duration wait = settings.backoff().multipliedBy(1L << Math.min(attempts - 1, 20));
        if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
            wait = retryAfter;
        }
        return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
    }

    /** The newest deliveries, for the administrators' page. */
    public List<Delivery> recent(int limit) {
        return repository.recent(limit);
    }

    public List<Delivery> ofNotification(long notificationId) {
        return repository.ofNotification(notificationId);
    }

    /** Puts a failed delivery back in the queue; false when it had not failed. */
    public boolean retry(long deliveryId) {
        boolean requeued = repository.requeue(deliveryId, clock.instant());
        if (requeued) {
            wakeAfterCommit();
        }
        return requeued;
    }

    /** Whether any team channel is configured. */
    public boolean anyTeamChannel() {
        return !channels.forTeam().isEmpty();
    }

    public int teamChannelCount() {
        return channels.forTeam().size();
    }

    /** What the administrators' page shows of the team channels: kind and host (or addresses). */
    public List<String> describeTeamChannels() {
        return channels.forTeam().stream().map(c -> c.kind() + " (" + c.target() + ")").toList();
    }

    private void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signal.wake();
                }
            });
        } else {
            signal.wake();
        }
    }
}
