package tech.jobbot.ports.in.erasure;

import java.util.Optional;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.erasure.Cancellation;

/**
 * Cancelling an account (policy §7): every session ends at once; signing in again within the grace
 * period restores the account; after it, the account is erased: its rows deleted, mail queued for
 * it dropped, and its data key destroyed, so copies in backups can no longer be read.
 */
public interface CancelAccounts {
    /** Cancels the account; cancelling again changes nothing and returns the cancellation in force. */
    Cancellation cancelAccount(AccountId person);

    Optional<Cancellation> cancellation(AccountId person);

    /** Erases up to {@code max} accounts whose grace period is over; returns how many. Safe on several nodes. */
    int eraseDueAccounts(int max);
}
