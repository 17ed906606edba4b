package tech.jobbot.ports.out.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import tech.jobbot.domain.account.AccountId;

/**
 * Every staff access to a person's data: who, what, through which case, which category, when
 * (policy §6). Shown to the person ("who looked at my data and why") and in their export.
 */
public interface StaffAccessLog {
    /** An access outside any case: an operator's action through the admin API. */
    default void record(AccountId person, String actor, String action, Instant at) {
        record(person, actor, action, Optional.empty(), Optional.empty(), at);
    }

    void record(AccountId person, String actor, String action, Optional<String> caseRef, Optional<String> category,
            Instant at);

    /** Oldest first. */
    List<StaffAccess> of(AccountId person);

    /**
     * @param caseRef the case the access went through, as "complaint &lt;id&gt; (case &lt;id&gt;)"
     * @param category the category of data read
     */
    record StaffAccess(String actor, String action, Optional<String> caseRef, Optional<String> category, Instant at) {
    }
}
