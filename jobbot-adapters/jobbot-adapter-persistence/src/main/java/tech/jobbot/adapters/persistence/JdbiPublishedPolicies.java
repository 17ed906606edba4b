package tech.jobbot.adapters.persistence;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jdbi.v3.core.statement.Update;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.consent.PurposeKey;
import tech.jobbot.domain.policy.PolicyDocument;
import tech.jobbot.ports.out.JobbotException;
import tech.jobbot.ports.out.policy.PublishedPolicies;

/** Published policy versions in {@code published_policies}, with each one's notification cursor. */
public final class JdbiPublishedPolicies implements PublishedPolicies {
    private final JdbiTransactions tx;

    public JdbiPublishedPolicies(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void publish(PolicyDocument d, Instant at) {
        try {
            tx.inTransaction(() -> tx.withHandle(h -> h.createUpdate("""
                            INSERT INTO published_policies (region, version, effective_from, summary, body,
                                changed_purposes, published_at)
                            VALUES (:region, :version, :effective, :summary, :body, :changed, :at)""")
                    .bind("region", d.region())
                    .bind("version", d.version())
                    .bind("effective", d.effectiveFrom())
                    .bind("summary", d.summary())
                    .bind("body", d.text())
                    .bind("changed", d.changedPurposes().stream().map(PurposeKey::value).sorted()
                            .collect(Collectors.joining(",")))
                    .bind("at", Sql.time(at))
                    .execute()));
        } catch (JobbotException e) {
            if (JdbiTransactions.isUniqueViolation(e)) {
                throw new JobbotException("the " + d.region() + " policy already has a version " + d.version(), false,
                        e);
            }
            throw e;
        }
    }

    @Override
    public List<PolicyDocument> all() {
        return tx.withHandle(h -> h.createQuery("""
                        SELECT region, version, effective_from, summary, body, changed_purposes FROM published_policies
                        ORDER BY region, version""")
                .map((rs, ctx) -> new PolicyDocument(rs.getString("region"), rs.getInt("version"),
                        rs.getObject("effective_from", LocalDate.class), rs.getString("summary"), rs.getString("body"),
                        Arrays.stream(rs.getString("changed_purposes").split(",")).filter(s -> !s.isEmpty())
                                .map(PurposeKey::new).collect(Collectors.toSet())))
                .list());
    }

    @Override
    public List<Notification> unfinishedNotifications() {
        return tx.withHandle(h -> h.createQuery("""
                        SELECT region, version, notified_after FROM published_policies WHERE notified_at IS NULL
                        ORDER BY published_at, region, version""")
                .map((rs, ctx) -> new Notification(rs.getString("region"), rs.getInt("version"),
                        Optional.ofNullable(rs.getObject("notified_after", UUID.class)).map(AccountId::new)))
                .list());
    }

    @Override
    public void notificationProgress(String region, int version, Optional<AccountId> after,
            Optional<Instant> finishedAt) {
        tx.withHandle(h -> {
            Update update = h.createUpdate("""
                            UPDATE published_policies SET notified_after = :after, notified_at = :finished
                            WHERE region = :region AND version = :version""")
                    .bind("region", region)
                    .bind("version", version);
            // Typed nulls: PostgreSQL refuses a null of unknown type for UUID and timestamp columns.
            after.ifPresentOrElse(a -> update.bind("after", a.value()), () -> update.bindNull("after", Types.OTHER));
            finishedAt.ifPresentOrElse(f -> update.bind("finished", Sql.time(f)),
                    () -> update.bindNull("finished", Types.TIMESTAMP_WITH_TIMEZONE));
            return update.execute();
        });
    }
}
