package tech.jobbot.adapters.persistence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.core.statement.Query;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.incident.Affected;
import tech.jobbot.domain.incident.Incident;
import tech.jobbot.ports.out.incident.Incidents;

/** The register in {@code incidents} (a JSON document each); notifications in {@code incident_notifications}. */
public final class JdbiIncidents implements Incidents {
    private static final String NOT_NOTIFIED = " AND NOT EXISTS (SELECT 1 FROM incident_notifications n"
            + " WHERE n.incident_id = :incident AND n.account_id = a.id)";

    private final JdbiTransactions tx;

    public JdbiIncidents(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void add(Incident incident) {
        tx.withHandle(h -> h.createUpdate("""
                        INSERT INTO incidents (id, aware_at, status, document) VALUES (:id, :aware, :status, :document)""")
                .bind("id", incident.id())
                .bind("aware", Sql.time(incident.awareAt()))
                .bind("status", incident.status().name())
                .bind("document", json(incident))
                .execute());
    }

    @Override
    public void update(Incident incident) {
        tx.withHandle(h -> h.createUpdate("UPDATE incidents SET status = :status, document = :document WHERE id = :id")
                .bind("id", incident.id())
                .bind("status", incident.status().name())
                .bind("document", json(incident))
                .execute());
    }

    @Override
    public Optional<Incident> find(UUID id) {
        return tx.withHandle(h -> h.createQuery("SELECT document FROM incidents WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> read(rs.getString("document")))
                .findOne());
    }

    @Override
    public Optional<Incident> findForUpdate(UUID id) {
        return tx.withHandle(h -> h.createQuery("SELECT document FROM incidents WHERE id = :id FOR UPDATE")
                .bind("id", id)
                .map((rs, ctx) -> read(rs.getString("document")))
                .findOne());
    }

    @Override
    public List<Incident> all() {
        return tx.withHandle(h -> h.createQuery("SELECT document FROM incidents ORDER BY aware_at DESC, id")
                .map((rs, ctx) -> read(rs.getString("document")))
                .list());
    }

    @Override
    public List<AccountId> notYetNotified(UUID incident, Affected affected, int limit) {
        String where = switch (affected) {
            case Affected.Everyone e -> "TRUE";
            case Affected.SignedInBetween w -> "EXISTS (SELECT 1 FROM sessions s WHERE s.account_id = a.id"
                    + " AND s.created_at >= :from AND s.created_at <= :to)";
            case Affected.WithInterviews i -> "EXISTS (SELECT 1 FROM interviews i WHERE i.owner_id = a.id)";
        };
        return tx.withHandle(h -> {
            Query query = h.createQuery("SELECT a.id FROM accounts a WHERE " + where + NOT_NOTIFIED
                            + " ORDER BY a.id LIMIT :limit")
                    .bind("incident", incident)
                    .bind("limit", limit);
            if (affected instanceof Affected.SignedInBetween w) {
                query.bind("from", Sql.time(w.from())).bind("to", Sql.time(w.to()));
            }
            return query.map((rs, ctx) -> new AccountId(Sql.uuid(rs, "id"))).list();
        });
    }

    @Override
    public boolean recordNotified(UUID incident, AccountId person, Instant at) {
        return tx.withHandle(h -> h.createUpdate("""
                        INSERT INTO incident_notifications (incident_id, account_id, notified_at)
                        VALUES (:incident, :account, :at) ON CONFLICT DO NOTHING""")
                .bind("incident", incident)
                .bind("account", person.value())
                .bind("at", Sql.time(at))
                .execute()) == 1;
    }

    @Override
    public boolean wasNotified(UUID incident, AccountId person) {
        return tx.withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM incident_notifications WHERE incident_id = :incident AND account_id = :account""")
                .bind("incident", incident)
                .bind("account", person.value())
                .mapTo(Long.class).one()) > 0;
    }

    @Override
    public long notifiedCount(UUID incident) {
        return tx.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM incident_notifications WHERE incident_id = :id")
                .bind("id", incident).mapTo(Long.class).one());
    }

    private static String json(Incident incident) {
        return new String(Documents.write(incident), StandardCharsets.UTF_8);
    }

    private static Incident read(String json) {
        return Documents.read(json.getBytes(StandardCharsets.UTF_8), Incident.class);
    }
}
