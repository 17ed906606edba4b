package tech.jobbot.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The {@link tech.jobbot.ports.out.auth.RateLimitLedger} contract. */
abstract class RateLimitLedgerContract extends PersistenceContract {
    @Test
    void events_are_counted_per_key_within_the_window_and_purged() {
        Instant t0 = clock.instant();
        persistence.rateLimits().record("email:a", t0);
        persistence.rateLimits().record("email:a", t0.plusSeconds(10));
        persistence.rateLimits().record("email:b", t0.plusSeconds(10));
        persistence.rateLimits().record("email:a", t0.plus(Duration.ofHours(2)));

        assertEquals(List.of(t0, t0.plusSeconds(10), t0.plus(Duration.ofHours(2))),
                persistence.rateLimits().eventsSince("email:a", t0.minusSeconds(1)));
        assertEquals(List.of(t0.plusSeconds(10), t0.plus(Duration.ofHours(2))),
                persistence.rateLimits().eventsSince("email:a", t0), "since is exclusive");
        assertEquals(3, persistence.rateLimits().purgeBefore(t0.plusSeconds(11)), "all keys are purged");
        assertEquals(List.of(t0.plus(Duration.ofHours(2))),
                persistence.rateLimits().eventsSince("email:a", t0.minusSeconds(1)));
    }
}
