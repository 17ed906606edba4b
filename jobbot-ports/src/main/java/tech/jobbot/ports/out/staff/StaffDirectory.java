package tech.jobbot.ports.out.staff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import tech.jobbot.domain.auth.Digest;
import tech.jobbot.domain.staff.StaffId;
import tech.jobbot.domain.staff.StaffMember;
import tech.jobbot.domain.staff.StaffRole;

/**
 * Staff members, their second factor and their sessions. Emails are sealed and found by blind
 * index; the TOTP secret is stored sealed; recovery codes and session tokens only as digests.
 */
public interface StaffDirectory {
    /** @throws IllegalStateException if a member with that email index exists */
    void add(StaffMember member, String emailIndex);

    Optional<StaffMember> find(StaffId id);

    Optional<StaffMember> findByEmailIndex(String emailIndex);

    /** Everyone, active or not, oldest first. */
    List<StaffMember> all();

    long count();

    void setRoles(StaffId id, Set<StaffRole> roles);

    void deactivate(StaffId id, Instant at);

    /** A new, unconfirmed second factor (sealed secret) and recovery code digests, replacing any earlier ones. */
    void startEnrolment(StaffId id, byte[] sealedSecret, List<Digest> recoveryCodes);

    /** The sealed TOTP secret and the last step used, locked for update. */
    Optional<SecondFactor> secondFactorForUpdate(StaffId id);

    /** Records the step just used and marks the enrolment confirmed. */
    void useStep(StaffId id, long step);

    /** Spends a recovery code; false if it is unknown or spent. */
    boolean useRecoveryCode(StaffId id, Digest code, Instant at);

    int recoveryCodesLeft(StaffId id);

    void addSession(StaffSession session);

    Optional<StaffSession> sessionByTokenDigest(Digest tokenDigest);

    void revokeSession(java.util.UUID session, Instant at);

    int revokeSessions(StaffId id, Instant at);

    record SecondFactor(byte[] sealedSecret, long lastUsedStep, boolean confirmed) {
    }

    record StaffSession(java.util.UUID id, StaffId staff, Digest tokenDigest, Instant createdAt, Instant expiresAt,
            Optional<Instant> revokedAt) {
        public boolean activeAt(Instant now) {
            return revokedAt.isEmpty() && now.isBefore(expiresAt);
        }
    }
}
