package tech.jobbot.adapters.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.inbox.InboxMessage;
import tech.jobbot.domain.inbox.MessageKind;
import tech.jobbot.ports.out.crypto.KeyScope;
import tech.jobbot.ports.out.crypto.KeyVault;
import tech.jobbot.ports.out.inbox.Inbox;

/** The in-site inbox in {@code inbox_messages}: subject and body sealed under the recipient's data key. */
public final class JdbiInbox implements Inbox {
    private final JdbiTransactions tx;
    private final KeyVault vault;

    public JdbiInbox(JdbiTransactions tx, KeyVault vault) {
        this.tx = tx;
        this.vault = vault;
    }

    @Override
    public boolean post(InboxMessage m, String dedupeKey) {
        SealedColumns sealed = columns(m.recipient(), m.id());
        return tx.withHandle(h -> h.createUpdate("""
                        INSERT INTO inbox_messages (id, account_id, kind, dedupe_key, subject_enc, body_enc, created_at,
                            read_at)
                        VALUES (:id, :account, :kind, :dedupe, :subject, :body, :at, NULL)
                        ON CONFLICT DO NOTHING""")
                .bind("id", m.id())
                .bind("account", m.recipient().value())
                .bind("kind", m.kind().name())
                .bind("dedupe", dedupeKey)
                .bind("subject", sealed.sealBytes("subject_enc", m.subject().getBytes(StandardCharsets.UTF_8)))
                .bind("body", sealed.sealBytes("body_enc", m.body().getBytes(StandardCharsets.UTF_8)))
                .bind("at", Sql.time(m.createdAt()))
                .execute()) == 1;
    }

    @Override
    public List<InboxMessage> messages(AccountId recipient) {
        return tx.withHandle(h -> h.createQuery("""
                        SELECT id, account_id, kind, subject_enc, body_enc, created_at, read_at FROM inbox_messages
                        WHERE account_id = :account ORDER BY created_at DESC, id""")
                .bind("account", recipient.value())
                .map((rs, ctx) -> read(rs))
                .list());
    }

    @Override
    public boolean markRead(AccountId recipient, UUID messageId, Instant at) {
        return tx.withHandle(h -> h.createUpdate("""
                        UPDATE inbox_messages SET read_at = :at
                        WHERE id = :id AND account_id = :account AND read_at IS NULL""")
                .bind("at", Sql.time(at))
                .bind("id", messageId)
                .bind("account", recipient.value())
                .execute()) == 1;
    }

    private InboxMessage read(ResultSet rs) throws SQLException {
        UUID id = Sql.uuid(rs, "id");
        AccountId recipient = new AccountId(Sql.uuid(rs, "account_id"));
        SealedColumns sealed = columns(recipient, id);
        return new InboxMessage(id, recipient, MessageKind.valueOf(rs.getString("kind")),
                sealed.open("subject_enc", rs.getBytes("subject_enc")).orElseThrow(),
                sealed.open("body_enc", rs.getBytes("body_enc")).orElseThrow(),
                Sql.instant(rs, "created_at"), Sql.optionalInstant(rs, "read_at"));
    }

    private SealedColumns columns(AccountId recipient, UUID id) {
        return new SealedColumns(vault, KeyScope.account(recipient), "inbox_messages", id.toString());
    }
}
