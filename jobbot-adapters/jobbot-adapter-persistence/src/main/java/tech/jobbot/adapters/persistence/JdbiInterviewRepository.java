package tech.jobbot.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.interview.Interview;
import tech.jobbot.domain.interview.InterviewId;
import tech.jobbot.domain.interview.QuestionId;
import tech.jobbot.ports.out.JobbotException;
import tech.jobbot.ports.out.crypto.KeyScope;
import tech.jobbot.ports.out.crypto.KeyVault;
import tech.jobbot.ports.out.interview.InterviewRepository;

/**
 * Interviews in {@code interviews}: questions, answers, feedback and report as one document
 * sealed under the owner's data key; only ids, status and times are plain, for listing.
 */
public final class JdbiInterviewRepository implements InterviewRepository {
    private static final String COLUMNS = "id, owner_id, document_enc";

    private final JdbiTransactions tx;
    private final KeyVault vault;

    public JdbiInterviewRepository(JdbiTransactions tx, KeyVault vault) {
        this.tx = tx;
        this.vault = vault;
    }

    @Override
    public void add(Interview i) {
        tx.withHandle(h -> h.createUpdate("""
                INSERT INTO interviews (id, owner_id, job_id, status, document_enc, started_at, finished_at)
                VALUES (:id, :owner, :job, :status, :document, :started, :finished)""")
                .bind("id", i.id().value())
                .bind("owner", i.owner().value())
                .bind("job", i.jobId().value())
                .bind("status", i.status().name())
                .bind("document", seal(i))
                .bind("started", Sql.time(i.startedAt()))
                .bindByType("finished", Sql.time(i.finishedAt().orElse(null)), OffsetDateTime.class)
                .execute());
    }

    @Override
    public void update(Interview i) {
        int rows = tx.withHandle(h -> h.createUpdate("""
                UPDATE interviews SET status = :status, document_enc = :document, finished_at = :finished
                WHERE id = :id AND owner_id = :owner""")
                .bind("id", i.id().value())
                .bind("owner", i.owner().value())
                .bind("status", i.status().name())
                .bind("document", seal(i))
                .bindByType("finished", Sql.time(i.finishedAt().orElse(null)), OffsetDateTime.class)
                .execute());
        if (rows != 1) {
            throw new JobbotException("no interview " + i.id() + " to update", false);
        }
    }

    @Override
    public Optional<Interview> find(AccountId owner, InterviewId id) {
        return findOne(owner, id, "");
    }

    @Override
    public Optional<Interview> findForUpdate(AccountId owner, InterviewId id) {
        return findOne(owner, id, " FOR UPDATE");
    }

    private Optional<Interview> findOne(AccountId owner, InterviewId id, String lock) {
        return tx.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM interviews WHERE id = :id AND owner_id = :owner"
                        + lock)
                .bind("id", id.value())
                .bind("owner", owner.value())
                .map((rs, ctx) -> read(rs))
                .findOne());
    }

    @Override
    public List<Interview> list(AccountId owner) {
        return tx.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM interviews WHERE owner_id = :owner ORDER BY started_at DESC, id")
                .bind("owner", owner.value())
                .map((rs, ctx) -> read(rs))
                .list());
    }

    @Override
    public List<InterviewId> ids(AccountId owner) {
        return tx.withHandle(h -> h.createQuery("SELECT id FROM interviews WHERE owner_id = :owner ORDER BY started_at, id")
                .bind("owner", owner.value())
                .map((rs, ctx) -> new InterviewId(Sql.uuid(rs, "id")))
                .list());
    }

    @Override
    public boolean delete(AccountId owner, InterviewId id) {
        return tx.withHandle(h -> h.createUpdate("DELETE FROM interviews WHERE id = :id AND owner_id = :owner")
                .bind("id", id.value())
                .bind("owner", owner.value())
                .execute()) == 1;
    }

    @Override
    public Optional<IdempotentAnswer> findByIdempotencyKey(InterviewId id, String keyDigest) {
        return tx.withHandle(h -> h.createQuery("""
                        SELECT question_id, attempt, request_digest FROM interview_idempotency
                        WHERE interview_id = :id AND key_digest = :key""")
                .bind("id", id.value())
                .bind("key", keyDigest)
                .map((rs, ctx) -> new IdempotentAnswer(
                        new AttemptRef(new QuestionId(rs.getString("question_id")), rs.getInt("attempt")),
                        rs.getString("request_digest")))
                .findOne());
    }

    @Override
    public void rememberIdempotencyKey(InterviewId id, String keyDigest, IdempotentAnswer answer) {
        tx.withHandle(h -> h.createUpdate("""
                INSERT INTO interview_idempotency (interview_id, key_digest, question_id, attempt, request_digest)
                VALUES (:id, :key, :question, :attempt, :request)""")
                .bind("id", id.value())
                .bind("key", keyDigest)
                .bind("question", answer.attempt().question().value())
                .bind("attempt", answer.attempt().number())
                .bind("request", answer.requestDigest())
                .execute());
    }

    private byte[] seal(Interview i) {
        return columns(i.owner(), i.id()).sealBytes("document_enc", Documents.write(i));
    }

    private Interview read(ResultSet rs) throws SQLException {
        InterviewId id = new InterviewId(Sql.uuid(rs, "id"));
        AccountId owner = new AccountId(Sql.uuid(rs, "owner_id"));
        return Documents.read(columns(owner, id).openBytes("document_enc", rs.getBytes("document_enc")),
                Interview.class);
    }

    private SealedColumns columns(AccountId owner, InterviewId id) {
        return new SealedColumns(vault, KeyScope.account(owner), "interviews", id.toString());
    }
}
