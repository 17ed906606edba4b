package tech.jobbot.ports.out.erasure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.erasure.Cancellation;
import tech.jobbot.domain.erasure.ErasureRecord;

/** Cancelled accounts in their grace period, and what is kept after an erasure. */
public interface Cancellations {
    /** Records the cancellation unless the account is cancelled already; returns the one in force. */
    Cancellation cancel(Cancellation cancellation);

    Optional<Cancellation> find(AccountId account);

    /** Finds and locks it for the rest of the transaction, so two erasers do not both erase. */
    Optional<Cancellation> findForUpdate(AccountId account);

    /** Withdraws the cancellation (the owner signed in again in time); false if there was none. */
    boolean restore(AccountId account);

    /** Up to {@code limit} accounts whose grace ended before {@code now}, earliest first. */
    List<AccountId> dueBefore(Instant now, int limit);

    void keep(ErasureRecord record);

    /** Every erasure record, oldest first: for operators and tests. */
    List<ErasureRecord> erasureRecords();
}
