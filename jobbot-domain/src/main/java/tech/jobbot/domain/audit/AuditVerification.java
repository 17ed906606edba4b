package tech.jobbot.domain.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of walking the audit chain: intact, or where it first breaks and how (an entry edited,
 * missing or out of order).
 */
public record AuditVerification(long entriesChecked, Optional<Long> firstBrokenSequence, String finding) {
    public AuditVerification {
        Objects.requireNonNull(firstBrokenSequence, "firstBrokenSequence");
        Objects.requireNonNull(finding, "finding");
    }

    public boolean intact() {
        return firstBrokenSequence.isEmpty();
    }

    public static AuditVerification intact(long checked) {
        return new AuditVerification(checked, Optional.empty(), "intact");
    }

    public static AuditVerification broken(long checked, long at, String finding) {
        return new AuditVerification(checked, Optional.of(at), finding);
    }
}
