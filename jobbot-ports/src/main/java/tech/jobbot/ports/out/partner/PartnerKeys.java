package tech.jobbot.ports.out.partner;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import tech.jobbot.domain.auth.Digest;

/** API keys of partner platforms, kept only as keyed digests. */
public interface PartnerKeys {
    void add(PartnerKey key, Digest digest);

    Optional<PartnerKey> findByDigest(Digest digest);

    Optional<PartnerKey> find(UUID id);

    /** Newest first. */
    List<PartnerKey> all();

    boolean revoke(UUID id, Instant at);

    /**
     * @param scopes what the key may do: {@code interviews}, {@code profile}, {@code data-rights}, {@code webhooks}
     * @param requestsPerMinute the key's rate limit
     */
    record PartnerKey(UUID id, String name, Set<String> scopes, int requestsPerMinute, Instant createdAt,
            Optional<Instant> revokedAt) {
        public boolean active() {
            return revokedAt.isEmpty();
        }
    }
}
