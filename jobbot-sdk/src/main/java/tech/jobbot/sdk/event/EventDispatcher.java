package tech.jobbot.sdk.event;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import tech.jobbot.domain.account.Account;
import tech.jobbot.domain.event.JobbotEvent;
import tech.jobbot.ports.out.account.AccountRepository;
import tech.jobbot.ports.out.event.EventOutbox;
import tech.jobbot.ports.out.tx.Transactions;

/**
 * Takes committed events from the outbox and hands each to the host's listeners and to the
 * webhook deliveries. Claims are leased, so with several nodes each event is dispatched by one.
 */
public final class EventDispatcher {
    private static final Logger LOG = System.getLogger(EventDispatcher.class.getName());
    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final int BATCH = 100;

    private final Transactions tx;
    private final EventOutbox outbox;
    private final AccountRepository accounts;
    private final List<JobbotEventListener> listeners;
    private final Consumer<JobbotEvent> deliveries;
    private final Clock clock;

    /** @param deliveries enqueues the event's webhook deliveries (inside the dispatch transaction) */
    public EventDispatcher(Transactions tx, EventOutbox outbox, AccountRepository accounts,
            List<JobbotEventListener> listeners, Consumer<JobbotEvent> deliveries, Clock clock) {
        this.tx = tx;
        this.outbox = outbox;
        this.accounts = accounts;
        this.listeners = List.copyOf(listeners);
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Dispatches every committed event not yet dispatched; returns how many. */
    public int dispatch() {
        int dispatched = 0;
        for (;;) {
            List<JobbotEvent> batch = outbox.claim(clock.instant(), LEASE, BATCH);
            if (batch.isEmpty()) {
                return dispatched;
            }
            for (JobbotEvent claimed : batch) {
                JobbotEvent event = claimed.externalSubject().isPresent() ? claimed
                        : claimed.withExternalSubject(subjectOf(claimed));
                for (JobbotEventListener listener : listeners) {
                    try {
                        listener.on(event);
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "an event listener failed on " + event.type() + " " + event.id(), e);
                    }
                }
                tx.inTransaction(() -> {
                    deliveries.accept(event);
                    if (event instanceof JobbotEvent.AccountErased) {
                        // Nothing about an erased person stays once the host and its webhooks have it.
                        outbox.delete(event);
                    } else {
                        outbox.markDispatched(event, clock.instant());
                    }
                    return null;
                });
                dispatched++;
            }
        }
    }

    private Optional<String> subjectOf(JobbotEvent event) {
        try {
            return accounts.findById(event.account()).flatMap(Account::externalSubject).map(s -> s.value());
        } catch (RuntimeException gone) {
            return Optional.empty();
        }
    }
}
