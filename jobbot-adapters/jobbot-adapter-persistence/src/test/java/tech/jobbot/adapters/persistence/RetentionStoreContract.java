package tech.jobbot.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tech.jobbot.domain.account.Account;
import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.analytics.PageView;
import tech.jobbot.domain.retention.LegalHold;
import tech.jobbot.domain.retention.RetentionCategory;
import tech.jobbot.ports.out.retention.RetentionStore;

/** The {@link RetentionStore} contract: every category's bounded purge runs, holds are honoured, one lock. */
abstract class RetentionStoreContract extends PersistenceContract {
    private AccountId held;
    private AccountId free;

    @BeforeEach
    void people() {
        held = account("held@example.com");
        free = account("free@example.com");
    }

    private AccountId account(String email) {
        AccountId id = new AccountId(UUID.randomUUID());
        persistence.accounts().add(Account.registerByEmail(id, EmailAddress.parse(email), clock.instant()));
        return id;
    }

    private RetentionStore store() {
        return persistence.retention();
    }

    private void view(AccountId person) {
        persistence.pageViews().record(new PageView(UUID.randomUUID(), Optional.of(person), "/jobs", Duration.ZERO,
                clock.instant()));
    }

    @Test
    void every_category_purges_in_bounded_batches_and_skips_held_people() {
        for (int i = 0; i < 3; i++) {
            view(held);
            view(free);
        }
        store().placeHold(new LegalHold(UUID.randomUUID(), held, Optional.empty(), "Court order", "officer",
                clock.instant(), Optional.empty()));
        Instant later = clock.instant().plusSeconds(60);
        assertEquals(2, store().purgeBatch(RetentionCategory.PAGE_VIEWS, later, later, 2), "bounded by the limit");
        assertEquals(1, store().purgeBatch(RetentionCategory.PAGE_VIEWS, later, later, 2));
        assertEquals(0, store().purgeBatch(RetentionCategory.PAGE_VIEWS, later, later, 2), "the held person's stay");
        assertEquals(3, persistence.pageViews().of(held).size());
        for (RetentionCategory category : RetentionCategory.values()) {
            if (category != RetentionCategory.CANCELLED_ACCOUNTS) {
                store().purgeBatch(category, later, later, 10);
            }
        }
        store().recordRun(RetentionCategory.PAGE_VIEWS, later, 3, later);
        assertEquals(3, store().runs(10).get(0).purged());
    }

    @Test
    void only_one_caller_holds_the_purge_lease_at_a_time() {
        Instant now = clock.instant();
        assertTrue(store().tryLock("run-a", now, Duration.ofMinutes(30)));
        assertFalse(store().tryLock("run-b", now, Duration.ofMinutes(30)), "taken");
        assertTrue(store().tryLock("run-a", now.plusSeconds(60), Duration.ofMinutes(30)), "its owner renews it");
        store().unlock("run-b", now.plusSeconds(60));
        assertFalse(store().tryLock("run-b", now.plusSeconds(60), Duration.ofMinutes(30)),
                "another run cannot release it");
        Instant late = now.plus(Duration.ofMinutes(32));
        assertTrue(store().tryLock("run-b", late, Duration.ofMinutes(30)),
                "a lease left behind by a crashed node runs out");
        store().unlock("run-a", late);
        assertFalse(store().tryLock("run-c", late, Duration.ofMinutes(30)), "the old owner no longer releases it");
        store().unlock("run-b", late);
        assertTrue(store().tryLock("run-c", late, Duration.ofMinutes(30)), "released by its owner");
    }

    @Test
    void holds_are_placed_listed_and_released_once() {
        LegalHold hold = new LegalHold(UUID.randomUUID(), held, Optional.of(UUID.randomUUID()), "Dispute", "officer",
                clock.instant(), Optional.empty());
        store().placeHold(hold);
        assertEquals(List.of(hold), store().holds(held));
        assertFalse(store().heldEntirely(held), "a hold on one record is not a hold on everything");
        assertTrue(store().releaseHold(hold.id(), clock.instant()));
        assertFalse(store().releaseHold(hold.id(), clock.instant()));
        assertEquals(Optional.of(clock.instant()), store().hold(hold.id()).orElseThrow().releasedAt());
        assertEquals(List.of(), store().holds(free));
        assertTrue(store().forgetReleasedHolds(held) == 1, "released holds go with an erasure");
        assertEquals(List.of(), store().holds(held));
    }
}
