package tech.jobbot.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.core.statement.Update;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.event.JobbotEvent;
import tech.jobbot.ports.out.event.EventOutbox;

/** The event outbox in {@code events}. */
public final class JdbiEventOutbox implements EventOutbox {
    private static final String COLUMNS =
            "id, type, account_id, external_subject, interview_id, overall, purpose, choice, occurred_at";

    private final JdbiTransactions tx;

    public JdbiEventOutbox(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void record(JobbotEvent event) {
        tx.withHandle(h -> {
            Update insert = h.createUpdate("""
                            INSERT INTO events (id, type, account_id, external_subject, interview_id, overall, purpose,
                                choice, occurred_at)
                            VALUES (:id, :type, :account, :subject, :interview, :overall, :purpose, :choice, :at)""")
                    .bind("id", event.id())
                    .bind("type", event.type())
                    .bind("account", event.account().value())
                    .bind("subject", event.externalSubject().orElse(null))
                    .bind("at", Sql.time(event.at()));
            switch (event) {
                case JobbotEvent.InterviewFinished f -> insert.bind("interview", f.interview())
                        .bind("overall", f.overall()).bindNull("purpose", Types.VARCHAR).bindNull("choice", Types.VARCHAR);
                case JobbotEvent.ConsentChanged c -> insert.bindNull("interview", Types.OTHER)
                        .bindNull("overall", Types.INTEGER).bind("purpose", c.purpose()).bind("choice", c.choice());
                case JobbotEvent.AccountErased e -> insert.bindNull("interview", Types.OTHER)
                        .bindNull("overall", Types.INTEGER).bindNull("purpose", Types.VARCHAR)
                        .bindNull("choice", Types.VARCHAR);
            }
            return insert.execute();
        });
    }

    @Override
    public List<JobbotEvent> claim(Instant now, Duration lease, int limit) {
        List<UUID> candidates = tx.withHandle(h -> h.createQuery("""
                        SELECT id FROM events
                        WHERE dispatched_at IS NULL AND (claimed_until IS NULL OR claimed_until <= :now)
                        ORDER BY seq LIMIT :limit""")
                .bind("now", Sql.time(now))
                .bind("limit", limit)
                .mapTo(UUID.class)
                .list());
        List<JobbotEvent> claimed = new ArrayList<>();
        for (UUID id : candidates) {
            int won = tx.withHandle(h -> h.createUpdate("""
                            UPDATE events SET claimed_until = :until
                            WHERE id = :id AND dispatched_at IS NULL AND (claimed_until IS NULL OR claimed_until <= :now)""")
                    .bind("id", id)
                    .bind("now", Sql.time(now))
                    .bind("until", Sql.time(now.plus(lease)))
                    .execute());
            if (won == 1) {
                tx.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM events WHERE id = :id").bind("id", id)
                        .map((rs, ctx) -> event(rs)).findOne()).ifPresent(claimed::add);
            }
        }
        return claimed;
    }

    @Override
    public void markDispatched(JobbotEvent event, Instant at) {
        tx.withHandle(h -> h.createUpdate("UPDATE events SET dispatched_at = :at, claimed_until = NULL WHERE id = :id")
                .bind("at", Sql.time(at)).bind("id", event.id()).execute());
    }

    @Override
    public void delete(JobbotEvent event) {
        tx.withHandle(h -> h.createUpdate("DELETE FROM events WHERE id = :id").bind("id", event.id()).execute());
    }

    @Override
    public int forget(AccountId person) {
        return tx.withHandle(h -> h.createUpdate("DELETE FROM events WHERE account_id = :a")
                .bind("a", person.value()).execute());
    }

    @Override
    public int purgeDispatchedBefore(Instant cutoff, int limit) {
        List<UUID> old = tx.withHandle(h -> h.createQuery(
                        "SELECT id FROM events WHERE dispatched_at < :cutoff ORDER BY seq LIMIT :limit")
                .bind("cutoff", Sql.time(cutoff)).bind("limit", limit).mapTo(UUID.class).list());
        if (old.isEmpty()) {
            return 0;
        }
        return tx.withHandle(h -> h.createUpdate("DELETE FROM events WHERE id IN (<ids>)").bindList("ids", old).execute());
    }

    private static JobbotEvent event(ResultSet rs) throws SQLException {
        UUID id = Sql.uuid(rs, "id");
        AccountId account = new AccountId(Sql.uuid(rs, "account_id"));
        Optional<String> subject = Optional.ofNullable(rs.getString("external_subject"));
        Instant at = Sql.instant(rs, "occurred_at");
        return switch (rs.getString("type")) {
            case "interview.finished" -> new JobbotEvent.InterviewFinished(id, account, subject,
                    Sql.uuid(rs, "interview_id"), rs.getInt("overall"), at);
            case "consent.changed" -> new JobbotEvent.ConsentChanged(id, account, subject, rs.getString("purpose"),
                    rs.getString("choice"), at);
            case "account.erased" -> new JobbotEvent.AccountErased(id, account, subject, at);
            default -> throw new IllegalStateException("unknown event type " + rs.getString("type"));
        };
    }
}
