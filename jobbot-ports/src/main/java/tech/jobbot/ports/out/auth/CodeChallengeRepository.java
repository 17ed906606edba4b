package tech.jobbot.ports.out.auth;

import java.time.Instant;
import java.util.Optional;

import tech.jobbot.domain.auth.CodeChallenge;
import tech.jobbot.domain.auth.FlowId;

/** Code flows. The code itself is never stored, only its digest. */
public interface CodeChallengeRepository {
    /** Inserts or replaces the flow with the challenge's id. */
    void save(CodeChallenge challenge);

    /** Finds the flow and locks it for the rest of the transaction, so two entries cannot race. */
    Optional<CodeChallenge> findForUpdate(FlowId id);

    /** Removes flows that expired before the given time; returns how many. */
    int deleteExpiredBefore(Instant cutoff);

    /** Deletes every flow for the address (by its blind index): for a person who is erased. */
    int deleteForEmailIndex(String emailIndex);
}
