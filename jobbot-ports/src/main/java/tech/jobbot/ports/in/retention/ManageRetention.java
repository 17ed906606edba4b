package tech.jobbot.ports.in.retention;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.retention.LegalHold;
import tech.jobbot.domain.retention.RetentionCategory;
import tech.jobbot.domain.retention.RetentionRule;
import tech.jobbot.ports.out.retention.RetentionStore.RetentionRun;

/**
 * Retention (data minimisation): data expires on a schedule without anyone remembering to delete
 * it, and legal holds placed by a privacy officer win over the schedule and over erasure.
 */
public interface ManageRetention {
    /** The schedule in force: per category, a period, a trigger and an action. */
    List<RetentionRule> retentionSchedule();

    /**
     * Runs the purge once: every category in bounded batches, each its own transaction, one audit
     * entry per category. Only one node runs it at a time; another's call returns {@code ran=false}.
     */
    PurgeReport purge();

    /** The purge audit, newest first. */
    List<RetentionRun> retentionRuns(int limit);

    /**
     * Places a hold on all of a person's data, or on one record of theirs.
     *
     * @throws IllegalArgumentException for a blank reason or placer
     */
    LegalHold placeLegalHold(AccountId person, Optional<UUID> recordId, String reason, String placedBy);

    /** Releases a hold; false if there is no such active hold. */
    boolean releaseLegalHold(UUID holdId);

    List<LegalHold> legalHolds(AccountId person);

    /** What one purge did: whether this node ran it, and how many rows per category went. */
    record PurgeReport(boolean ran, Map<RetentionCategory, Long> purged, int interviewNotices) {
        public static PurgeReport skipped() {
            return new PurgeReport(false, Map.of(), 0);
        }
    }
}
