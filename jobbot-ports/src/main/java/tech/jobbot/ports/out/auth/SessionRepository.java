package tech.jobbot.ports.out.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.auth.Digest;
import tech.jobbot.domain.auth.Session;
import tech.jobbot.domain.auth.SessionId;

/** Sessions, found by the digest of their token. */
public interface SessionRepository {
    void add(Session session);

    /**
     * Records activity: moves {@code last_seen} forward, only while the session is not revoked, so
     * a touch racing a revocation can never bring the session back.
     */
    void touch(SessionId id, Instant lastSeen);

    /** Revokes the session if it is not revoked already; returns whether this call revoked it. */
    boolean revoke(SessionId id, Instant at);

    /** Deletes sessions revoked, or last seen, before the cutoff; returns how many. */
    int deleteEndedBefore(Instant cutoff);

    Optional<Session> findByTokenDigest(Digest tokenDigest);

    Optional<Session> findById(SessionId id);

    /** Every stored session of the account, revoked ones too (until purged), newest first. */
    List<Session> listAll(AccountId account);

    /** The account's sessions that are not revoked, newest first. */
    List<Session> listUnrevoked(AccountId account);

    /** Revokes every unrevoked session of the account except {@code keep}; returns how many. */
    int revokeAllExcept(AccountId account, SessionId keep, Instant at);
}
