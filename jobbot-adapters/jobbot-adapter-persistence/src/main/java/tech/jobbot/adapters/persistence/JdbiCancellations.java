package tech.jobbot.adapters.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.erasure.Cancellation;
import tech.jobbot.domain.erasure.ErasureRecord;
import tech.jobbot.domain.erasure.ErasureRecord.KeptWithdrawal;
import tech.jobbot.ports.out.erasure.Cancellations;

/** Cancellations in {@code account_cancellations}; erasure records in {@code erasure_records}. */
public final class JdbiCancellations implements Cancellations {
    private final JdbiTransactions tx;

    public JdbiCancellations(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Cancellation cancel(Cancellation c) {
        return tx.inTransaction(() -> {
            tx.withHandle(h -> h.createUpdate("""
                            INSERT INTO account_cancellations (account_id, cancelled_at, erase_after)
                            VALUES (:account, :at, :erase) ON CONFLICT DO NOTHING""")
                    .bind("account", c.account().value())
                    .bind("at", Sql.time(c.cancelledAt()))
                    .bind("erase", Sql.time(c.eraseAfter()))
                    .execute());
            return find(c.account(), "").orElseThrow();
        });
    }

    @Override
    public Optional<Cancellation> find(AccountId account) {
        return find(account, "");
    }

    @Override
    public Optional<Cancellation> findForUpdate(AccountId account) {
        return find(account, " FOR UPDATE");
    }

    private Optional<Cancellation> find(AccountId account, String lock) {
        return tx.withHandle(h -> h.createQuery("""
                        SELECT account_id, cancelled_at, erase_after FROM account_cancellations
                        WHERE account_id = :account""" + lock)
                .bind("account", account.value())
                .map((rs, ctx) -> read(rs))
                .findOne());
    }

    @Override
    public boolean restore(AccountId account) {
        return tx.withHandle(h -> h.createUpdate("DELETE FROM account_cancellations WHERE account_id = :account")
                .bind("account", account.value())
                .execute()) == 1;
    }

    @Override
    public List<AccountId> dueBefore(Instant now, int limit) {
        return tx.withHandle(h -> h.createQuery("""
                        SELECT account_id FROM account_cancellations WHERE erase_after <= :now
                        ORDER BY erase_after, account_id LIMIT :limit""")
                .bind("now", Sql.time(now))
                .bind("limit", limit)
                .map((rs, ctx) -> new AccountId(Sql.uuid(rs, "account_id")))
                .list());
    }

    @Override
    public void keep(ErasureRecord r) {
        tx.withHandle(h -> h.createUpdate("""
                        INSERT INTO erasure_records (id, cancelled_at, erased_at, kept)
                        VALUES (:id, :cancelled, :erased, :kept)""")
                .bind("id", r.id())
                .bind("cancelled", Sql.time(r.cancelledAt()))
                .bind("erased", Sql.time(r.erasedAt()))
                .bind("kept", new String(Documents.write(new Kept(r.keptWithdrawals())), StandardCharsets.UTF_8))
                .execute());
    }

    @Override
    public List<ErasureRecord> erasureRecords() {
        return tx.withHandle(h -> h.createQuery(
                        "SELECT id, cancelled_at, erased_at, kept FROM erasure_records ORDER BY erased_at, id")
                .map((rs, ctx) -> new ErasureRecord(Sql.uuid(rs, "id"), Sql.instant(rs, "cancelled_at"),
                        Sql.instant(rs, "erased_at"), Documents.read(rs.getString("kept")
                                .getBytes(StandardCharsets.UTF_8), Kept.class).withdrawals()))
                .list());
    }

    private static Cancellation read(ResultSet rs) throws SQLException {
        return new Cancellation(new AccountId(Sql.uuid(rs, "account_id")), Sql.instant(rs, "cancelled_at"),
                Sql.instant(rs, "erase_after"));
    }

    /** The JSON form of what an erasure keeps. */
    private record Kept(List<KeptWithdrawal> withdrawals) {
    }
}
