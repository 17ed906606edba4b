package tech.jobbot.adapters.persistence;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import tech.jobbot.ports.out.partner.Webhooks;

/** Webhook endpoints and deliveries in {@code webhook_endpoints} and {@code webhook_deliveries}. */
public final class JdbiWebhooks implements Webhooks {
    private static final String ENDPOINT_COLUMNS = "id, partner_id, url, events, created_at, disabled_at";
    private static final String DELIVERY_COLUMNS = "d.id, d.endpoint_id, d.event_id, d.event_type, d.payload, d.attempts,"
            + " d.state, d.last_status, d.last_error, d.created_at, d.delivered_at";

    private final JdbiTransactions tx;

    public JdbiWebhooks(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void addEndpoint(Endpoint e, byte[] sealedSecret) {
        tx.withHandle(h -> h.createUpdate("""
                        INSERT INTO webhook_endpoints (id, partner_id, url, secret_enc, events, created_at)
                        VALUES (:id, :partner, :url, :secret, :events, :at)""")
                .bind("id", e.id()).bind("partner", e.partner()).bind("url", e.url().toString())
                .bindByType("secret", sealedSecret, byte[].class)
                .bind("events", new TreeSet<>(e.events()).stream().collect(Collectors.joining(",")))
                .bind("at", Sql.time(e.createdAt()))
                .execute());
    }

    @Override
    public List<Endpoint> endpointsOf(UUID partner) {
        return tx.withHandle(h -> h.createQuery("SELECT " + ENDPOINT_COLUMNS
                        + " FROM webhook_endpoints WHERE partner_id = :p ORDER BY created_at, id")
                .bind("p", partner).map((rs, ctx) -> endpoint(rs)).list());
    }

    @Override
    public Optional<Endpoint> endpoint(UUID id) {
        return tx.withHandle(h -> h.createQuery("SELECT " + ENDPOINT_COLUMNS + " FROM webhook_endpoints WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> endpoint(rs)).findOne());
    }

    @Override
    public byte[] secretOf(UUID endpoint) {
        return tx.withHandle(h -> h.createQuery("SELECT secret_enc FROM webhook_endpoints WHERE id = :id")
                .bind("id", endpoint).mapTo(byte[].class).one());
    }

    @Override
    public boolean disable(UUID endpoint, Instant at) {
        return tx.withHandle(h -> h.createUpdate(
                        "UPDATE webhook_endpoints SET disabled_at = :at WHERE id = :id AND disabled_at IS NULL")
                .bind("at", Sql.time(at)).bind("id", endpoint).execute()) == 1;
    }

    @Override
    public boolean enqueue(UUID endpoint, UUID event, String type, String payload, UUID account, Instant at) {
        return tx.withHandle(h -> h.createUpdate("""
                        INSERT INTO webhook_deliveries (id, endpoint_id, event_id, event_type, payload, state,
                            next_attempt_at, created_at, account_id)
                        VALUES (:id, :endpoint, :event, :type, :payload, 'pending', :at, :at, :account)
                        ON CONFLICT DO NOTHING""")
                .bind("id", UUID.randomUUID()).bind("endpoint", endpoint).bind("event", event).bind("type", type)
                .bind("payload", payload).bind("at", Sql.time(at)).bind("account", account)
                .execute()) == 1;
    }

    @Override
    public void forgetPayload(UUID delivery) {
        tx.withHandle(h -> h.createUpdate(
                        "UPDATE webhook_deliveries SET payload = '{}', account_id = NULL WHERE id = :id")
                .bind("id", delivery).execute());
    }

    @Override
    public int purgeFinishedBefore(Instant cutoff, int limit) {
        List<UUID> old = tx.withHandle(h -> h.createQuery("SELECT id FROM webhook_deliveries"
                        + " WHERE state <> 'pending' AND created_at < :cutoff ORDER BY created_at LIMIT :limit")
                .bind("cutoff", Sql.time(cutoff)).bind("limit", limit).mapTo(UUID.class).list());
        if (old.isEmpty()) {
            return 0;
        }
        return tx.withHandle(h -> h.createUpdate("DELETE FROM webhook_deliveries WHERE id IN (<ids>)")
                .bindList("ids", old).execute());
    }

    @Override
    public int forgetAccount(UUID account) {
        return tx.withHandle(h -> h.createUpdate(
                        "UPDATE webhook_deliveries SET payload = '{}', account_id = NULL WHERE account_id = :a")
                .bind("a", account).execute());
    }

    @Override
    public List<Delivery> claimDue(Instant now, Duration lease, int limit) {
        List<UUID> due = tx.withHandle(h -> h.createQuery("""
                        SELECT id FROM webhook_deliveries
                        WHERE state = 'pending' AND next_attempt_at <= :now
                          AND (claimed_until IS NULL OR claimed_until <= :now)
                        ORDER BY next_attempt_at, id LIMIT :limit""")
                .bind("now", Sql.time(now)).bind("limit", limit).mapTo(UUID.class).list());
        List<Delivery> claimed = new ArrayList<>();
        for (UUID id : due) {
            int won = tx.withHandle(h -> h.createUpdate("""
                            UPDATE webhook_deliveries SET claimed_until = :until
                            WHERE id = :id AND state = 'pending' AND (claimed_until IS NULL OR claimed_until <= :now)""")
                    .bind("id", id).bind("now", Sql.time(now)).bind("until", Sql.time(now.plus(lease))).execute());
            if (won == 1) {
                tx.withHandle(h -> h.createQuery("SELECT " + DELIVERY_COLUMNS + " FROM webhook_deliveries d WHERE d.id = :id")
                        .bind("id", id).map((rs, ctx) -> delivery(rs)).findOne()).ifPresent(claimed::add);
            }
        }
        return claimed;
    }

    @Override
    public void delivered(UUID delivery, int status, Instant at) {
        tx.withHandle(h -> h.createUpdate("""
                        UPDATE webhook_deliveries SET state = 'delivered', attempts = attempts + 1, last_status = :status,
                            delivered_at = :at, claimed_until = NULL, last_error = NULL
                        WHERE id = :id""")
                .bind("status", status).bind("at", Sql.time(at)).bind("id", delivery).execute());
    }

    @Override
    public void failed(UUID delivery, Optional<Integer> status, String error, Optional<Instant> next) {
        tx.withHandle(h -> {
            var update = h.createUpdate("""
                            UPDATE webhook_deliveries SET attempts = attempts + 1, last_status = :status, last_error = :error,
                                state = :state, next_attempt_at = COALESCE(:next, next_attempt_at), claimed_until = NULL
                            WHERE id = :id""")
                    .bind("error", error.length() > 500 ? error.substring(0, 500) : error)
                    .bind("state", next.isPresent() ? "pending" : "failed")
                    .bind("id", delivery);
            if (status.isPresent()) {
                update.bind("status", status.get());
            } else {
                update.bindNull("status", Types.INTEGER);
            }
            if (next.isPresent()) {
                update.bind("next", Sql.time(next.get()));
            } else {
                update.bindNull("next", Types.TIMESTAMP_WITH_TIMEZONE);
            }
            return update.execute();
        });
    }

    @Override
    public List<Delivery> log(UUID partner, int limit) {
        return tx.withHandle(h -> h.createQuery("SELECT " + DELIVERY_COLUMNS + """
                         FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
                        WHERE e.partner_id = :p ORDER BY d.created_at DESC, d.id LIMIT :limit""")
                .bind("p", partner).bind("limit", limit).map((rs, ctx) -> delivery(rs)).list());
    }

    private static Endpoint endpoint(ResultSet rs) throws SQLException {
        Set<String> events = Arrays.stream(rs.getString("events").split(",")).filter(s -> !s.isBlank())
                .collect(Collectors.toCollection(TreeSet::new));
        return new Endpoint(Sql.uuid(rs, "id"), Sql.uuid(rs, "partner_id"), URI.create(rs.getString("url")), events,
                Sql.instant(rs, "created_at"), Sql.optionalInstant(rs, "disabled_at"));
    }

    private static Delivery delivery(ResultSet rs) throws SQLException {
        int status = rs.getInt("last_status");
        Optional<Integer> lastStatus = rs.wasNull() ? Optional.empty() : Optional.of(status);
        return new Delivery(Sql.uuid(rs, "id"), Sql.uuid(rs, "endpoint_id"), Sql.uuid(rs, "event_id"),
                rs.getString("event_type"), rs.getString("payload"), rs.getInt("attempts"), rs.getString("state"),
                lastStatus, Optional.ofNullable(rs.getString("last_error")), Sql.instant(rs, "created_at"),
                Sql.optionalInstant(rs, "delivered_at"));
    }
}
