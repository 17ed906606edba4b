package tech.jobbot.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.job.Job;
import tech.jobbot.domain.job.JobId;
import tech.jobbot.ports.out.crypto.KeyScope;
import tech.jobbot.ports.out.crypto.KeyVault;
import tech.jobbot.ports.out.job.JobRepository;

/** Jobs in {@code jobs}: the whole job (title, description, link, skills) sealed under the owner's key. */
public final class JdbiJobRepository implements JobRepository {
    private final JdbiTransactions tx;
    private final KeyVault vault;

    public JdbiJobRepository(JdbiTransactions tx, KeyVault vault) {
        this.tx = tx;
        this.vault = vault;
    }

    @Override
    public void add(Job job) {
        byte[] sealed = columns(job.owner(), job.id()).sealBytes("document_enc", Documents.write(job));
        tx.withHandle(h -> h.createUpdate("""
                INSERT INTO jobs (id, owner_id, source, document_enc, created_at)
                VALUES (:id, :owner, :source, :document, :created)""")
                .bind("id", job.id().value())
                .bind("owner", job.owner().value())
                .bind("source", job.source().name())
                .bind("document", sealed)
                .bind("created", Sql.time(job.createdAt()))
                .execute());
    }

    @Override
    public boolean replace(Job job) {
        byte[] sealed = columns(job.owner(), job.id()).sealBytes("document_enc", Documents.write(job));
        return tx.withHandle(h -> h.createUpdate("UPDATE jobs SET document_enc = :document WHERE id = :id AND owner_id = :owner")
                .bind("id", job.id().value())
                .bind("owner", job.owner().value())
                .bind("document", sealed)
                .execute()) == 1;
    }

    @Override
    public Optional<Job> find(AccountId owner, JobId id) {
        return tx.withHandle(h -> h.createQuery("SELECT id, owner_id, document_enc FROM jobs WHERE id = :id AND owner_id = :owner")
                .bind("id", id.value())
                .bind("owner", owner.value())
                .map((rs, ctx) -> read(rs))
                .findOne());
    }

    @Override
    public List<Job> list(AccountId owner) {
        return tx.withHandle(h -> h.createQuery(
                        "SELECT id, owner_id, document_enc FROM jobs WHERE owner_id = :owner ORDER BY created_at DESC, id")
                .bind("owner", owner.value())
                .map((rs, ctx) -> read(rs))
                .list());
    }

    @Override
    public boolean delete(AccountId owner, JobId id) {
        return tx.withHandle(h -> h.createUpdate("DELETE FROM jobs WHERE id = :id AND owner_id = :owner")
                .bind("id", id.value())
                .bind("owner", owner.value())
                .execute()) == 1;
    }

    private Job read(ResultSet rs) throws SQLException {
        JobId id = new JobId(Sql.uuid(rs, "id"));
        AccountId owner = new AccountId(Sql.uuid(rs, "owner_id"));
        return Documents.read(columns(owner, id).openBytes("document_enc", rs.getBytes("document_enc")), Job.class);
    }

    private SealedColumns columns(AccountId owner, JobId id) {
        return new SealedColumns(vault, KeyScope.account(owner), "jobs", id.toString());
    }
}
