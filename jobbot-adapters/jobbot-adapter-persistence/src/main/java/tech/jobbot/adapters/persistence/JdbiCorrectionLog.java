package tech.jobbot.adapters.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.ports.out.account.CorrectionLog;

/** Corrections in {@code corrections}: field names and times only. */
public final class JdbiCorrectionLog implements CorrectionLog {
    private final JdbiTransactions tx;

    public JdbiCorrectionLog(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void record(AccountId person, String field, Instant at) {
        tx.withHandle(h -> h.createUpdate("""
                        INSERT INTO corrections (id, account_id, field, changed_at) VALUES (:id, :account, :field, :at)""")
                .bind("id", UUID.randomUUID())
                .bind("account", person.value())
                .bind("field", field)
                .bind("at", Sql.time(at))
                .execute());
    }

    @Override
    public List<Correction> of(AccountId person) {
        return tx.withHandle(h -> h.createQuery(
                        "SELECT field, changed_at FROM corrections WHERE account_id = :account ORDER BY changed_at, append_order")
                .bind("account", person.value())
                .map((rs, ctx) -> new Correction(rs.getString("field"), Sql.instant(rs, "changed_at")))
                .list());
    }
}
