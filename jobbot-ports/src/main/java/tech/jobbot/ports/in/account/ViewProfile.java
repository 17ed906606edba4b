package tech.jobbot.ports.in.account;

import java.util.Optional;

import tech.jobbot.domain.account.Account;
import tech.jobbot.domain.account.AccountId;

/** Access (privacy policy §7): a person reads their own profile. */
public interface ViewProfile {
    Optional<Account> profile(AccountId account);
}
