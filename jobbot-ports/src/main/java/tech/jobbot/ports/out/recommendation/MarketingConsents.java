package tech.jobbot.ports.out.recommendation;

import tech.jobbot.domain.account.AccountId;

/**
 * Whether a person agreed to receive marketing mail (privacy policy §3: user communications only
 * with consent). Nothing about courses is mailed without it.
 */
public interface MarketingConsents {
    boolean allowsMarketingEmail(AccountId person);
}
