package tech.jobbot.adapters.persistence;

import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.statement.PreparedBatch;

import tech.jobbot.domain.audit.AccessRecord;
import tech.jobbot.ports.out.audit.AccessLog;

/** The access log in {@code access_log}, inserted as JDBC batches. */
public final class JdbiAccessLog implements AccessLog {
    private final JdbiTransactions tx;

    public JdbiAccessLog(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void append(List<AccessRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        tx.inTransaction(() -> tx.withHandle(h -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO access_log (requested_at, method, path, status, latency_us, subject, truncated_ip,
                        browser, os, device_type)
                    VALUES (:at, :method, :path, :status, :latency, :subject, :ip, :browser, :os, :device)""");
            for (AccessRecord r : records) {
                batch.bind("at", Sql.time(r.at()))
                        .bind("method", r.method())
                        .bind("path", r.pathTemplate())
                        .bind("status", r.status())
                        .bind("latency", r.latencyMicros())
                        .bind("browser", r.browser())
                        .bind("os", r.operatingSystem())
                        .bind("device", r.deviceType());
                // Bound by type, present or not: a batch that mixes both must not change an argument's type.
                batch.bindByType("subject", r.subject().orElse(null), String.class)
                        .bindByType("ip", r.truncatedIp().orElse(null), String.class);
                batch.add();
            }
            return batch.execute();
        }));
    }

    @Override
    public List<AccessRecord> of(String subject, int limit) {
        return tx.withHandle(h -> h.createQuery("""
                        SELECT * FROM access_log WHERE subject = :subject ORDER BY requested_at DESC, id DESC LIMIT :limit""")
                .bind("subject", subject)
                .bind("limit", limit)
                .map((rs, ctx) -> new AccessRecord(Sql.instant(rs, "requested_at"), rs.getString("method"),
                        rs.getString("path"), rs.getInt("status"), rs.getLong("latency_us"),
                        Optional.ofNullable(rs.getString("subject")), Optional.ofNullable(rs.getString("truncated_ip")),
                        rs.getString("browser"), rs.getString("os"), rs.getString("device_type")))
                .list());
    }
}
