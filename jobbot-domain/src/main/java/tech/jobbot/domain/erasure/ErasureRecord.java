package tech.jobbot.domain.erasure;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import tech.jobbot.domain.consent.ConsentMethod;

/**
 * What Jobbot keeps after erasing an account, because it must be able to prove it respected the
 * person's choices: the consent withdrawals they made, with nothing that points back to them. The
 * id is random, never the account's.
 */
public record ErasureRecord(UUID id, Instant cancelledAt, Instant erasedAt, List<KeptWithdrawal> keptWithdrawals) {
    public ErasureRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cancelledAt, "cancelledAt");
        Objects.requireNonNull(erasedAt, "erasedAt");
        keptWithdrawals = List.copyOf(Objects.requireNonNull(keptWithdrawals, "keptWithdrawals"));
    }

    /** A consent withdrawal as kept: the purpose, when, how, under which policy; no person, no address. */
    public record KeptWithdrawal(String purpose, Instant at, ConsentMethod method, int policyVersion, String region) {
        public KeptWithdrawal {
            Objects.requireNonNull(purpose, "purpose");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(region, "region");
        }
    }
}
