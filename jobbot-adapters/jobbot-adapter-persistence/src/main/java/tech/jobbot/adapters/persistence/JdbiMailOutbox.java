package tech.jobbot.adapters.persistence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.mail.MailMessage;
import tech.jobbot.ports.out.JobbotException;
import tech.jobbot.ports.out.crypto.BlindIndex;
import tech.jobbot.ports.out.crypto.KeyScope;
import tech.jobbot.ports.out.crypto.KeyVault;
import tech.jobbot.ports.out.mail.MailOutbox;

/**
 * The mail outbox in {@code mail_outbox}. Each mail is sealed under a data key of its own,
 * destroyed once the mail is sent or given up, so a delivered code leaves no readable trace.
 * Claims are leases taken by a conditional update, which works the same on H2 and PostgreSQL and
 * across server nodes: a row is claimed by exactly one worker until its lease ends.
 */
public final class JdbiMailOutbox implements MailOutbox {
    private static final String PENDING = "PENDING";
    private static final String SENT = "SENT";
    private static final String DEAD = "DEAD";

    private final JdbiTransactions tx;
    private final KeyVault vault;

    public JdbiMailOutbox(JdbiTransactions tx, KeyVault vault) {
        this.tx = tx;
        this.vault = vault;
    }

    @Override
    public String enqueue(MailMessage message, Instant now) {
        String id = UUID.randomUUID().toString();
        byte[] sealed = vault.seal(KeyScope.mail(id), serialize(message), context(id));
        tx.withHandle(h -> h.createUpdate("""
                INSERT INTO mail_outbox (id, payload_enc, status, attempts, next_attempt_at, created_at,
                    recipient_index)
                VALUES (:id, :payload, :status, 0, :now, :now, :recipient)""")
                .bind("id", id)
                .bind("payload", sealed)
                .bind("recipient", BlindIndex.email(vault, message.to()))
                .bind("status", PENDING)
                .bind("now", Sql.time(now))
                .execute());
        return id;
    }

    @Override
    public List<OutboxMail> claimDue(Instant now, int limit, Duration lease) {
        List<OutboxMail> claimed = new ArrayList<>();
        // Another worker may win some candidates; look again a few times before giving up this round.
        for (int pass = 0; pass < 3 && claimed.size() < limit; pass++) {
            List<String> candidates = dueCandidates(now, limit - claimed.size());
            if (candidates.isEmpty()) {
                break;
            }
            for (String id : candidates) {
                if (tryClaim(id, now, lease)) {
                    try {
                        claimed.add(load(id));
                    } catch (JobbotException unreadable) {
                        // A mail that can never be opened (its key gone, the master key replaced) must
                        // not block the mails behind it.
                        finish(id, DEAD, now, "unreadable: " + unreadable.getMessage());
                    }
                }
            }
        }
        return claimed;
    }

    private List<String> dueCandidates(Instant now, int limit) {
        return tx.withHandle(h -> h.createQuery("""
                        SELECT id FROM mail_outbox
                        WHERE status = :status AND next_attempt_at <= :now
                          AND (claimed_until IS NULL OR claimed_until <= :now)
                        ORDER BY next_attempt_at, id LIMIT :limit""")
                .bind("status", PENDING)
                .bind("now", Sql.time(now))
                .bind("limit", limit)
                .mapTo(String.class)
                .list());
    }

    private boolean tryClaim(String id, Instant now, Duration lease) {
        return tx.withHandle(h -> h.createUpdate("""
                        UPDATE mail_outbox SET claimed_until = :until
                        WHERE id = :id AND status = :status AND (claimed_until IS NULL OR claimed_until <= :now)""")
                .bind("id", id)
                .bind("status", PENDING)
                .bind("now", Sql.time(now))
                .bind("until", Sql.time(now.plus(lease)))
                .execute()) == 1;
    }

    @Override
    public void markSent(String id, Instant at) {
        finish(id, SENT, at, null);
    }

    @Override
    public void markFailed(String id, Instant nextAttempt, String reason) {
        tx.withHandle(h -> h.createUpdate("""
                        UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = :next, claimed_until = NULL,
                            last_error = :reason
                        WHERE id = :id AND status = :status""")
                .bind("id", id)
                .bind("next", Sql.time(nextAttempt))
                .bind("reason", truncate(reason))
                .bind("status", PENDING)
                .execute());
    }

    @Override
    public void markDead(String id, Instant at, String reason) {
        finish(id, DEAD, at, reason);
    }

    @Override
    public int dropPendingTo(EmailAddress recipient, Instant at) {
        List<String> ids = tx.withHandle(h -> h.createQuery("""
                        SELECT id FROM mail_outbox WHERE status = :pending AND recipient_index = :recipient""")
                .bind("pending", PENDING)
                .bind("recipient", BlindIndex.email(vault, recipient))
                .mapTo(String.class)
                .list());
        ids.forEach(id -> markDead(id, at, "dropped: the recipient's account was erased"));
        return ids.size();
    }

    @Override
    public int purgeFinishedBefore(Instant cutoff) {
        return tx.withHandle(h -> h.createUpdate(
                        "DELETE FROM mail_outbox WHERE status <> :pending AND finished_at < :cutoff")
                .bind("pending", PENDING)
                .bind("cutoff", Sql.time(cutoff))
                .execute());
    }

    @Override
    public int pendingCount() {
        return tx.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM mail_outbox WHERE status = :status")
                .bind("status", PENDING)
                .mapTo(Integer.class)
                .one());
    }

    private void finish(String id, String status, Instant at, String reason) {
        tx.run(() -> {
            tx.withHandle(h -> h.createUpdate("""
                            UPDATE mail_outbox SET status = :status, payload_enc = NULL, claimed_until = NULL,
                                finished_at = :at, attempts = attempts + 1, last_error = :reason
                            WHERE id = :id AND status = :pending""")
                    .bind("id", id)
                    .bind("status", status)
                    .bind("pending", PENDING)
                    .bind("at", Sql.time(at))
                    .bind("reason", truncate(reason))
                    .execute());
            vault.destroy(KeyScope.mail(id));
        });
    }

    private OutboxMail load(String id) {
        record Row(byte[] payload, int attempts) {
        }
        Row row = tx.withHandle(h -> h.createQuery("SELECT payload_enc, attempts FROM mail_outbox WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new Row(rs.getBytes("payload_enc"), rs.getInt("attempts")))
                .one());
        byte[] plain = vault.open(KeyScope.mail(id), row.payload(), context(id));
        return new OutboxMail(id, deserialize(plain), row.attempts());
    }

    private static String context(String id) {
        return "mail_outbox.payload_enc:" + id;
    }

    private static String truncate(String reason) {
        return reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
    }

    private static byte[] serialize(MailMessage m) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                DataOutputStream out = new DataOutputStream(bytes)) {
            // The unsubscribe link is a fifth part, empty when absent; mails queued before it existed have four.
            for (String part : List.of(m.to().value(), m.subject(), m.text(), m.html(),
                    m.unsubscribe().map(java.net.URI::toString).orElse(""))) {
                byte[] utf8 = part.getBytes(StandardCharsets.UTF_8);
                out.writeInt(utf8.length);
                out.write(utf8);
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new JobbotException("cannot serialise mail", false, e);
        }
    }

    private static MailMessage deserialize(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            String[] parts = new String[4];
            for (int i = 0; i < parts.length; i++) {
                byte[] utf8 = new byte[in.readInt()];
                in.readFully(utf8);
                parts[i] = new String(utf8, StandardCharsets.UTF_8);
            }
            java.util.Optional<java.net.URI> unsubscribe = java.util.Optional.empty();
            if (in.available() > 0) {
                byte[] utf8 = new byte[in.readInt()];
                in.readFully(utf8);
                String link = new String(utf8, StandardCharsets.UTF_8);
                unsubscribe = link.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(java.net.URI.create(link));
            }
            return new MailMessage(new EmailAddress(parts[0]), parts[1], parts[2], parts[3], unsubscribe);
        } catch (IOException e) {
            throw new JobbotException("cannot read queued mail", false, e);
        }
    }
}
