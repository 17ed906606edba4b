package tech.jobbot.domain.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import tech.jobbot.domain.account.AccountId;

/**
 * A signed-in session. The bearer token itself is never part of it, only its digest.
 */
public record Session(
        SessionId id,
        AccountId account,
        Digest tokenDigest,
        Device device,
        Instant createdAt,
        Instant lastSeenAt,
        Optional<Instant> revokedAt) {

    /** Activity is written back at most this often, so reading a page is not a write each time. */
    public static final Duration TOUCH_GRANULARITY = Duration.ofMinutes(1);

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(tokenDigest, "tokenDigest");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
        if (lastSeenAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("lastSeenAt before createdAt");
        }
    }

    public static Session start(SessionId id, AccountId account, Digest tokenDigest, Device device, Instant now) {
        return new Session(id, account, tokenDigest, device, now, now, Optional.empty());
    }

    public boolean isActive(SessionPolicy policy, Instant now) {
        return revokedAt.isEmpty() && now.isBefore(expiresAt(policy));
    }

    /** When the session ends if it is not used again: the earlier of idle and absolute expiry. */
    public Instant expiresAt(SessionPolicy policy) {
        Instant idle = lastSeenAt.plus(policy.idleTimeout());
        Instant absolute = createdAt.plus(policy.absoluteLifetime());
        return idle.isBefore(absolute) ? idle : absolute;
    }

    public boolean needsTouch(Instant now) {
        return !now.isBefore(lastSeenAt.plus(TOUCH_GRANULARITY));
    }

    public Session touch(Instant now) {
        return now.isAfter(lastSeenAt) ? new Session(id, account, tokenDigest, device, createdAt, now, revokedAt) : this;
    }

    public Session revoke(Instant now) {
        return revokedAt.isPresent() ? this : new Session(id, account, tokenDigest, device, createdAt, lastSeenAt,
                Optional.of(now));
    }
}
