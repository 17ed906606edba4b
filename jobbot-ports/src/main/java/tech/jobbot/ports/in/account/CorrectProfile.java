package tech.jobbot.ports.in.account;

import tech.jobbot.domain.account.Account;
import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.ProfileCorrection;

/** Correction (privacy policy §7): a person changes their display name, country or language. */
public interface CorrectProfile {
    /** Applies the correction and returns the profile as stored. */
    Account correctProfile(AccountId account, ProfileCorrection correction);
}
