package tech.jobbot.ports.out.account;

import java.time.Instant;
import java.util.List;

import tech.jobbot.domain.account.AccountId;

/** Every staff access to a person's data: who, what, when (policy §6). Shown to the person in their export. */
public interface StaffAccessLog {
    void record(AccountId person, String actor, String action, Instant at);

    /** Oldest first. */
    List<StaffAccess> of(AccountId person);

    record StaffAccess(String actor, String action, Instant at) {
    }
}
