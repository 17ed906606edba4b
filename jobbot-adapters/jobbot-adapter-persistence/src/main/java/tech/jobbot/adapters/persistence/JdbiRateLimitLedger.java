package tech.jobbot.adapters.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import tech.jobbot.ports.out.auth.RateLimitLedger;

/** Rate-limit events in the database, so that every server node counts the same events. */
public final class JdbiRateLimitLedger implements RateLimitLedger {
    private final JdbiTransactions tx;

    public JdbiRateLimitLedger(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void lock(Collection<String> keys) {
        List<String> ordered = new TreeSet<>(keys).stream().toList();
        tx.withHandle(h -> {
            for (String key : ordered) {
                h.createUpdate("INSERT INTO rate_limit_keys (limit_key) VALUES (:key) ON CONFLICT DO NOTHING")
                        .bind("key", key).execute();
            }
            return h.createQuery("SELECT limit_key FROM rate_limit_keys WHERE limit_key IN (<keys>)"
                            + " ORDER BY limit_key FOR UPDATE")
                    .bindList("keys", ordered)
                    .mapTo(String.class)
                    .list();
        });
    }

    @Override
    public List<Instant> eventsSince(String key, Instant since) {
        return tx.withHandle(h -> h.createQuery("""
                        SELECT occurred_at FROM rate_limit_events
                        WHERE limit_key = :key AND occurred_at > :since ORDER BY occurred_at""")
                .bind("key", key)
                .bind("since", Sql.time(since))
                .map((rs, ctx) -> Sql.instant(rs, "occurred_at"))
                .list());
    }

    @Override
    public void record(String key, Instant at) {
        tx.withHandle(h -> h.createUpdate("INSERT INTO rate_limit_events (limit_key, occurred_at) VALUES (:key, :at)")
                .bind("key", key)
                .bind("at", Sql.time(at))
                .execute());
    }

    @Override
    public int purgeBefore(Instant cutoff) {
        return tx.inTransaction(() -> tx.withHandle(h -> {
            int events = h.createUpdate("DELETE FROM rate_limit_events WHERE occurred_at < :cutoff")
                    .bind("cutoff", Sql.time(cutoff)).execute();
            // A key row is a blind index of an address or client; keep it no longer than its events.
            h.createUpdate("DELETE FROM rate_limit_keys WHERE NOT EXISTS"
                    + " (SELECT 1 FROM rate_limit_events e WHERE e.limit_key = rate_limit_keys.limit_key)").execute();
            return events;
        }));
    }

    @Override
    public int forget(String key) {
        return tx.inTransaction(() -> tx.withHandle(h -> {
            int events = h.createUpdate("DELETE FROM rate_limit_events WHERE limit_key = :key")
                    .bind("key", key)
                    .execute();
            h.createUpdate("DELETE FROM rate_limit_keys WHERE limit_key = :key").bind("key", key).execute();
            return events;
        }));
    }
}
