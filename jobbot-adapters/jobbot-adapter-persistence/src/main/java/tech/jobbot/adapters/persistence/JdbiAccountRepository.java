package tech.jobbot.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.jdbi.v3.core.statement.Update;

import tech.jobbot.domain.account.Account;
import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.Avatar;
import tech.jobbot.domain.account.Country;
import tech.jobbot.domain.account.DisplayName;
import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.account.ExternalSubject;
import tech.jobbot.domain.account.Language;
import tech.jobbot.ports.out.JobbotException;
import tech.jobbot.ports.out.account.AccountRepository;
import tech.jobbot.ports.out.account.DuplicateAccountException;
import tech.jobbot.ports.out.crypto.BlindIndex;
import tech.jobbot.ports.out.crypto.KeyScope;
import tech.jobbot.ports.out.crypto.KeyVault;

/** Accounts in the {@code accounts} table, every personal field sealed under the account's data key. */
public final class JdbiAccountRepository implements AccountRepository {
    static final String EXTERNAL_SUBJECT_INDEX = "external-subject";

    private final JdbiTransactions tx;
    private final KeyVault vault;

    public JdbiAccountRepository(JdbiTransactions tx, KeyVault vault) {
        this.tx = tx;
        this.vault = vault;
    }

    @Override
    public void add(Account account) {
        try {
            tx.inTransaction(() -> tx.withHandle(h -> bindAll(h.createUpdate("""
                    INSERT INTO accounts (id, email_index, email_enc, external_subject_index, external_subject_enc,
                        display_name_enc, country_enc, language_enc, avatar_name, avatar_media_type, created_at, updated_at)
                    VALUES (:id, :emailIndex, :email, :subjectIndex, :subject, :displayName, :country, :language,
                        :avatarName, :avatarType, :createdAt, :updatedAt)"""), account).execute()));
        } catch (JobbotException e) {
            if (JdbiTransactions.isUniqueViolation(e)) {
                throw new DuplicateAccountException(e);
            }
            throw e;
        }
    }

    @Override
    public void update(Account account) {
        try {
            int rows = tx.withHandle(h -> bindAll(h.createUpdate("""
                    UPDATE accounts SET email_index = :emailIndex, email_enc = :email,
                        external_subject_index = :subjectIndex, external_subject_enc = :subject,
                        display_name_enc = :displayName, country_enc = :country, language_enc = :language,
                        avatar_name = :avatarName, avatar_media_type = :avatarType, updated_at = :updatedAt
                    WHERE id = :id"""), account).execute());
            if (rows != 1) {
                throw new JobbotException("no account " + account.id() + " to update", false);
            }
        } catch (JobbotException e) {
            if (JdbiTransactions.isUniqueViolation(e)) {
                throw new DuplicateAccountException(e);
            }
            throw e;
        }
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return findWhere("id = :value", id.value());
    }

    @Override
    public Optional<Account> findForUpdate(AccountId id) {
        return findWhere("id = :value FOR UPDATE", id.value());
    }

    @Override
    public Optional<Account> findByEmail(EmailAddress email) {
        return findWhere("email_index = :value", BlindIndex.email(vault, email));
    }

    @Override
    public Optional<Account> findByExternalSubject(ExternalSubject subject) {
        return findWhere("external_subject_index = :value",
                vault.digest(EXTERNAL_SUBJECT_INDEX, subject.value()).value());
    }

    @Override
    public java.util.List<AccountId> idsAfter(Optional<AccountId> after, int limit) {
        return tx.withHandle(h -> {
            var query = h.createQuery(after.isPresent()
                    ? "SELECT id FROM accounts WHERE id > :after ORDER BY id LIMIT :limit"
                    : "SELECT id FROM accounts ORDER BY id LIMIT :limit").bind("limit", limit);
            after.ifPresent(a -> query.bind("after", a.value()));
            return query.map((rs, ctx) -> new AccountId(rs.getObject("id", java.util.UUID.class))).list();
        });
    }

    private Optional<Account> findWhere(String condition, Object value) {
        return tx.withHandle(h -> h.createQuery("SELECT * FROM accounts WHERE " + condition)
                .bind("value", value)
                .map((rs, ctx) -> read(rs))
                .findOne());
    }

    private Update bindAll(Update update, Account a) {
        SealedColumns sealed = columns(a.id());
        return update
                .bind("id", a.id().value())
                .bind("emailIndex", a.email().map(e -> BlindIndex.email(vault, e)).orElse(null))
                .bindByType("email", sealed.seal("email_enc", a.email().map(EmailAddress::value)), byte[].class)
                .bind("subjectIndex", a.externalSubject()
                        .map(s -> vault.digest(EXTERNAL_SUBJECT_INDEX, s.value()).value()).orElse(null))
                .bindByType("subject", sealed.seal("external_subject_enc",
                        a.externalSubject().map(ExternalSubject::value)), byte[].class)
                .bindByType("displayName", sealed.seal("display_name_enc", a.displayName().map(DisplayName::value)),
                        byte[].class)
                .bindByType("country", sealed.seal("country_enc", a.country().map(Country::code)), byte[].class)
                .bindByType("language", sealed.seal("language_enc", a.language().map(Language::tag)), byte[].class)
                .bind("avatarName", a.avatar().map(Avatar::name).orElse(null))
                .bind("avatarType", a.avatar().map(Avatar::mediaType).orElse(null))
                .bind("createdAt", Sql.time(a.createdAt()))
                .bind("updatedAt", Sql.time(a.updatedAt()));
    }

    private Account read(ResultSet rs) throws SQLException {
        AccountId id = new AccountId(Sql.uuid(rs, "id"));
        SealedColumns sealed = columns(id);
        String avatarName = rs.getString("avatar_name");
        return new Account(id,
                sealed.open("email_enc", rs.getBytes("email_enc")).map(EmailAddress::new),
                sealed.open("external_subject_enc", rs.getBytes("external_subject_enc")).map(ExternalSubject::new),
                sealed.open("display_name_enc", rs.getBytes("display_name_enc")).map(DisplayName::new),
                sealed.open("country_enc", rs.getBytes("country_enc")).map(Country::new),
                sealed.open("language_enc", rs.getBytes("language_enc")).map(Language::new),
                Optional.ofNullable(avatarName).map(n -> {
                    try {
                        return new Avatar(n, rs.getString("avatar_media_type"));
                    } catch (SQLException e) {
                        throw new JobbotException("cannot read avatar", true, e);
                    }
                }),
                Sql.instant(rs, "created_at"),
                Sql.instant(rs, "updated_at"));
    }

    private SealedColumns columns(AccountId id) {
        return new SealedColumns(vault, KeyScope.account(id), "accounts", id.toString());
    }

    @Override
    public boolean delete(AccountId id) {
        return tx.withHandle(h -> h.createUpdate("DELETE FROM accounts WHERE id = :id")
                .bind("id", id.value())
                .execute()) == 1;
    }
}
