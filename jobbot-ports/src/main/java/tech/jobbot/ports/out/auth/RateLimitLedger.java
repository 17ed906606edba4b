package tech.jobbot.ports.out.auth;

import java.time.Instant;
import java.util.List;

/**
 * Events counted by rate limits, shared by all server nodes. Keys are digests (of an address, a
 * client IP), never plaintext.
 */
public interface RateLimitLedger {
    /**
     * Locks the keys until the current transaction ends, so that checking the limits and
     * recording an event is one step for concurrent requests on every node. Must be called inside
     * a transaction; keys are locked in a fixed order, so two callers cannot deadlock.
     */
    void lock(java.util.Collection<String> keys);

    /** Times of the key's events after {@code since}. */
    List<Instant> eventsSince(String key, Instant since);

    void record(String key, Instant at);

    /** Forgets events before the cutoff, and keys left without events; returns how many events. */
    int purgeBefore(Instant cutoff);

    /** Forgets every event under the key: for a person who is erased. */
    int forget(String key);
}
