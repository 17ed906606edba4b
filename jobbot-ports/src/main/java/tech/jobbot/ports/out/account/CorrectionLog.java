package tech.jobbot.ports.out.account;

import java.time.Instant;
import java.util.List;

import tech.jobbot.domain.account.AccountId;

/** The record of corrections (policy §7): which field a person changed, and when. */
public interface CorrectionLog {
    void record(AccountId person, String field, Instant at);

    /** Oldest first. */
    List<Correction> of(AccountId person);

    record Correction(String field, Instant at) {
    }
}
