package tech.jobbot.adapters.persistence;

import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jdbi.v3.core.statement.Update;

import tech.jobbot.domain.audit.AuditEntry;
import tech.jobbot.ports.out.audit.AuditLog;

/** The audit chain in {@code audit_log}; {@code audit_head} is locked for each append, so appends queue up. */
public final class JdbiAuditLog implements AuditLog {
    private final JdbiTransactions tx;

    public JdbiAuditLog(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public AuditEntry append(Instant at, String event, Optional<String> subject, String detail,
            Function<String, String> mac, java.util.function.BiFunction<Long, String, String> headMac) {
        return tx.inTransaction(() -> tx.withHandle(h -> {
            Head head = h.createQuery(
                            "SELECT last_sequence, last_mac, head_mac FROM audit_head WHERE name = 'audit' FOR UPDATE")
                    .map((rs, ctx) -> new Head(rs.getLong("last_sequence"), rs.getString("last_mac"),
                            rs.getString("head_mac")))
                    .one();
            long sequence = head.lastSequence() + 1;
            String sealed = mac.apply(AuditEntry.macInput(sequence, at, event, subject, detail, head.lastMac()));
            AuditEntry entry = new AuditEntry(sequence, at, event, subject, detail, head.lastMac(), sealed);
            Update insert = h.createUpdate("""
                            INSERT INTO audit_log (sequence, recorded_at, event, subject, detail, previous_mac, mac)
                            VALUES (:sequence, :at, :event, :subject, :detail, :previous, :mac)""")
                    .bind("sequence", sequence)
                    .bind("at", Sql.time(at))
                    .bind("event", event)
                    .bind("detail", detail)
                    .bind("previous", head.lastMac())
                    .bind("mac", sealed);
            subject.ifPresentOrElse(s -> insert.bind("subject", s), () -> insert.bindNull("subject", Types.VARCHAR));
            insert.execute();
            h.createUpdate("""
                            UPDATE audit_head SET last_sequence = :sequence, last_mac = :mac, head_mac = :head
                            WHERE name = 'audit'""")
                    .bind("sequence", sequence)
                    .bind("mac", sealed)
                    .bind("head", headMac.apply(sequence, sealed))
                    .execute();
            return entry;
        }));
    }

    @Override
    public List<AuditEntry> read(long fromSequence, int limit) {
        return tx.withHandle(h -> h.createQuery("""
                        SELECT sequence, recorded_at, event, subject, detail, previous_mac, mac FROM audit_log
                        WHERE sequence >= :from ORDER BY sequence LIMIT :limit""")
                .bind("from", fromSequence)
                .bind("limit", limit)
                .map((rs, ctx) -> new AuditEntry(rs.getLong("sequence"), Sql.instant(rs, "recorded_at"),
                        rs.getString("event"), Optional.ofNullable(rs.getString("subject")), rs.getString("detail"),
                        rs.getString("previous_mac"), rs.getString("mac")))
                .list());
    }

    @Override
    public Head head() {
        return tx.withHandle(h -> h.createQuery(
                        "SELECT last_sequence, last_mac, head_mac FROM audit_head WHERE name = 'audit'")
                .map((rs, ctx) -> new Head(rs.getLong("last_sequence"), rs.getString("last_mac"),
                        rs.getString("head_mac")))
                .one());
    }
}
