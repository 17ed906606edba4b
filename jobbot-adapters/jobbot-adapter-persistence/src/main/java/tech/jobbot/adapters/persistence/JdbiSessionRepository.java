package tech.jobbot.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.auth.Device;
import tech.jobbot.domain.auth.Digest;
import tech.jobbot.domain.auth.Session;
import tech.jobbot.domain.auth.SessionId;
import tech.jobbot.ports.out.auth.SessionRepository;
import tech.jobbot.ports.out.crypto.KeyScope;
import tech.jobbot.ports.out.crypto.KeyVault;

/** Sessions in {@code sessions}: the token only as its digest, the device sealed under the account's key. */
public final class JdbiSessionRepository implements SessionRepository {
    private static final char DEVICE_SEPARATOR = '\n';

    private final JdbiTransactions tx;
    private final KeyVault vault;

    public JdbiSessionRepository(JdbiTransactions tx, KeyVault vault) {
        this.tx = tx;
        this.vault = vault;
    }

    @Override
    public void add(Session s) {
        String device = s.device().browser() + DEVICE_SEPARATOR + s.device().operatingSystem();
        byte[] sealedDevice = columns(s.account(), s.id()).seal("device_enc", Optional.of(device));
        tx.withHandle(h -> h.createUpdate("""
                INSERT INTO sessions (id, account_id, token_digest, device_enc, created_at, last_seen_at, revoked_at)
                VALUES (:id, :account, :digest, :device, :created, :seen, :revoked)""")
                .bind("id", s.id().value())
                .bind("account", s.account().value())
                .bind("digest", s.tokenDigest().value())
                .bind("device", sealedDevice)
                .bind("created", Sql.time(s.createdAt()))
                .bind("seen", Sql.time(s.lastSeenAt()))
                .bindByType("revoked", Sql.time(s.revokedAt().orElse(null)), OffsetDateTime.class)
                .execute());
    }

    @Override
    public void touch(SessionId id, Instant lastSeen) {
        tx.withHandle(h -> h.createUpdate("""
                        UPDATE sessions SET last_seen_at = :seen
                        WHERE id = :id AND revoked_at IS NULL AND last_seen_at < :seen""")
                .bind("id", id.value())
                .bind("seen", Sql.time(lastSeen))
                .execute());
    }

    @Override
    public boolean revoke(SessionId id, Instant at) {
        return tx.withHandle(h -> h.createUpdate(
                        "UPDATE sessions SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
                .bind("id", id.value())
                .bind("at", Sql.time(at))
                .execute()) == 1;
    }

    @Override
    public int deleteEndedBefore(Instant cutoff) {
        return tx.withHandle(h -> h.createUpdate(
                        "DELETE FROM sessions WHERE revoked_at < :cutoff OR last_seen_at < :cutoff")
                .bind("cutoff", Sql.time(cutoff))
                .execute());
    }

    @Override
    public Optional<Session> findByTokenDigest(Digest tokenDigest) {
        return tx.withHandle(h -> h.createQuery("SELECT * FROM sessions WHERE token_digest = :digest")
                .bind("digest", tokenDigest.value())
                .map((rs, ctx) -> read(rs))
                .findOne());
    }

    @Override
    public Optional<Session> findById(SessionId id) {
        return tx.withHandle(h -> h.createQuery("SELECT * FROM sessions WHERE id = :id")
                .bind("id", id.value())
                .map((rs, ctx) -> read(rs))
                .findOne());
    }

    @Override
    public List<Session> listAll(AccountId account) {
        return tx.withHandle(h -> h.createQuery("""
                        SELECT * FROM sessions WHERE account_id = :account ORDER BY created_at DESC, id""")
                .bind("account", account.value())
                .map((rs, ctx) -> read(rs))
                .list());
    }

    @Override
    public List<Session> listUnrevoked(AccountId account) {
        return tx.withHandle(h -> h.createQuery("""
                        SELECT * FROM sessions WHERE account_id = :account AND revoked_at IS NULL
                        ORDER BY created_at DESC, id""")
                .bind("account", account.value())
                .map((rs, ctx) -> read(rs))
                .list());
    }

    @Override
    public int revokeAllExcept(AccountId account, SessionId keep, Instant at) {
        return tx.withHandle(h -> h.createUpdate("""
                        UPDATE sessions SET revoked_at = :at
                        WHERE account_id = :account AND id <> :keep AND revoked_at IS NULL""")
                .bind("account", account.value())
                .bind("keep", keep.value())
                .bind("at", Sql.time(at))
                .execute());
    }

    private Session read(ResultSet rs) throws SQLException {
        SessionId id = new SessionId(Sql.uuid(rs, "id"));
        AccountId account = new AccountId(Sql.uuid(rs, "account_id"));
        String device = columns(account, id).open("device_enc", rs.getBytes("device_enc")).orElse("");
        int split = device.indexOf(DEVICE_SEPARATOR);
        Device parsed = split < 0 ? Device.UNKNOWN
                : new Device(device.substring(0, split), device.substring(split + 1));
        return new Session(id, account, new Digest(rs.getString("token_digest")), parsed,
                Sql.instant(rs, "created_at"), Sql.instant(rs, "last_seen_at"), Sql.optionalInstant(rs, "revoked_at"));
    }

    private SealedColumns columns(AccountId account, SessionId id) {
        return new SealedColumns(vault, KeyScope.account(account), "sessions", id.toString());
    }
}
