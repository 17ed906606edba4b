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

    @Test
    void keys_without_events_are_forgotten_with_them() throws Exception {
        persistence.transactions().run(() -> {
            persistence.rateLimits().lock(List.of("email:gone", "email:kept"));
            persistence.rateLimits().record("email:gone", clock.instant());
            persistence.rateLimits().record("email:kept", clock.instant().plusSeconds(100));
        });
        persistence.rateLimits().purgeBefore(clock.instant().plusSeconds(50));
        assertEquals(List.of(), columnsContaining("email:gone"), "no trace of the purged key");
        assertEquals(2, columnsContaining("email:kept").size(), "the live key keeps its row and its event");
    }

    @Test
    void locked_keys_make_concurrent_check_and_record_one_step() throws Exception {
        Instant now = clock.instant();
        int workers = 6;
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(workers);
        java.util.List<java.util.concurrent.Future<Boolean>> recorded = new java.util.ArrayList<>();
        for (int i = 0; i < workers; i++) {
            recorded.add(pool.submit(() -> {
                start.await();
                return persistence.transactions().inTransaction(() -> {
                    persistence.rateLimits().lock(List.of("client:x", "email:a"));
                    if (!persistence.rateLimits().eventsSince("email:a", now.minusSeconds(60)).isEmpty()) {
                        return false;
                    }
                    pause();
                    persistence.rateLimits().record("email:a", now);
                    return true;
                });
            }));
        }
        start.countDown();
        int winners = 0;
        for (java.util.concurrent.Future<Boolean> f : recorded) {
            winners += f.get(30, java.util.concurrent.TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, winners, "exactly one request may pass a limit of one");
        assertEquals(1, persistence.rateLimits().eventsSince("email:a", now.minusSeconds(60)).size());
    }

    /** Widens the window in which an unlocked check-then-record would let a second request in. */
    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
