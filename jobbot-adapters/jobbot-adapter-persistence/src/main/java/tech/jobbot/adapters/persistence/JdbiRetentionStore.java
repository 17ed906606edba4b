package tech.jobbot.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.core.statement.Update;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.interview.InterviewId;
import tech.jobbot.domain.retention.LegalHold;
import tech.jobbot.domain.retention.RetentionCategory;
import tech.jobbot.ports.out.retention.RetentionStore;

/**
 * Retention in SQL: each batch is one bounded {@code DELETE ... WHERE key IN (SELECT ... LIMIT n)}
 * in its own transaction, so a large purge never holds long locks, and every query that deletes
 * personal rows skips those under an active legal hold.
 */
public final class JdbiRetentionStore implements RetentionStore {
    /** A row of the person is held if a hold covers all their data or that very row. */
    private static final String NOT_HELD = " AND NOT EXISTS (SELECT 1 FROM legal_holds h WHERE h.account_id = %s"
            + " AND h.released_at IS NULL AND (h.record_id IS NULL OR h.record_id = %s))";

    private final JdbiTransactions tx;

    public JdbiRetentionStore(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public boolean tryLock(String owner, Instant now, Duration lease) {
        return tx.withHandle(h -> h.createUpdate("""
                        UPDATE retention_lock SET locked_until = :until, owner = :owner
                        WHERE name = 'purge' AND (locked_until <= :now OR owner = :owner)""")
                .bind("until", Sql.time(now.plus(lease)))
                .bind("owner", owner)
                .bind("now", Sql.time(now))
                .execute()) == 1;
    }

    @Override
    public void unlock(String owner, Instant now) {
        tx.withHandle(h -> h.createUpdate(
                        "UPDATE retention_lock SET locked_until = :now WHERE name = 'purge' AND owner = :owner")
                .bind("now", Sql.time(now))
                .bind("owner", owner)
                .execute());
    }

    @Override
    public int purgeBatch(RetentionCategory category, Instant cutoff, Instant noticedBefore, int limit) {
        String sql = switch (category) {
            case VERIFICATION_CODES -> """
                    DELETE FROM code_challenges WHERE flow_id IN (
                        SELECT flow_id FROM code_challenges WHERE expires_at < :cutoff LIMIT :limit)""";
            case SESSIONS -> """
                    DELETE FROM sessions WHERE id IN (
                        SELECT s.id FROM sessions s WHERE (s.revoked_at < :cutoff OR s.last_seen_at < :cutoff)"""
                    + NOT_HELD.formatted("s.account_id", "s.id") + " LIMIT :limit)";
            case RATE_LIMIT_EVENTS -> """
                    DELETE FROM rate_limit_events WHERE id IN (
                        SELECT id FROM rate_limit_events WHERE occurred_at < :cutoff LIMIT :limit)""";
            case ACCESS_LOG -> """
                    DELETE FROM access_log WHERE id IN (
                        SELECT id FROM access_log WHERE requested_at < :cutoff LIMIT :limit)""";
            case PAGE_VIEWS -> """
                    DELETE FROM analytics_events WHERE id IN (
                        SELECT e.id FROM analytics_events e WHERE e.recorded_at < :cutoff"""
                    + NOT_HELD.formatted("e.account_id", "e.id") + " LIMIT :limit)";
            // Only once the owner was told, at least the notice period ago.
            case INTERVIEWS -> """
                    DELETE FROM interviews WHERE id IN (
                        SELECT i.id FROM interviews i WHERE COALESCE(i.finished_at, i.started_at) < :cutoff
                          AND EXISTS (SELECT 1 FROM retention_notices n WHERE n.interview_id = i.id
                              AND n.noticed_at <= :noticed)"""
                    + NOT_HELD.formatted("i.owner_id", "i.id") + " LIMIT :limit)";
            case OUTBOX_MAIL -> """
                    DELETE FROM mail_outbox WHERE id IN (
                        SELECT id FROM mail_outbox WHERE status <> 'PENDING' AND finished_at < :cutoff LIMIT :limit)""";
            case RETENTION_AUDIT -> """
                    DELETE FROM retention_runs WHERE id IN (
                        SELECT id FROM retention_runs WHERE ran_at < :cutoff LIMIT :limit)""";
            case CANCELLED_ACCOUNTS -> throw new IllegalArgumentException("cancelled accounts are erased, not purged");
        };
        return tx.inTransaction(() -> tx.withHandle(h -> {
            Update delete = h.createUpdate(sql).bind("cutoff", Sql.time(cutoff)).bind("limit", limit);
            if (category == RetentionCategory.INTERVIEWS) {
                delete.bind("noticed", Sql.time(noticedBefore));
            }
            int deleted = delete.execute();
            if (category == RetentionCategory.RATE_LIMIT_EVENTS) {
                // A key row is a blind index of an address or client: kept no longer than its events.
                h.createUpdate("DELETE FROM rate_limit_keys WHERE NOT EXISTS"
                        + " (SELECT 1 FROM rate_limit_events e WHERE e.limit_key = rate_limit_keys.limit_key)").execute();
            }
            return deleted;
        }));
    }

    @Override
    public void recordRun(RetentionCategory category, Instant cutoff, long purged, Instant at) {
        tx.withHandle(h -> h.createUpdate("""
                        INSERT INTO retention_runs (id, category, cutoff, purged, ran_at)
                        VALUES (:id, :category, :cutoff, :purged, :at)""")
                .bind("id", UUID.randomUUID())
                .bind("category", category.name())
                .bind("cutoff", Sql.time(cutoff))
                .bind("purged", purged)
                .bind("at", Sql.time(at))
                .execute());
    }

    @Override
    public List<RetentionRun> runs(int limit) {
        return tx.withHandle(h -> h.createQuery("""
                        SELECT id, category, cutoff, purged, ran_at FROM retention_runs ORDER BY ran_at DESC, id
                        LIMIT :limit""")
                .bind("limit", limit)
                .map((rs, ctx) -> new RetentionRun(Sql.uuid(rs, "id"), RetentionCategory.valueOf(rs.getString("category")),
                        Sql.instant(rs, "cutoff"), rs.getLong("purged"), Sql.instant(rs, "ran_at")))
                .list());
    }

    @Override
    public List<InterviewDue> interviewsToNotice(Instant cutoff, int limit) {
        return tx.withHandle(h -> h.createQuery("""
                        SELECT i.id, i.owner_id, COALESCE(i.finished_at, i.started_at) AS last_activity
                        FROM interviews i
                        WHERE COALESCE(i.finished_at, i.started_at) < :cutoff
                          AND NOT EXISTS (SELECT 1 FROM retention_notices n WHERE n.interview_id = i.id)"""
                        + NOT_HELD.formatted("i.owner_id", "i.id") + " ORDER BY last_activity, i.id LIMIT :limit")
                .bind("cutoff", Sql.time(cutoff))
                .bind("limit", limit)
                .map((rs, ctx) -> new InterviewDue(new AccountId(Sql.uuid(rs, "owner_id")),
                        new InterviewId(Sql.uuid(rs, "id")), Sql.instant(rs, "last_activity")))
                .list());
    }

    @Override
    public void markNoticed(InterviewId interview, Instant at) {
        tx.withHandle(h -> h.createUpdate("""
                        INSERT INTO retention_notices (interview_id, noticed_at) VALUES (:id, :at)
                        ON CONFLICT DO NOTHING""")
                .bind("id", interview.value())
                .bind("at", Sql.time(at))
                .execute());
    }

    @Override
    public void placeHold(LegalHold hold) {
        tx.withHandle(h -> {
            Update insert = h.createUpdate("""
                            INSERT INTO legal_holds (id, account_id, record_id, reason, placed_by, placed_at, released_at)
                            VALUES (:id, :account, :record, :reason, :by, :at, NULL)""")
                    .bind("id", hold.id())
                    .bind("account", hold.person().value())
                    .bind("reason", hold.reason())
                    .bind("by", hold.placedBy())
                    .bind("at", Sql.time(hold.placedAt()));
            hold.recordId().ifPresentOrElse(r -> insert.bind("record", r),
                    () -> insert.bindNull("record", java.sql.Types.OTHER));
            return insert.execute();
        });
    }

    @Override
    public boolean releaseHold(UUID holdId, Instant at) {
        return tx.withHandle(h -> h.createUpdate(
                        "UPDATE legal_holds SET released_at = :at WHERE id = :id AND released_at IS NULL")
                .bind("at", Sql.time(at))
                .bind("id", holdId)
                .execute()) == 1;
    }

    @Override
    public List<LegalHold> holds(AccountId person) {
        return tx.withHandle(h -> h.createQuery("SELECT * FROM legal_holds WHERE account_id = :account"
                        + " ORDER BY placed_at, id")
                .bind("account", person.value())
                .map((rs, ctx) -> read(rs))
                .list());
    }

    @Override
    public Optional<LegalHold> hold(UUID holdId) {
        return tx.withHandle(h -> h.createQuery("SELECT * FROM legal_holds WHERE id = :id")
                .bind("id", holdId)
                .map((rs, ctx) -> read(rs))
                .findOne());
    }

    @Override
    public boolean heldEntirely(AccountId person) {
        return tx.withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM legal_holds
                        WHERE account_id = :account AND released_at IS NULL AND record_id IS NULL""")
                .bind("account", person.value())
                .mapTo(Long.class).one()) > 0;
    }

    @Override
    public boolean heldAtAll(AccountId person) {
        return tx.withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM legal_holds WHERE account_id = :account AND released_at IS NULL")
                .bind("account", person.value())
                .mapTo(Long.class).one()) > 0;
    }

    @Override
    public boolean held(AccountId person, UUID recordId) {
        return tx.withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM legal_holds WHERE account_id = :account AND released_at IS NULL
                          AND (record_id IS NULL OR record_id = :record)""")
                .bind("account", person.value())
                .bind("record", recordId)
                .mapTo(Long.class).one()) > 0;
    }

    @Override
    public int forgetReleasedHolds(AccountId person) {
        return tx.withHandle(h -> h.createUpdate(
                        "DELETE FROM legal_holds WHERE account_id = :account AND released_at IS NOT NULL")
                .bind("account", person.value())
                .execute());
    }

    private static LegalHold read(ResultSet rs) throws SQLException {
        return new LegalHold(Sql.uuid(rs, "id"), new AccountId(Sql.uuid(rs, "account_id")),
                Optional.ofNullable(rs.getObject("record_id", UUID.class)), rs.getString("reason"),
                rs.getString("placed_by"), Sql.instant(rs, "placed_at"), Sql.optionalInstant(rs, "released_at"));
    }
}
