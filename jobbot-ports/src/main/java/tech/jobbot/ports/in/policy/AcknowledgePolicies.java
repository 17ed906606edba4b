package tech.jobbot.ports.in.policy;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.policy.PolicyStatus;
import tech.jobbot.ports.in.consent.ConsentContext;

/**
 * Whether a person has seen the policy that applies to them now: a banner shows until they
 * acknowledge a new version, and the acknowledgement is recorded in the consent ledger.
 */
public interface AcknowledgePolicies {
    PolicyStatus policyStatus(AccountId person);

    /**
     * Records that the person saw {@code version} of their region's policy; repeating it records nothing.
     *
     * @throws IllegalArgumentException if that version is not the one in effect for the person's region
     */
    PolicyStatus acknowledgePolicy(AccountId person, int version, ConsentContext context);
}
