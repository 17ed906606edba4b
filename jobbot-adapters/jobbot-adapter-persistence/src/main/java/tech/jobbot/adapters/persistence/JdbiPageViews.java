package tech.jobbot.adapters.persistence;

import java.sql.Types;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.statement.Update;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.analytics.PageView;
import tech.jobbot.ports.out.analytics.PageViews;

/**
 * Page views in {@code analytics_events}. The page is a pattern without ids, and the dwell time a
 * number, so both are plain; a person's views go with their account.
 */
public final class JdbiPageViews implements PageViews {
    private final JdbiTransactions tx;

    public JdbiPageViews(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void record(PageView v) {
        tx.withHandle(h -> {
            Update insert = h.createUpdate("""
                            INSERT INTO analytics_events (id, account_id, page, dwell_ms, recorded_at)
                            VALUES (:id, :account, :page, :dwell, :at)""")
                    .bind("id", v.id())
                    .bind("page", v.page())
                    .bind("dwell", (int) v.dwell().toMillis())
                    .bind("at", Sql.time(v.at()));
            // A typed null: PostgreSQL refuses a null of unknown type for a UUID column.
            v.person().ifPresentOrElse(p -> insert.bind("account", p.value()),
                    () -> insert.bindNull("account", Types.OTHER));
            return insert.execute();
        });
    }

    @Override
    public List<PageView> of(AccountId person) {
        return tx.withHandle(h -> h.createQuery("""
                        SELECT id, page, dwell_ms, recorded_at FROM analytics_events WHERE account_id = :account
                        ORDER BY recorded_at, id""")
                .bind("account", person.value())
                .map((rs, ctx) -> new PageView(Sql.uuid(rs, "id"), Optional.of(person), rs.getString("page"),
                        Duration.ofMillis(rs.getInt("dwell_ms")), Sql.instant(rs, "recorded_at")))
                .list());
    }

    @Override
    public long count(String pagePattern) {
        return tx.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM analytics_events WHERE page = :page")
                .bind("page", pagePattern).mapTo(Long.class).one());
    }
}
