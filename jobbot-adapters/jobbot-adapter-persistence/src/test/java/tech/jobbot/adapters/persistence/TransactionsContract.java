package tech.jobbot.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import tech.jobbot.domain.account.Account;
import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.EmailAddress;

/** The {@link tech.jobbot.ports.out.tx.Transactions} contract. */
abstract class TransactionsContract extends PersistenceContract {
    @Test
    void work_commits_together_and_nested_transactions_join() {
        AccountId id = new AccountId(UUID.randomUUID());
        persistence.transactions().run(() -> persistence.transactions().run(() ->
                persistence.accounts().add(Account.registerByEmail(id, EmailAddress.parse("t@example.com"),
                        clock.instant()))));
        assertTrue(persistence.accounts().findById(id).isPresent());
    }

    @Test
    void failure_rolls_back_everything_including_nested_work() {
        AccountId id = new AccountId(UUID.randomUUID());
        assertThrows(IllegalStateException.class, () -> persistence.transactions().run(() -> {
            persistence.transactions().run(() -> persistence.accounts().add(
                    Account.registerByEmail(id, EmailAddress.parse("r@example.com"), clock.instant())));
            persistence.rateLimits().record("k", clock.instant());
            throw new IllegalStateException("boom");
        }));
        assertTrue(persistence.accounts().findById(id).isEmpty());
        assertEquals(0, persistence.rateLimits().eventsSince("k", clock.instant().minusSeconds(60)).size());
        assertFalse(persistence.keyVault().exists(tech.jobbot.ports.out.crypto.KeyScope.account(id)),
                "the data key created inside the transaction is rolled back too");
    }
}
