package tech.jobbot.sdk.account;

import tech.jobbot.domain.account.AccountId;

/** A use case named an account that does not exist (or no longer does). */
public final class UnknownAccountException extends IllegalArgumentException {
    public UnknownAccountException(AccountId id) {
        super("no account " + id);
    }
}
