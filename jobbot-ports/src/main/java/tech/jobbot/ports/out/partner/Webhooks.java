package tech.jobbot.ports.out.partner;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Partners' webhook endpoints and the deliveries to them: an outbox of its own, one row per
 * endpoint and event (so an event is enqueued once however often it is dispatched), with attempts,
 * backoff and the log the partner reads.
 */
public interface Webhooks {
    void addEndpoint(Endpoint endpoint, byte[] sealedSecret);

    List<Endpoint> endpointsOf(UUID partner);

    Optional<Endpoint> endpoint(UUID id);

    /** The sealed signing secret. */
    byte[] secretOf(UUID endpoint);

    boolean disable(UUID endpoint, Instant at);

    /** Enqueues the delivery unless this endpoint already has this event; true if it was new. */
    boolean enqueue(UUID endpoint, UUID event, String type, String payload, UUID account, Instant at);

    /** Empties the payloads of every delivery about the person and forgets whom they were about. */
    int forgetAccount(UUID account);

    /** Empties one delivery's payload (an erasure's, once delivered). */
    void forgetPayload(UUID delivery);

    /** Deletes delivered and given-up deliveries created before {@code cutoff}; returns how many. */
    int purgeFinishedBefore(Instant cutoff, int limit);

    /** Due deliveries, each claimed for {@code lease} so no other node sends it meanwhile. */
    List<Delivery> claimDue(Instant now, Duration lease, int limit);

    void delivered(UUID delivery, int status, Instant at);

    /** A failed attempt: tried again at {@code next}, or given up when {@code next} is empty. */
    void failed(UUID delivery, Optional<Integer> status, String error, Optional<Instant> next);

    /** The partner's delivery log, newest first. */
    List<Delivery> log(UUID partner, int limit);

    record Endpoint(UUID id, UUID partner, URI url, Set<String> events, Instant createdAt, Optional<Instant> disabledAt) {
        public boolean active() {
            return disabledAt.isEmpty();
        }
    }

    /** @param state pending, delivered or failed (given up) */
    record Delivery(UUID id, UUID endpoint, UUID event, String type, String payload, int attempts, String state,
            Optional<Integer> lastStatus, Optional<String> lastError, Instant createdAt, Optional<Instant> deliveredAt) {
    }
}
