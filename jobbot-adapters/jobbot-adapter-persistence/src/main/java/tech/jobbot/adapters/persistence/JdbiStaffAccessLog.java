package tech.jobbot.adapters.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.ports.out.account.StaffAccessLog;

/** Staff accesses in {@code staff_accesses}. */
public final class JdbiStaffAccessLog implements StaffAccessLog {
    private final JdbiTransactions tx;

    public JdbiStaffAccessLog(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void record(AccountId person, String actor, String action, Optional<String> caseRef,
            Optional<String> category, Instant at) {
        tx.withHandle(h -> h.createUpdate("""
                        INSERT INTO staff_accesses (id, account_id, actor, action, case_ref, category, accessed_at)
                        VALUES (:id, :account, :actor, :action, :caseRef, :category, :at)""")
                .bind("id", UUID.randomUUID())
                .bind("account", person.value())
                .bind("actor", fit(actor))
                .bind("action", fit(action))
                .bind("caseRef", caseRef.map(JdbiStaffAccessLog::fit).orElse(null))
                .bind("category", category.orElse(null))
                .bind("at", Sql.time(at))
                .execute());
    }

    /** Every text column holds 200 characters: a longer one is cut rather than the access not recorded. */
    private static String fit(String text) {
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }

    @Override
    public List<StaffAccess> of(AccountId person) {
        return tx.withHandle(h -> h.createQuery("""
                        SELECT actor, action, case_ref, category, accessed_at FROM staff_accesses WHERE account_id = :account
                        ORDER BY accessed_at, append_order""")
                .bind("account", person.value())
                .map((rs, ctx) -> new StaffAccess(rs.getString("actor"), rs.getString("action"),
                        Optional.ofNullable(rs.getString("case_ref")), Optional.ofNullable(rs.getString("category")),
                        Sql.instant(rs, "accessed_at")))
                .list());
    }
}
