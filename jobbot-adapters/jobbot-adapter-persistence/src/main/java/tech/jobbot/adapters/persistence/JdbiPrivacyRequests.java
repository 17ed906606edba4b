package tech.jobbot.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.core.statement.Update;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.request.PrivacyRequest;
import tech.jobbot.domain.request.RequestKind;
import tech.jobbot.ports.out.crypto.KeyScope;
import tech.jobbot.ports.out.crypto.KeyVault;
import tech.jobbot.ports.out.request.PrivacyRequests;

/** Requests in {@code privacy_requests}: dates and status plain, subject, body and history sealed. */
public final class JdbiPrivacyRequests implements PrivacyRequests {
    private static final String SELECT = """
            SELECT id, account_id, kind, filed_at, due_at, closed_at, document_enc FROM privacy_requests
            """;

    private final JdbiTransactions tx;
    private final KeyVault vault;

    public JdbiPrivacyRequests(JdbiTransactions tx, KeyVault vault) {
        this.tx = tx;
        this.vault = vault;
    }

    @Override
    public void add(PrivacyRequest r) {
        tx.withHandle(h -> bind(h.createUpdate("""
                INSERT INTO privacy_requests (id, account_id, kind, filed_at, due_at, closed_at, answered, document_enc)
                VALUES (:id, :account, :kind, :filed, :due, :closed, :answered, :document)"""), r).execute());
    }

    @Override
    public void update(PrivacyRequest r) {
        tx.withHandle(h -> bind(h.createUpdate("""
                UPDATE privacy_requests SET closed_at = :closed, answered = :answered, document_enc = :document,
                    kind = :kind, filed_at = :filed, due_at = :due, account_id = :account
                WHERE id = :id"""), r).execute());
    }

    private Update bind(Update update, PrivacyRequest r) {
        update.bind("id", r.id())
                .bind("account", r.requester().value())
                .bind("kind", r.kind().name())
                .bind("filed", Sql.time(r.filedAt()))
                .bind("due", Sql.time(r.dueAt()))
                .bind("answered", r.answered())
                .bind("document", columns(r.requester(), r.id()).sealBytes("document_enc",
                        Documents.write(new Sealed(r.subject(), r.body(), r.history()))));
        r.closedAt().ifPresentOrElse(at -> update.bind("closed", Sql.time(at)),
                () -> update.bindNull("closed", Types.TIMESTAMP_WITH_TIMEZONE));
        return update;
    }

    @Override
    public Optional<PrivacyRequest> findForUpdate(UUID id) {
        return tx.withHandle(h -> h.createQuery(SELECT + "WHERE id = :id FOR UPDATE")
                .bind("id", id)
                .map((rs, ctx) -> read(rs))
                .findOne());
    }

    @Override
    public List<PrivacyRequest> of(AccountId requester) {
        return tx.withHandle(h -> h.createQuery(SELECT + "WHERE account_id = :account ORDER BY filed_at DESC, id")
                .bind("account", requester.value())
                .map((rs, ctx) -> read(rs))
                .list());
    }

    @Override
    public List<PrivacyRequest> notClosed(int limit) {
        return tx.withHandle(h -> h.createQuery(SELECT + "WHERE closed_at IS NULL ORDER BY due_at, id LIMIT :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> read(rs))
                .list());
    }

    private PrivacyRequest read(ResultSet rs) throws SQLException {
        UUID id = Sql.uuid(rs, "id");
        AccountId requester = new AccountId(Sql.uuid(rs, "account_id"));
        Sealed sealed = Documents.read(columns(requester, id).openBytes("document_enc", rs.getBytes("document_enc")),
                Sealed.class);
        return new PrivacyRequest(id, requester, RequestKind.valueOf(rs.getString("kind")), sealed.subject(),
                sealed.body(), Sql.instant(rs, "filed_at"), Sql.instant(rs, "due_at"),
                Sql.optionalInstant(rs, "closed_at"), sealed.history());
    }

    private SealedColumns columns(AccountId requester, UUID id) {
        return new SealedColumns(vault, KeyScope.account(requester), "privacy_requests", id.toString());
    }

    /** The personal part of a request, sealed as one document. */
    private record Sealed(String subject, String body, List<PrivacyRequest.Entry> history) {
    }
}
