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

    /** Replaces the stored session with the same id (activity, revocation). */
    void update(Session session);

    Optional<Session> findByTokenDigest(Digest tokenDigest);

    Optional<Session> findById(SessionId id);

    /** The account's sessions that are not revoked, newest first. */
    List<Session> listUnrevoked(AccountId account);

    /** Revokes every unrevoked session of the account except {@code keep}; returns how many. */
    int revokeAllExcept(AccountId account, SessionId keep, Instant at);
}
