package tech.jobbot.sdk.consent;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.consent.Purpose;

/**
 * Asked before every use of a person's data for a consent-based purpose: the answer comes from the
 * domain's reading of their ledger under the policies of their region, and the rules for minors,
 * at the moment of use, so a withdrawal counts at once.
 */
@FunctionalInterface
public interface ConsentGate {
    boolean mayUse(AccountId person, Purpose purpose);
}
