package tech.jobbot.ports.in.policy;

import java.util.List;
import java.util.Optional;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.policy.PolicyDocument;

/**
 * The privacy policies (policy header, §9): the one that applies to a reader, and every version
 * of every region, which stay readable. A region with no published policy has none: another
 * region's is never applied instead.
 */
public interface ReadPolicies {
    /** The region's policy in effect today. */
    Optional<PolicyDocument> currentPolicy(String region);

    Optional<PolicyDocument> policy(String region, int version);

    /** Every published version of the region's policy, oldest first. */
    List<PolicyDocument> policyVersions(String region);

    /** The policy region of a person: from their account's country, else GLOBAL. */
    String policyRegionOf(AccountId person);
}
