package tech.jobbot.ports.out.consent;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.consent.ConsentRecord;

/**
 * Every consent choice ever made, as proof (policy §3, §4, §7). Current consent is derived from
 * the history with {@link tech.jobbot.domain.consent.Consents}, never stored on its own.
 *
 * <p>Append-only by design: there is no way to update or delete a record, because a ledger whose
 * past can be rewritten proves nothing, and a mistaken or changed choice is corrected by
 * appending a newer one. Erasing a person does not need a delete here either: their personal
 * values in the ledger are sealed under their data key, and destroying that key (crypto-shredding,
 * done by the erasure process) leaves only unreadable ciphertext. Implementations keep the
 * personal context (language, truncated IP, user agent summary) encrypted under the subject's
 * data key.
 */
public interface ConsentLedger {
    /**
     * Records a choice. The subject's account must exist.
     *
     * @throws tech.jobbot.ports.out.JobbotException if a record with the same id exists or storage fails
     */
    void append(ConsentRecord record);

    /**
     * The subject's records, oldest first by their time, then in the order they were appended.
     *
     * @throws tech.jobbot.ports.out.crypto.KeyDestroyedException if the subject's data key was destroyed
     */
    List<ConsentRecord> history(AccountId subject);

    /** One of the subject's records; another person's record is not found. */
    Optional<ConsentRecord> find(AccountId subject, UUID recordId);
}
