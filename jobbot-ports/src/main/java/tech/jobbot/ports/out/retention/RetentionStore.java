package tech.jobbot.ports.out.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.interview.InterviewId;
import tech.jobbot.domain.retention.LegalHold;
import tech.jobbot.domain.retention.RetentionCategory;

/** What the purge job needs of storage: bounded deletes that respect legal holds, a run lock, an audit. */
public interface RetentionStore {
    /**
     * Takes (or, for the same owner, renews) the purge lease unless another owner holds it; true if
     * {@code owner} now runs the purge.
     */
    boolean tryLock(String owner, Instant now, Duration lease);

    /** Releases the lease if {@code owner} still holds it (a lease that ran out and was taken is not touched). */
    void unlock(String owner, Instant now);

    /**
     * Deletes up to {@code limit} rows of the category whose trigger time is before {@code cutoff},
     * never a row under an active legal hold; returns how many. {@link RetentionCategory#CANCELLED_ACCOUNTS}
     * is not purged here (erasure does it).
     */
    int purgeBatch(RetentionCategory category, Instant cutoff, Instant noticedBefore, int limit);

    void recordRun(RetentionCategory category, Instant cutoff, long purged, Instant at);

    /** The purge audit, newest first. */
    List<RetentionRun> runs(int limit);

    /** Interviews whose last activity is before {@code cutoff}, not yet noticed and not held. */
    List<InterviewDue> interviewsToNotice(Instant cutoff, int limit);

    void markNoticed(InterviewId interview, Instant at);

    void placeHold(LegalHold hold);

    /** Releases an active hold; false if there is none with that id. */
    boolean releaseHold(UUID holdId, Instant at);

    /** The person's holds, active and released, oldest first. */
    List<LegalHold> holds(AccountId person);

    Optional<LegalHold> hold(UUID holdId);

    /** Whether the person is under an active hold on all their data. */
    boolean heldEntirely(AccountId person);

    /** Whether any active hold (on all their data or on one record) concerns the person. */
    boolean heldAtAll(AccountId person);

    /** Whether an active hold covers this record of the person (or all their data). */
    boolean held(AccountId person, UUID recordId);

    /** Deletes the person's released holds: on erasure, nothing of theirs is left. */
    int forgetReleasedHolds(AccountId person);

    record RetentionRun(UUID id, RetentionCategory category, Instant cutoff, long purged, Instant ranAt) {
    }

    record InterviewDue(AccountId owner, InterviewId interview, Instant lastActivity) {
    }
}
