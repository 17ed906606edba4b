package tech.jobbot.adapters.persistence;

import java.time.Clock;
import java.util.Optional;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.ports.out.crypto.KeyScope;
import tech.jobbot.ports.out.crypto.KeyVault;

/** One sealed JSON document per person and kind, in {@code account_documents}. */
final class AccountDocuments<T> {
    private final JdbiTransactions tx;
    private final KeyVault vault;
    private final Clock clock;
    private final String kind;
    private final Class<T> type;

    AccountDocuments(JdbiTransactions tx, KeyVault vault, Clock clock, String kind, Class<T> type) {
        this.tx = tx;
        this.vault = vault;
        this.clock = clock;
        this.kind = kind;
        this.type = type;
    }

    Optional<T> find(AccountId owner) {
        return find(owner, "");
    }

    /** Finds and locks the document for the rest of the transaction (read-modify-write). */
    Optional<T> findForUpdate(AccountId owner) {
        tx.withHandle(h -> h.createUpdate("""
                        INSERT INTO account_documents (account_id, kind, document_enc, updated_at)
                        VALUES (:owner, :kind, :empty, :at) ON CONFLICT DO NOTHING""")
                .bind("owner", owner.value())
                .bind("kind", kind)
                .bind("empty", new byte[0])
                .bind("at", Sql.time(clock.instant()))
                .execute());
        return find(owner, " FOR UPDATE");
    }

    private Optional<T> find(AccountId owner, String lock) {
        return tx.withHandle(h -> h.createQuery(
                        "SELECT document_enc FROM account_documents WHERE account_id = :owner AND kind = :kind" + lock)
                .bind("owner", owner.value())
                .bind("kind", kind)
                .map((rs, ctx) -> rs.getBytes("document_enc"))
                .findOne())
                // An empty row is only the lock placeholder of a document not written yet.
                .filter(sealed -> sealed.length > 0)
                .map(sealed -> Documents.read(columns(owner).openBytes("document_enc", sealed), type));
    }

    void save(AccountId owner, T document) {
        byte[] sealed = columns(owner).sealBytes("document_enc", Documents.write(document));
        tx.run(() -> tx.withHandle(h -> {
            int updated = h.createUpdate("""
                            UPDATE account_documents SET document_enc = :document, updated_at = :at
                            WHERE account_id = :owner AND kind = :kind""")
                    .bind("owner", owner.value())
                    .bind("kind", kind)
                    .bind("document", sealed)
                    .bind("at", Sql.time(clock.instant()))
                    .execute();
            if (updated == 0) {
                h.createUpdate("""
                                INSERT INTO account_documents (account_id, kind, document_enc, updated_at)
                                VALUES (:owner, :kind, :document, :at) ON CONFLICT DO NOTHING""")
                        .bind("owner", owner.value())
                        .bind("kind", kind)
                        .bind("document", sealed)
                        .bind("at", Sql.time(clock.instant()))
                        .execute();
            }
            return null;
        }));
    }

    boolean delete(AccountId owner) {
        return tx.withHandle(h -> h.createUpdate("DELETE FROM account_documents WHERE account_id = :owner AND kind = :kind")
                .bind("owner", owner.value())
                .bind("kind", kind)
                .execute()) == 1;
    }

    private SealedColumns columns(AccountId owner) {
        return new SealedColumns(vault, KeyScope.account(owner), "account_documents", owner + "/" + kind);
    }
}
