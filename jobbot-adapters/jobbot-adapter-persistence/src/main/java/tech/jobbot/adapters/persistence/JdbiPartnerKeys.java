package tech.jobbot.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import tech.jobbot.domain.auth.Digest;
import tech.jobbot.ports.out.partner.PartnerKeys;

/** Partner API keys in {@code partner_keys}. */
public final class JdbiPartnerKeys implements PartnerKeys {
    private static final String COLUMNS = "id, name, scopes, requests_per_minute, created_at, revoked_at";

    private final JdbiTransactions tx;

    public JdbiPartnerKeys(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void add(PartnerKey key, Digest digest) {
        tx.withHandle(h -> h.createUpdate("""
                        INSERT INTO partner_keys (id, name, key_digest, scopes, requests_per_minute, created_at)
                        VALUES (:id, :name, :digest, :scopes, :rate, :at)""")
                .bind("id", key.id()).bind("name", key.name()).bind("digest", digest.value())
                .bind("scopes", new TreeSet<>(key.scopes()).stream().collect(Collectors.joining(",")))
                .bind("rate", key.requestsPerMinute()).bind("at", Sql.time(key.createdAt()))
                .execute());
    }

    @Override
    public Optional<PartnerKey> findByDigest(Digest digest) {
        return tx.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM partner_keys WHERE key_digest = :d")
                .bind("d", digest.value()).map((rs, ctx) -> key(rs)).findOne());
    }

    @Override
    public Optional<PartnerKey> find(UUID id) {
        return tx.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM partner_keys WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> key(rs)).findOne());
    }

    @Override
    public List<PartnerKey> all() {
        return tx.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM partner_keys ORDER BY created_at DESC, id")
                .map((rs, ctx) -> key(rs)).list());
    }

    @Override
    public boolean revoke(UUID id, Instant at) {
        return tx.withHandle(h -> h.createUpdate(
                        "UPDATE partner_keys SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL")
                .bind("at", Sql.time(at)).bind("id", id).execute()) == 1;
    }

    private static PartnerKey key(ResultSet rs) throws SQLException {
        Set<String> scopes = Arrays.stream(rs.getString("scopes").split(",")).filter(s -> !s.isBlank())
                .collect(Collectors.toCollection(TreeSet::new));
        return new PartnerKey(Sql.uuid(rs, "id"), rs.getString("name"), scopes, rs.getInt("requests_per_minute"),
                Sql.instant(rs, "created_at"), Sql.optionalInstant(rs, "revoked_at"));
    }
}
