package tech.jobbot.sdk.limits;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import tech.jobbot.domain.auth.RateDecision;
import tech.jobbot.domain.auth.RateLimit;
import tech.jobbot.ports.out.auth.RateLimitLedger;

/**
 * Checks rate limits and counts the event in one step, shared by every node: the keys are locked,
 * every limit is checked, and only when all allow is one event recorded per key. Call it inside a
 * transaction.
 */
public final class RateGuard {
    private final RateLimitLedger ledger;
    private final Clock clock;

    public RateGuard(RateLimitLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The first limit that refuses, or empty when the event was allowed and counted. */
    public Optional<RateDecision.Limited> take(List<Check> checks) {
        Set<String> keys = new LinkedHashSet<>();
        checks.forEach(c -> keys.add(c.key()));
        ledger.lock(keys);
        Instant now = clock.instant();
        for (Check check : checks) {
            List<Instant> events = ledger.eventsSince(check.key(), now.minus(check.limit().window()));
            if (check.limit().decide(events, now) instanceof RateDecision.Limited limited) {
                return Optional.of(limited);
            }
        }
        keys.forEach(key -> ledger.record(key, now));
        return Optional.empty();
    }

    /** One limit on one key (a digest of an address or a client, an account id). */
    public record Check(RateLimit limit, String key) {
        public Check {
            Objects.requireNonNull(limit, "limit");
            Objects.requireNonNull(key, "key");
        }
    }
}
