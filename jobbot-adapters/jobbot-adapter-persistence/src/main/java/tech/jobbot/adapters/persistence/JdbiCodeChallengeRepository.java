package tech.jobbot.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.jdbi.v3.core.statement.Update;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.auth.CodeChallenge;
import tech.jobbot.domain.auth.CodePurpose;
import tech.jobbot.domain.auth.Digest;
import tech.jobbot.domain.auth.FlowId;
import tech.jobbot.ports.out.auth.CodeChallengeRepository;

/** Code flows in {@code code_challenges}: digests and counters only, no address and no code. */
public final class JdbiCodeChallengeRepository implements CodeChallengeRepository {
    private final JdbiTransactions tx;

    public JdbiCodeChallengeRepository(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void save(CodeChallenge c) {
        // Update in place rather than delete and insert: a concurrent entry waiting on the row lock
        // must find the flow (and learn the code was used), not a vanished row.
        tx.run(() -> tx.withHandle(h -> {
            int updated = h.createUpdate("""
                    UPDATE code_challenges SET code_digest = :digest, issued_at = :issued, expires_at = :expires,
                        failed_attempts = :failed, consumed_at = :consumed
                    WHERE flow_id = :id""")
                    .bind("id", c.id().value())
                    .bind("digest", c.codeDigest().value())
                    .bind("issued", Sql.time(c.issuedAt()))
                    .bind("expires", Sql.time(c.expiresAt()))
                    .bind("failed", c.failedAttempts())
                    .bindByType("consumed", Sql.time(c.consumedAt().orElse(null)), OffsetDateTime.class)
                    .execute();
            if (updated == 1) {
                return updated;
            }
            Update insert = h.createUpdate("""
                    INSERT INTO code_challenges (flow_id, purpose, email_index, account_id, code_digest, issued_at,
                        expires_at, failed_attempts, consumed_at)
                    VALUES (:id, :purpose, :emailIndex, :account, :digest, :issued, :expires, :failed, :consumed)""")
                    .bind("id", c.id().value())
                    .bind("purpose", c.purpose().name())
                    .bind("emailIndex", c.emailIndex())
                    .bind("digest", c.codeDigest().value())
                    .bind("issued", Sql.time(c.issuedAt()))
                    .bind("expires", Sql.time(c.expiresAt()))
                    .bind("failed", c.failedAttempts())
                    .bindByType("consumed", Sql.time(c.consumedAt().orElse(null)), OffsetDateTime.class);
            // A typed null: PostgreSQL refuses an untyped one for a uuid column.
            c.account().ifPresentOrElse(a -> insert.bind("account", a.value()),
                    () -> insert.bindNull("account", Types.OTHER));
            return insert.execute();
        }));
    }

    @Override
    public Optional<CodeChallenge> findForUpdate(FlowId id) {
        return tx.withHandle(h -> h.createQuery("SELECT * FROM code_challenges WHERE flow_id = :id FOR UPDATE")
                .bind("id", id.value())
                .map((rs, ctx) -> read(rs))
                .findOne());
    }

    @Override
    public int deleteExpiredBefore(Instant cutoff) {
        return tx.withHandle(h -> h.createUpdate("DELETE FROM code_challenges WHERE expires_at < :cutoff")
                .bind("cutoff", Sql.time(cutoff)).execute());
    }

    private static CodeChallenge read(ResultSet rs) throws SQLException {
        return new CodeChallenge(
                new FlowId(rs.getString("flow_id")),
                CodePurpose.valueOf(rs.getString("purpose")),
                rs.getString("email_index"),
                Optional.ofNullable(Sql.uuid(rs, "account_id")).map(AccountId::new),
                new Digest(rs.getString("code_digest")),
                Sql.instant(rs, "issued_at"),
                Sql.instant(rs, "expires_at"),
                rs.getInt("failed_attempts"),
                Sql.optionalInstant(rs, "consumed_at"));
    }

    @Override
    public int deleteForEmailIndex(String emailIndex) {
        return tx.withHandle(h -> h.createUpdate("DELETE FROM code_challenges WHERE email_index = :index")
                .bind("index", emailIndex)
                .execute());
    }
}
