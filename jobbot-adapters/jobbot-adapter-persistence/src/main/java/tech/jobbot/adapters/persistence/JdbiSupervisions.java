package tech.jobbot.adapters.persistence;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.minor.Supervision;
import tech.jobbot.ports.out.crypto.KeyVault;
import tech.jobbot.ports.out.minor.Supervisions;

/** Supervision as a sealed per-person document; guardian links in {@code guardian_links}. */
public final class JdbiSupervisions implements Supervisions {
    private final JdbiTransactions tx;
    private final AccountDocuments<Supervision> documents;

    public JdbiSupervisions(JdbiTransactions tx, KeyVault vault, Clock clock) {
        this.tx = tx;
        this.documents = new AccountDocuments<>(tx, vault, clock, "supervision", Supervision.class);
    }

    @Override
    public Optional<Supervision> find(AccountId person) {
        return documents.find(person);
    }

    @Override
    public Optional<Supervision> findForUpdate(AccountId person) {
        return documents.findForUpdate(person);
    }

    @Override
    public void save(AccountId person, Supervision supervision) {
        documents.save(person, supervision);
    }

    @Override
    public void replaceGuardianLink(AccountId person, String tokenDigest, String codeDigest, Instant codeExpiresAt,
            Instant at) {
        tx.run(() -> tx.withHandle(h -> {
            h.createUpdate("DELETE FROM guardian_links WHERE account_id = :person")
                    .bind("person", person.value())
                    .execute();
            return h.createUpdate("""
                            INSERT INTO guardian_links (token_digest, account_id, code_digest, code_expires_at,
                                failed_attempts, created_at)
                            VALUES (:token, :person, :code, :expires, 0, :at)""")
                    .bind("token", tokenDigest)
                    .bind("person", person.value())
                    .bind("code", codeDigest)
                    .bind("expires", Sql.time(codeExpiresAt))
                    .bind("at", Sql.time(at))
                    .execute();
        }));
    }

    @Override
    public Optional<GuardianLink> findGuardianLink(String tokenDigest) {
        return tx.withHandle(h -> h.createQuery("""
                        SELECT account_id, code_digest, code_expires_at, failed_attempts FROM guardian_links
                        WHERE token_digest = :token""")
                .bind("token", tokenDigest)
                .map((rs, ctx) -> new GuardianLink(new AccountId(Sql.uuid(rs, "account_id")),
                        rs.getString("code_digest"), Sql.instant(rs, "code_expires_at"), rs.getInt("failed_attempts")))
                .findOne());
    }

    @Override
    public int failedCode(String tokenDigest) {
        return tx.withHandle(h -> {
            h.createUpdate("UPDATE guardian_links SET failed_attempts = failed_attempts + 1 WHERE token_digest = :t")
                    .bind("t", tokenDigest)
                    .execute();
            return h.createQuery("SELECT failed_attempts FROM guardian_links WHERE token_digest = :t")
                    .bind("t", tokenDigest).mapTo(Integer.class).findOne().orElse(0);
        });
    }
}
