package tech.jobbot.ports.out.minor;

import java.time.Instant;
import java.util.Optional;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.minor.Supervision;

/**
 * Age declarations and guardian consents (policy §8), kept encrypted under the person's data key,
 * and the link their guardian was sent: only digests of its token and code are stored.
 */
public interface Supervisions {
    Optional<Supervision> find(AccountId person);

    /** Finds and locks for the rest of the transaction (read-modify-write). */
    Optional<Supervision> findForUpdate(AccountId person);

    void save(AccountId person, Supervision supervision);

    /** Replaces the person's guardian link, if any, with a new one. */
    void replaceGuardianLink(AccountId person, String tokenDigest, String codeDigest, Instant codeExpiresAt,
            Instant at);

    Optional<GuardianLink> findGuardianLink(String tokenDigest);

    /** Counts one wrong code against the link; returns the count. */
    int failedCode(String tokenDigest);

    /** The link a guardian follows: whose it is, and the code that came with it. */
    record GuardianLink(AccountId person, String codeDigest, Instant codeExpiresAt, int failedAttempts) {
    }
}
