package tech.jobbot.ports.out.account;

import java.util.Optional;

import tech.jobbot.domain.account.Account;
import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.account.ExternalSubject;

/**
 * Accounts and their profiles. Implementations keep personal fields encrypted under the
 * account's data key and find accounts by blind index, never by plaintext.
 */
public interface AccountRepository {
    /**
     * Stores a new account.
     *
     * @throws DuplicateAccountException if its email or external subject is already taken
     */
    void add(Account account);

    /** Replaces the stored account with the same id. */
    void update(Account account);

    Optional<Account> findById(AccountId id);

    /** Finds and locks the account for the rest of the transaction, so concurrent changes queue up. */
    Optional<Account> findForUpdate(AccountId id);

    Optional<Account> findByEmail(EmailAddress email);

    Optional<Account> findByExternalSubject(ExternalSubject subject);

    /** Up to {@code limit} account ids after {@code after} (all when empty), in id order: for batch work. */
    java.util.List<AccountId> idsAfter(Optional<AccountId> after, int limit);

    /**
     * Deletes the account and, with it, every row that belongs to it (the database cascades). Its
     * data key is destroyed separately ({@link tech.jobbot.ports.out.crypto.KeyVault#destroy}).
     */
    boolean delete(AccountId id);
}
